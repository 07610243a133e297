import { useQuery } from '@shian/graphql-client';
import { Select } from '@shian/antd';
import { labelOf, useT } from '@shian/ui-kit';
import { useEffect } from 'react';
import { graphql } from '../gql';
import { INSPECTION_KIND, VERDICT } from '../labels';

const ClueSourcesQuery = graphql(`
  query ClueSources($entityId: ID!, $inspections: Boolean!, $disposals: Boolean!) {
    entity(id: $entityId) {
      id
      inspections @include(if: $inspections) {
        id
        inspectedOn
        kind
        verdict
      }
      samples(first: 50, filter: { verdict: UNQUALIFIED }) @include(if: $disposals) {
        nodes {
          id
          number
          foodName
          disposal {
            id
          }
        }
      }
    }
  }
`);

/** The sources whose record a clue names by choosing it among the business's records, not by typing its id. */
export type RecordSource = 'INSPECTION' | 'SAMPLING';

/**
 * A clue's source record, among the picked business's: its inspections (日期 · 类型 · 结果) or the disposals of its
 * unqualified samples (抽样单编号 · 样品). The value is the record's id as the clue sends it (`inspectionId`,
 * `disposalId`); the business's records are read within the caller's scope, as everywhere.
 */
export function SourceRecordSelect({
  source,
  entityId,
  value,
  onChange,
  'aria-label': ariaLabel,
}: {
  source: RecordSource;
  entityId?: string;
  value?: string;
  onChange?: (id?: string) => void;
  'aria-label'?: string;
}) {
  const t = useT();
  const [{ data, fetching }] = useQuery({
    query: ClueSourcesQuery,
    variables: { entityId: entityId ?? '', inspections: source === 'INSPECTION', disposals: source === 'SAMPLING' },
    pause: !entityId,
  });
  const entity = entityId && data?.entity?.id === entityId ? data.entity : null;
  const options =
    source === 'INSPECTION'
      ? (entity?.inspections ?? []).map((i) => ({
          value: i.id,
          label: t('{{date}} {{kind}} {{verdict}}', {
            date: i.inspectedOn,
            kind: labelOf(INSPECTION_KIND, i.kind),
            verdict: labelOf(VERDICT, i.verdict),
          }),
        }))
      : (entity?.samples?.nodes ?? []).flatMap((s) =>
          s.disposal
            ? [{ value: s.disposal.id, label: t('{{number}} {{food}}', { number: s.number, food: s.foodName }) }]
            : [],
        );
  // A record of the business picked before is no source of this one's clue.
  const stale = Boolean(entity && value && !options.some((o) => o.value === value));
  useEffect(() => {
    if (stale) onChange?.(undefined);
  }, [stale, onChange]);
  return (
    <Select
      aria-label={ariaLabel}
      virtual={false}
      loading={fetching}
      disabled={!entityId}
      placeholder={entityId ? undefined : t('请先选择当事人')}
      notFoundContent={entity ? t('该当事人没有可选的记录') : undefined}
      value={value}
      onChange={(id?: string) => onChange?.(id)}
      options={options}
    />
  );
}
