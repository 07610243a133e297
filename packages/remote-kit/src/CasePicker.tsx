import { kitT, useT } from '@shian/ui-kit';
import { graphql } from './gql';
import { SearchSelect } from './SearchSelect';

// The kit's operation, as EntityOptions: in every remote's persisted documents. Enforcement applies the caller's scope.
const CaseOptionsQuery = graphql(`
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

const caseLabel = (c: CaseOption) => `${c.number ?? c.id} ${c.title}`.trim();

/**
 * Picks a case of enforcement's register (through the gateway, in the caller's scope): type a 立案编号 or 案由; with
 * `entityId`, among that business's cases only. The value is the case's id, which the subgraph that links it checks
 * against the register again; `onPick` hears the case itself (its number, for a form that keeps it too).
 */
export function CasePicker({
  value,
  onChange,
  onPick,
  current,
  entityId,
  'aria-label': ariaLabel,
}: {
  value?: string;
  onChange?: (id?: string) => void;
  onPick?: (picked?: CaseOption) => void;
  current?: CaseOption | null;
  entityId?: string;
  'aria-label'?: string;
}) {
  useT();
  const option = (c: CaseOption) => ({ value: c.id, label: caseLabel(c), record: c });
  return (
    <SearchSelect
      query={CaseOptionsQuery}
      variables={(search) => ({ search: search || null, entityId: entityId ?? null })}
      options={(data) => (data.cases?.nodes ?? []).map(option)}
      current={current && option(current)}
      aria-label={kitT(ariaLabel ?? '关联案件')}
      placeholder={kitT('输入立案编号或案由搜索')}
      notFound={kitT('无匹配案件')}
      value={value}
      onChange={(id, picked) => {
        onChange?.(id);
        onPick?.(picked?.record);
      }}
    />
  );
}
