import { useQuery } from '@shian/graphql-client';
import { Select } from '@shian/antd';
import { useT } from '@shian/ui-kit';
import { useState } from 'react';
import { graphql } from '../gql';

const CaseOptionsQuery = graphql(`
  query PublicityCaseOptions($search: String) {
    cases(filter: { search: $search }, first: 20) {
      nodes {
        id
        number
        title
      }
    }
  }
`);

/** What the picker shows of a case already linked, before any search finds it. */
export interface CaseOption {
  id: string;
  number?: string | null;
  title: string;
}

const caseLabel = (c: CaseOption) => `${c.number ?? c.id} ${c.title}`.trim();

/**
 * Picks a case of enforcement's register (through the gateway, in the caller's scope): type a 立案编号 or 案由. The
 * value is the case's id, which the publicity subgraph checks against the register again before linking.
 */
export function CasePicker({
  value,
  onChange,
  current,
  'aria-label': ariaLabel,
}: {
  value?: string;
  onChange?: (id?: string) => void;
  current?: CaseOption | null;
  'aria-label'?: string;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useQuery({ query: CaseOptionsQuery, variables: { search: search || null } });
  const found: CaseOption[] = data?.cases?.nodes ?? [];
  const options = current && !found.some((c) => c.id === current.id) ? [current, ...found] : found;
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      aria-label={ariaLabel ?? t('关联案件')}
      placeholder={t('输入立案编号或案由搜索')}
      loading={fetching}
      value={value}
      onChange={(id?: string) => onChange?.(id)}
      options={options.map((c) => ({ value: c.id, label: caseLabel(c) }))}
      notFoundContent={t(fetching ? '搜索中…' : '无匹配案件')}
    />
  );
}
