import { useQuery } from '@shian/graphql-client';
import { Select } from '@shian/antd';
import { formatDateTime, SearchSelect } from '@shian/remote-kit';
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

const ClueOpinionEventsQuery = graphql(`
  query ClueOpinionEvents($search: String) {
    opinionEvents(first: 20, filter: { search: $search }) {
      nodes {
        id
        title
        detectedAt
      }
    }
  }
`);

/** The sources whose record a clue names by choosing it, not by typing its id. */
export type RecordSource = 'INSPECTION' | 'SAMPLING' | 'PUBLIC_OPINION';

interface RecordSelectProps<S extends RecordSource> {
  source: S;
  entityId?: string;
  value?: string;
  onChange?: (id?: string) => void;
  'aria-label'?: string;
}

/**
 * A clue's source record, as the clue sends it (`inspectionId`, `disposalId`, `opinionEventId`): an inspection or a
 * disposal among the picked business's records; an opinion event among the caller's, searched by its title (an
 * event need not name a registered business). Every list is read within the caller's scope, as everywhere.
 */
export function SourceRecordSelect({ source, ...props }: RecordSelectProps<RecordSource>) {
  return source === 'PUBLIC_OPINION' ? (
    <OpinionEventSelect {...props} />
  ) : (
    <BusinessRecordSelect source={source} {...props} />
  );
}

function OpinionEventSelect({ value, onChange, 'aria-label': ariaLabel }: Omit<RecordSelectProps<never>, 'source'>) {
  const t = useT();
  return (
    <SearchSelect
      query={ClueOpinionEventsQuery}
      variables={(search) => ({ search: search || null })}
      options={(data) =>
        (data.opinionEvents?.nodes ?? []).map((e) => ({
          value: e.id,
          label: `${formatDateTime(e.detectedAt)} ${e.title}`,
        }))
      }
      aria-label={t(ariaLabel ?? '舆情')}
      placeholder={t('输入舆情标题搜索')}
      notFound={t('无匹配舆情')}
      value={value}
      onChange={(id) => onChange?.(id)}
    />
  );
}

/**
 * An inspection of the business (日期 · 类型 · 结果) or a disposal of its unqualified samples (抽样单编号 · 样品); a choice
 * the next business picked does not have is dropped.
 */
function BusinessRecordSelect({
  source,
  entityId,
  value,
  onChange,
  'aria-label': ariaLabel,
}: RecordSelectProps<'INSPECTION' | 'SAMPLING'>) {
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
