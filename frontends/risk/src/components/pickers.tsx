import { useClient, useQuery } from '@shian/graphql-client';
import { optionsOf, useT } from '@shian/ui-kit';
import { DatePicker, Select } from '@shian/antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTownshipOptions } from '@shian/remote-kit';
import { graphql } from '../gql';
import { DEPARTMENT } from '../labels';

type SelectValue<M extends boolean> = M extends true ? string[] : string;

interface PickerProps<M extends boolean> {
  value?: SelectValue<M>;
  onChange?: (value: SelectValue<M>) => void;
  multiple?: M;
  'aria-label'?: string;
}

export function TownshipSelect<M extends boolean = false>({ multiple, ...props }: PickerProps<M>) {
  const t = useT();
  const { options, loading } = useTownshipOptions();
  return (
    <Select
      {...props}
      aria-label={props['aria-label'] ?? '乡镇(街道)'}
      mode={multiple ? 'multiple' : undefined}
      loading={loading}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('请选择乡镇(街道)')}
      virtual={false}
    />
  );
}

/** Departments: the usual ones to pick from, and any other typed in. */
export function DepartmentSelect<M extends boolean = false>({ multiple, ...props }: PickerProps<M>) {
  const t = useT();
  return (
    <Select
      {...props}
      aria-label={props['aria-label'] ?? '部门'}
      mode={multiple ? 'tags' : undefined}
      showSearch={multiple ? undefined : { optionFilterProp: 'label' }}
      options={optionsOf(DEPARTMENT)}
      placeholder={t('请选择或输入部门')}
      virtual={false}
    />
  );
}

const OfficialSearchQuery = graphql(`
  query RiskOfficialOptions($townshipId: ID) {
    officials(filter: { townshipId: $townshipId }, first: 100) {
      nodes {
        id
        name
        title
      }
    }
  }
`);

/** 包保干部 from entities' register, by name and title. */
export function OfficialSelect(props: PickerProps<false>) {
  const t = useT();
  const [{ data, fetching }] = useQuery({ query: OfficialSearchQuery, variables: {} });
  return (
    <Select
      {...props}
      allowClear
      aria-label={props['aria-label'] ?? '包保干部'}
      loading={fetching}
      options={(data?.officials?.nodes ?? []).map((o) => ({ value: o.id, label: `${o.name}(${o.title})` }))}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('请选择包保干部')}
      virtual={false}
    />
  );
}

/** A Select whose options come from the server as the user types (businesses, risks). */
function useSearchOptions(search: (term: string) => Promise<{ value: string; label: string }[]>) {
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [loading, setLoading] = useState(false);
  const latest = useRef('');
  const run = async (term: string) => {
    latest.current = term;
    setLoading(true);
    const found = await search(term);
    if (latest.current !== term) return;
    setLoading(false);
    setOptions(found);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: the first page once, on open
  useEffect(() => {
    void run('');
  }, []);
  return { options, loading, run };
}

const RiskSearchQuery = graphql(`
  query RiskPickerSearch($search: String) {
    risks(filter: { search: $search }, first: 20) {
      nodes {
        id
        code
        title
      }
    }
  }
`);

export function RiskPicker<M extends boolean = false>({ multiple, ...props }: PickerProps<M>) {
  const t = useT();
  const client = useClient();
  const { options, loading, run } = useSearchOptions(async (term) => {
    const result = await client.query(RiskSearchQuery, { search: term || null }).toPromise();
    return (result.data?.risks.nodes ?? []).map((r) => ({ value: r.id, label: `${r.code} ${r.title}` }));
  });
  return (
    <Select
      {...props}
      allowClear
      mode={multiple ? 'multiple' : undefined}
      aria-label={props['aria-label'] ?? '风险'}
      showSearch={{ filterOption: false, onSearch: (term) => void run(term) }}
      placeholder={t('输入风险名称或编号搜索')}
      loading={loading}
      options={options}
      virtual={false}
    />
  );
}

/** A moment to the minute (接报, 发生, 上报…), as the bureau writes it. */
export function DateTimePicker(props: {
  value?: Dayjs | null;
  onChange?: (value: Dayjs | null) => void;
  'aria-label'?: string;
}) {
  return <DatePicker {...props} showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />;
}
