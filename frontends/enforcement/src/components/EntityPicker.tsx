import { useClient } from '@shian/graphql-client';
import { Select } from '@shian/antd';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';

const EntitySearchQuery = graphql(`
  query EnforcementEntitySearch($search: String) {
    entities(filter: { search: $search }, first: 20) {
      nodes {
        id
        name
        township {
          id
          name
        }
      }
    }
  }
`);

export interface PickedEntity {
  id: string;
  name: string;
  townshipId: string;
}

/** Finds a business in the register (entities subgraph, through the gateway) by name, code or address. */
export function EntityPicker({
  value,
  onChange,
}: {
  value?: PickedEntity;
  onChange?: (entity?: PickedEntity) => void;
}) {
  const client = useClient();
  const [options, setOptions] = useState<PickedEntity[]>([]);
  const [loading, setLoading] = useState(false);
  const latest = useRef('');

  const search = async (term: string) => {
    latest.current = term;
    setLoading(true);
    const result = await client.query(EntitySearchQuery, { search: term || null }).toPromise();
    if (latest.current !== term) return;
    setLoading(false);
    setOptions(
      (result.data?.entities?.nodes ?? []).map((e) => ({
        id: e.id,
        name: `${e.name}(${e.township.name})`,
        townshipId: e.township.id,
      })),
    );
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the first page once, on open
  useEffect(() => {
    void search('');
  }, []);

  return (
    <Select
      showSearch={{ filterOption: false, onSearch: (term) => void search(term) }}
      aria-label="当事人"
      placeholder="输入名称、统一社会信用代码或地址搜索"
      loading={loading}
      value={value?.id}
      options={options.map((o) => ({ value: o.id, label: o.name }))}
      onChange={(id: string) => onChange?.(options.find((o) => o.id === id))}
      style={{ width: '100%' }}
    />
  );
}
