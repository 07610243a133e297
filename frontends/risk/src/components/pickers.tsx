import { useQuery } from '@shian/graphql-client';
import { optionsOf, useT } from '@shian/ui-kit';
import { Select } from '@shian/antd';
import { SearchSelect, TownshipSelect as KitTownshipSelect } from '@shian/remote-kit';
import { graphql } from '../gql';
import type { RiskPickerSearchQuery } from '../gql/graphql';
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
  return (
    <KitTownshipSelect
      value={props.value}
      onChange={(value: string | string[]) => props.onChange?.(value as SelectValue<M>)}
      aria-label={props['aria-label'] ?? '乡镇(街道)'}
      mode={multiple ? 'multiple' : undefined}
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
  query RiskOfficialOptions {
    officials(first: 100) {
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
  const [{ data, fetching }] = useQuery({ query: OfficialSearchQuery });
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

const RiskSearchQuery = graphql(`
  query RiskPickerSearch($search: String) {
    risks(filter: { search: $search }, first: 20) {
      nodes {
        ...RiskRef
      }
    }
  }
`);

/** 所属风险: a risk of the register (one, or with `multiple` several), searched by name or code on the server. */
export function RiskPicker<M extends boolean = false>({ multiple, ...props }: PickerProps<M>) {
  const t = useT();
  const search = {
    query: RiskSearchQuery,
    variables: (term: string) => ({ search: term || null }),
    options: (data: RiskPickerSearchQuery) =>
      data.risks.nodes.map((r) => ({ value: r.id, label: `${r.code} ${r.title}` })),
    'aria-label': props['aria-label'] ?? '风险',
    placeholder: t('输入风险名称或编号搜索'),
    notFound: t('无匹配风险'),
  };
  return multiple ? (
    <SearchSelect
      {...search}
      mode="multiple"
      value={props.value as string[] | undefined}
      onChange={(v) => props.onChange?.(v as SelectValue<M>)}
    />
  ) : (
    <SearchSelect
      {...search}
      value={props.value as string | undefined}
      onChange={(v) => props.onChange?.(v as SelectValue<M>)}
    />
  );
}

const SampleSearchQuery = graphql(`
  query RiskSampleOptions($search: String) {
    samples(filter: { search: $search }, first: 20) {
      nodes {
        id
        number
        foodName
      }
    }
  }
`);

/** A sample batch as a picker shows it: 抽样单编号 and food. */
export interface LinkedSample {
  id: string;
  number: string;
  foodName: string;
}

const sampleOption = (s: LinkedSample) => ({ value: s.id, label: `${s.number} ${s.foodName}` });

/** Sampling's batches (several), searched on the server by 抽样单编号, food or 批号, in the caller's scope. */
export function SamplePicker(props: {
  value?: string[];
  onChange?: (ids: string[]) => void;
  current?: readonly LinkedSample[];
}) {
  const t = useT();
  return (
    <SearchSelect
      mode="multiple"
      query={SampleSearchQuery}
      variables={(term) => ({ search: term || null })}
      options={(data) => (data.samples?.nodes ?? []).map(sampleOption)}
      current={(props.current ?? []).map(sampleOption)}
      aria-label={t('抽检样品')}
      placeholder={t('输入抽样单编号或样品名称搜索')}
      notFound={t('无匹配样品')}
      value={props.value}
      onChange={(ids) => props.onChange?.(ids)}
    />
  );
}
