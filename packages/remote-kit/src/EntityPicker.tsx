import { useQuery } from '@shian/graphql-client';
import { Select } from '@shian/antd';
import { useState } from 'react';
import { graphql } from './gql';
import type { EntityCategory } from './gql/graphql';

// The kit's operation, named for no one domain: every remote's codegen reads it from here, so it is in each remote's
// persisted documents and so among the gateway's trusted operations. The entities subgraph applies the caller's scope.
const EntityOptionsQuery = graphql(`
  query EntityOptions($filter: EntityFilter) {
    entities(filter: $filter, first: 30) {
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

/** What a picked entity brings: its id, and its township (the record's scope, as the register has it). */
export interface PickedEntity {
  id: string;
  name: string;
  townshipId: string;
}

/**
 * Picks a business from the entities register (through the gateway): type to search by name, optionally limited to
 * a category. The value is the entity id; `onPick` also hands over its township.
 */
export function EntityPicker({
  value,
  onChange,
  onPick,
  category,
  placeholder = '输入名称搜索主体',
  'aria-label': ariaLabel = '主体',
}: {
  value?: string;
  onChange?: (id?: string) => void;
  onPick?: (entity?: PickedEntity) => void;
  category?: EntityCategory;
  placeholder?: string;
  'aria-label'?: string;
}) {
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useQuery({
    query: EntityOptionsQuery,
    variables: { filter: { search: search || null, category: category ?? null } },
  });
  const nodes = data?.entities?.nodes ?? [];
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      aria-label={ariaLabel}
      placeholder={placeholder}
      loading={fetching}
      value={value}
      options={nodes.map((n) => ({ value: n.id, label: `${n.name}(${n.township.name})` }))}
      onChange={(id?: string) => {
        onChange?.(id);
        const node = nodes.find((n) => n.id === id);
        onPick?.(node ? { id: node.id, name: node.name, townshipId: node.township.id } : undefined);
      }}
      notFoundContent={fetching ? '搜索中…' : '无匹配主体'}
    />
  );
}
