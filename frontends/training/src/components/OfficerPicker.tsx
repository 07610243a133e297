import { useQuery } from '@shian/graphql-client';
import { Select } from '@shian/antd';
import { useT } from '@shian/ui-kit';
import { useState } from 'react';
import { graphql } from '../gql';

const OfficerOptionsQuery = graphql(`
  query TrainingOfficerOptions($search: String) {
    inspectors(filter: { active: true, search: $search }, first: 50) {
      nodes {
        id
        name
        badgeNumber
        unit
      }
    }
  }
`);

/**
 * Picks an on-duty officer from the bureau's inspector roll (enforcement's `inspectors`, through the gateway): type a
 * name or 执法证号 to search. The value is the roll's id, which the training subgraph checks against the roll again.
 */
export function OfficerPicker({
  value,
  onChange,
  'aria-label': ariaLabel,
}: {
  value?: string;
  onChange?: (id?: string) => void;
  'aria-label'?: string;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useQuery({ query: OfficerOptionsQuery, variables: { search: search || null } });
  const nodes = data?.inspectors?.nodes ?? [];
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      aria-label={ariaLabel ?? t('执法人员')}
      placeholder={t('输入姓名或执法证号搜索')}
      loading={fetching}
      value={value}
      onChange={(id?: string) => onChange?.(id)}
      options={nodes.map((o) => ({ value: o.id, label: `${o.name}(${o.badgeNumber} · ${o.unit})` }))}
      notFoundContent={t(fetching ? '加载中…' : '执法检查人员名录中无在岗人员匹配')}
    />
  );
}
