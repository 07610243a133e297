import { useQuery } from '@shian/graphql-client';
import { ErrorPanel, labelOf, PageHeader, PartialNotice, StatusTag, useT, YearSelect } from '@shian/ui-kit';
import { Badge, Card, Col, Empty, Flex, Row, Typography } from '@shian/antd';
import { useNavigate } from '@shian/router';
import { OpinionEventList, OpinionEventListDocument, opinionFilter } from '../components/OpinionEventList';
import { ReportOpinionButton } from '../components/ReportOpinionButton';
import { formatDateTime, ModuleLink, SearchFilter, useListPage, useModulePath } from '@shian/remote-kit';
import { graphql } from '../gql';
import type { OpinionBoardQuery, OpinionStatus } from '../gql/graphql';
import { SEVERITY, STAGE } from '../labels';

export const OpinionBoardDocument = graphql(`
  query OpinionBoard($year: Int, $filter: OpinionEventFilter) {
    opinionBoard(year: $year) {
      status
      count
    }
    opinionEvents(filter: $filter, first: 100) {
      totalCount
      nodes {
        ...OpinionEventSummary
        escalated
      }
    }
  }
`);

type BoardCard = NonNullable<OpinionBoardQuery['opinionEvents']>['nodes'][number];

/** Events by stage, in the lifecycle's order: what a column shows. */
export function groupByStage(nodes: readonly BoardCard[]): Record<OpinionStatus, BoardCard[]> {
  const columns = Object.fromEntries(Object.keys(STAGE).map((s) => [s, [] as BoardCard[]])) as Record<
    OpinionStatus,
    BoardCard[]
  >;
  for (const node of nodes) columns[node.status].push(node);
  return columns;
}

/**
 * 舆情处置看板: one column per lifecycle stage (the newest 100 events of the filter), counts from the subgraph; below
 * it the list of every event of the filter, paged and exported.
 */
export function OpinionBoardPage() {
  const list = useListPage({
    query: OpinionEventListDocument,
    filter: opinionFilter,
    pick: (data) => data.opinionEvents,
  });
  const to = useModulePath();
  const navigate = useNavigate();
  const t = useT();
  const year = list.filter.year ?? null;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OpinionBoardDocument,
    variables: { year, filter: { year, search: list.filter.search ?? null } },
  });
  const columns = groupByStage(data?.opinionEvents?.nodes ?? []);
  const counts = new Map((data?.opinionBoard ?? []).map((s) => [s.status, s.count]));

  return (
    <>
      <PageHeader
        title="舆情处置"
        subTitle="发现 → 核实 → 处置 → 回应 → 办结"
        extra={<ReportOpinionButton onReported={(id) => navigate(to(`/opinions/${id}`))} />}
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <SearchFilter list={list} placeholder="搜索标题、内容或平台" width={260} />
        <YearSelect value={year ?? undefined} onChange={(y) => list.set('year', y)} />
      </Flex>
      {error && data?.opinionEvents && (
        <PartialNotice error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      )}
      {error && !data?.opinionEvents ? (
        <ErrorPanel error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : (
        <Row gutter={[12, 12]} aria-label={t('舆情看板')}>
          {(Object.keys(STAGE) as OpinionStatus[]).map((status) => (
            <Col key={status} xs={24} md={12} xl={4}>
              <Card
                size="small"
                loading={fetching && !data}
                data-stage={status}
                title={
                  <Flex justify="space-between">
                    <span>{labelOf(STAGE, status)}</span>
                    <Badge
                      count={counts.get(status) ?? 0}
                      showZero
                      color={STAGE[status].color === 'default' ? undefined : STAGE[status].color}
                    />
                  </Flex>
                }
                styles={{ body: { minHeight: 120 } }}
              >
                {columns[status].length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('暂无')} />
                ) : (
                  <Flex vertical gap={8}>
                    {columns[status].map((event) => (
                      <Card key={event.id} size="small" type="inner">
                        <ModuleLink to={`/opinions/${event.id}`}>{event.title}</ModuleLink>
                        <div>
                          <StatusTag value={event.severity} map={SEVERITY} />
                          {event.escalated && <StatusTag value="ESCALATED" map={STAGE} />}
                        </div>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {event.platform} · {formatDateTime(event.detectedAt)}
                          {event.entity ? ` · ${event.entity.name}` : ''}
                        </Typography.Text>
                      </Card>
                    ))}
                  </Flex>
                )}
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <Card size="small" title={t('舆情列表')} style={{ marginTop: 16 }}>
        <OpinionEventList list={list} />
      </Card>
    </>
  );
}
