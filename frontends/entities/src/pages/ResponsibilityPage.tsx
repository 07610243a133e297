import { useQuery } from '@shian/graphql-client';
import {
  ErrorPanel,
  type ExportColumn,
  ExportRowsButton,
  PageHeader,
  StatusTag,
  t,
  useT,
  YearSelect,
  thisYearInChina,
} from '@shian/ui-kit';
import { Card, Col, Flex, Row, Statistic, Table, Tag } from '@shian/antd';
import { useSearchParams } from '@shian/router';
import { graphql } from '../gql';
import type { ResponsibilityOverviewQuery } from '../gql/graphql';
import { exportCells, tableCells, useCanWrite } from '@shian/remote-kit';
import { scheduleColumns } from '../components/AssignmentButtons';
import { GRADE, OFFICIAL_LEVEL } from '../labels';

const ResponsibilityOverviewDocument = graphql(`
  query ResponsibilityOverview($year: Int!) {
    responsibilityOverview(year: $year) {
      year
      leaders
      entitiesCovered
      visits
      overdueAssignments
      officials {
        id
        name
        title
        level
        township {
          ...TownshipRef
        }
        assignments {
          ...AssignmentScheduleFields
          entity {
            ...EntityRef
            riskGrade
          }
        }
      }
    }
  }
`);

type Official = NonNullable<ResponsibilityOverviewQuery['responsibilityOverview']>['officials'][number];

const THIS_YEAR = thisYearInChina();

const overdueCount = (o: Official) => o.assignments.filter((a) => a.visitOverdue).length;

const cell = exportCells<Official>();
const officialColumn = tableCells<Official>();
const assignmentColumn = tableCells<Official['assignments'][number]>();

const EXPORT_COLUMNS: ExportColumn<Official>[] = [
  { title: '姓名', value: 'name', width: 10 },
  { title: '职务', value: 'title', width: 16 },
  { title: '层级', value: cell.label('level', OFFICIAL_LEVEL), width: 8 },
  { title: '所属乡镇', value: cell.name('township'), width: 12 },
  { title: '包保主体数', value: (o) => o.assignments.length, width: 10 },
  { title: '包保主体', value: (o) => o.assignments.map((a) => a.entity.name).join(t('、')), width: 50 },
  { title: '逾期未督导(项)', value: overdueCount, width: 14 },
];

/** 包保: who holds responsibility for which businesses in a year, and whether their visits are on time. */
export function ResponsibilityPage() {
  useT();
  const canWrite = useCanWrite();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || THIS_YEAR;
  const [{ data, fetching, error }, refetch] = useQuery({ query: ResponsibilityOverviewDocument, variables: { year } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const overview = data?.responsibilityOverview;

  return (
    <>
      <PageHeader
        title="包保责任"
        subTitle="领导干部包保食品生产经营主体及督导情况"
        extra={
          <Flex gap={8}>
            <YearSelect
              allowClear={false}
              value={year}
              onChange={(value) => setParams({ year: String(value ?? THIS_YEAR) }, { replace: true })}
            />
            <ExportRowsButton
              rows={overview?.officials ?? []}
              columns={EXPORT_COLUMNS}
              filename={t('{{year}}年包保责任', { year })}
            />
          </Flex>
        }
      />
      {error ? (
        <ErrorPanel error={error} onRetry={reload} />
      ) : (
        <>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            {[
              { title: t('包保领导(人)'), value: overview?.leaders },
              { title: t('包保主体(家)'), value: overview?.entitiesCovered },
              { title: t('督导次数'), value: overview?.visits },
              { title: t('逾期未督导(项)'), value: overview?.overdueAssignments },
            ].map((item) => (
              <Col key={item.title} xs={12} lg={6}>
                <Card loading={fetching && !overview}>
                  <Statistic title={item.title} value={item.value ?? '—'} />
                </Card>
              </Col>
            ))}
          </Row>
          <Table<Official>
            aria-label={t('包保干部')}
            rowKey="id"
            loading={fetching}
            dataSource={overview?.officials ?? []}
            pagination={false}
            expandable={{
              expandedRowRender: (official) => (
                <Table
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={official.assignments}
                  columns={[
                    {
                      title: t('包保主体'),
                      ...assignmentColumn.link(
                        (a) => a.entity.name,
                        (a) => `/${a.entity.id}`,
                      ),
                    },
                    {
                      title: t('风险等级'),
                      key: 'grade',
                      render: (_, a) => <StatusTag value={a.entity.riskGrade} map={GRADE} empty="未评级" />,
                    },
                    ...scheduleColumns<Official['assignments'][number]>(
                      canWrite ? { officialName: () => official.name, onRecorded: reload } : undefined,
                    ),
                  ]}
                />
              ),
            }}
            columns={[
              { title: t('姓名'), dataIndex: 'name' },
              { title: t('职务'), dataIndex: 'title' },
              { title: t('层级'), ...officialColumn.tag('level', OFFICIAL_LEVEL) },
              { title: t('所属乡镇'), ...officialColumn.name('township') },
              { title: t('包保主体数'), key: 'count', render: (_, o) => o.assignments.length },
              {
                title: t('逾期'),
                key: 'overdue',
                render: (_, o) => {
                  const overdue = overdueCount(o);
                  return overdue ? (
                    <Tag color="red">{t('{{count}} 项逾期', { count: overdue })}</Tag>
                  ) : (
                    <Tag color="green">{t('按期')}</Tag>
                  );
                },
              },
            ]}
          />
        </>
      )}
    </>
  );
}
