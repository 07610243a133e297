import { kitT, useT } from '@shian/ui-kit';
import { graphql } from './gql';
import type { CaseOptionsQuery } from './gql/graphql';
import { SearchSelect } from './SearchSelect';

// The kit's operation, as EntityOptions: in every remote's persisted documents. Enforcement applies the caller's scope.
const CaseOptionsDocument = graphql(`
  query CaseOptions($search: String, $entityId: ID) {
    cases(filter: { search: $search, entityId: $entityId }, first: 20) {
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

/** A filed case by its 立案编号, a lead (none yet) as such: never by its id, which no screen shows. */
const caseLabel = (c: CaseOption) => `${c.number ?? kitT('(线索)')} ${c.title}`;

interface CasePickerBase {
  /** The cases already linked, shown by number and title before any search finds them. */
  current?: CaseOption | readonly CaseOption[] | null;
  entityId?: string;
  'aria-label'?: string;
}

export type CasePickerProps = CasePickerBase &
  (
    | {
        mode?: undefined;
        value?: string;
        onChange?: (id?: string) => void;
        /** Hears the case picked itself (its number, for a form that keeps it too). */
        onPick?: (picked?: CaseOption) => void;
      }
    | { mode: 'multiple'; value?: string[]; onChange?: (ids: string[]) => void }
  );

/**
 * Picks a case of enforcement's register (through the gateway, in the caller's scope), or with `mode="multiple"`
 * several: type a 立案编号 or 案由; with `entityId`, among that business's cases only. The value is the case's id,
 * which the subgraph that links it checks against the register again.
 */
export function CasePicker(props: CasePickerProps) {
  useT();
  const option = (c: CaseOption) => ({ value: c.id, label: caseLabel(c), record: c });
  const search = {
    query: CaseOptionsDocument,
    variables: (term: string) => ({ search: term || null, entityId: props.entityId ?? null }),
    options: (data: CaseOptionsQuery) => (data.cases?.nodes ?? []).map(option),
    current: ([] as CaseOption[]).concat(props.current ?? []).map(option),
    'aria-label': kitT(props['aria-label'] ?? '关联案件'),
    placeholder: kitT('输入立案编号或案由搜索'),
    notFound: kitT('无匹配案件'),
  };
  if (props.mode === 'multiple')
    return <SearchSelect {...search} mode="multiple" value={props.value} onChange={(ids) => props.onChange?.(ids)} />;
  const { value, onChange, onPick } = props;
  return (
    <SearchSelect
      {...search}
      value={value}
      onChange={(id, picked) => {
        onChange?.(id);
        onPick?.(picked?.record);
      }}
    />
  );
}
