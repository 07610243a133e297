import { SearchSelect } from '@shian/remote-kit';
import { useT } from '@shian/ui-kit';
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
  return (
    <SearchSelect
      query={OfficerOptionsQuery}
      variables={(search) => ({ search: search || null })}
      options={(data) =>
        (data.inspectors?.nodes ?? []).map((o) => ({ value: o.id, label: `${o.name}(${o.badgeNumber} · ${o.unit})` }))
      }
      aria-label={ariaLabel ?? t('执法人员')}
      placeholder={t('输入姓名或执法证号搜索')}
      notFound={t('执法检查人员名录中无在岗人员匹配')}
      searching={t('加载中…')}
      value={value}
      onChange={(id) => onChange?.(id)}
    />
  );
}
