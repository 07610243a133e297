import { SearchSelect } from '@shian/remote-kit';
import { useT } from '@shian/ui-kit';
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
  const option = (c: CaseOption) => ({ value: c.id, label: caseLabel(c) });
  return (
    <SearchSelect
      query={CaseOptionsQuery}
      variables={(search) => ({ search: search || null })}
      options={(data) => (data.cases?.nodes ?? []).map(option)}
      current={current && option(current)}
      aria-label={ariaLabel ?? t('关联案件')}
      placeholder={t('输入立案编号或案由搜索')}
      notFound={t('无匹配案件')}
      value={value}
      onChange={(id) => onChange?.(id)}
    />
  );
}
