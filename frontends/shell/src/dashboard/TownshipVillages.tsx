import { useQuery } from '@shian/graphql-client';
import { ErrorPanel, errorText, useT } from '@shian/ui-kit';
import { Card, Skeleton, Table, Tag } from '@shian/antd';
import { Link } from '@shian/router';
import { VisibleVillagesDocument } from '../gql/graphql';
import { VillageFiguresDocument } from './queries';

type Figure = 'entities' | 'pending' | 'overdue';

/**
 * One of a village's figures. The three cells of a row ask the same query with the same variables, which the
 * client sends once: one small request per village (a township has five), answered from the scoped lists' totals.
 */
function VillageFigure({ villageId, figure }: { villageId: string; figure: Figure }) {
  useT();
  const [{ data, error }] = useQuery({ query: VillageFiguresDocument, variables: { villageId } });
  if (error && !data) return <span title={errorText(error)}>—</span>;
  if (!data) return <span>…</span>;
  if (figure === 'entities') return <span data-village-figure="entities">{data.entities?.totalCount ?? '—'}</span>;
  if (figure === 'pending')
    return (
      <Link data-village-figure="pending" to={`/entities/village-reports?villageId=${villageId}&status=PENDING`}>
        {data.pending.totalCount}
      </Link>
    );
  const overdue = data.overdue.totalCount;
  return <span data-village-figure="overdue">{overdue ? <Tag color="red">{overdue}</Tag> : 0}</span>;
}

/** A township officer's villages beside the year's figures: names, businesses, reports waiting and overdue. */
export default function TownshipVillages() {
  const t = useT();
  const [{ data, fetching, error }, refetch] = useQuery({ query: VisibleVillagesDocument });
  const villages = data?.villages ?? [];
  const township = villages[0]?.township.name;
  return (
    <Card
      size="small"
      title={township ? t('{{township}}的村(社区)', { township }) : t('本乡镇(街道)的村(社区)')}
      style={{ marginBottom: 16 }}
      data-testid="township-villages"
      extra={<Link to="/entities/village-reports">{t('村(社区)报告')}</Link>}
    >
      {error && !data && <ErrorPanel error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Skeleton active paragraph={{ rows: 3 }} />}
      {data && (
        <Table
          size="small"
          pagination={false}
          rowKey="id"
          aria-label="本乡镇(街道)的村(社区)"
          dataSource={villages}
          columns={[
            {
              title: t('村(社区)'),
              dataIndex: 'name',
              render: (name: string, v) => (v.kind === 'COMMUNITY' ? t('{{name}}(社区)', { name }) : name),
            },
            {
              title: t('主体数'),
              key: 'entities',
              render: (_, v) => <VillageFigure villageId={v.id} figure="entities" />,
            },
            {
              title: t('待分办报告'),
              key: 'pending',
              render: (_, v) => <VillageFigure villageId={v.id} figure="pending" />,
            },
            {
              title: t('超期未分办'),
              key: 'overdue',
              render: (_, v) => <VillageFigure villageId={v.id} figure="overdue" />,
            },
          ]}
        />
      )}
    </Card>
  );
}
