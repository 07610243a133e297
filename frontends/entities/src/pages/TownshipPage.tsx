import { useQuery } from '@shian/graphql-client';
import { ErrorPanel, type ExportColumn, labelOf, PageHeader, PartialNotice, StatusTag, t, useT } from '@shian/ui-kit';
import { Card, Skeleton, Tabs } from '@shian/antd';
import { useNavigate, useParams } from '@shian/router';
import { EntityRegister } from '../components/EntityRegister';
import { RecordTable } from '../components/RecordTable';
import { graphql } from '../gql';
import type { TownshipDetailQuery } from '../gql/graphql';
import { formatDate, useModulePath } from '@shian/remote-kit';
import { NOTICE_KIND, TOWNSHIP_KIND } from '../labels';

const TownshipDetailDocument = graphql(`
  query TownshipDetail($id: ID!) {
    township(id: $id) {
      id
      name
      kind
      entityCount
      supervisionRounds {
        id
        year
        batch
        inspectedOn
        findings
      }
      notices {
        id
        kind
        number
        title
        sentOn
        dueOn
      }
    }
  }
`);

type Township = NonNullable<TownshipDetailQuery['township']>;
type Round = Township['supervisionRounds'][number];
type Notice = Township['notices'][number];

const ROUND_COLUMNS: ExportColumn<Round>[] = [
  { title: '年度', value: 'year', width: 8 },
  { title: '批次', value: (r) => t('第{{batch}}批', { batch: r.batch }), width: 8 },
  { title: '督查日期', value: (r) => formatDate(r.inspectedOn), width: 12 },
  { title: '发现问题', value: 'findings', width: 60 },
];

const NOTICE_COLUMNS: ExportColumn<Notice>[] = [
  { title: '文号', value: 'number', width: 26 },
  { title: '类型', value: (n) => labelOf(NOTICE_KIND, n.kind), width: 10 },
  { title: '标题', value: 'title', width: 40 },
  { title: '发文日期', value: (n) => formatDate(n.sentOn), width: 12 },
  { title: '办理期限', value: (n) => (n.dueOn ? formatDate(n.dueOn) : ''), width: 12 },
];

/** A township: its businesses, the bureau's supervision rounds there, and the notices sent to it. */
export function TownshipPage() {
  useT();
  const { id = '' } = useParams();
  const to = useModulePath();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: TownshipDetailDocument, variables: { id } });
  // With the record itself, an error is about another domain's fields: shown beside the record, not instead.
  if (error && !data?.township)
    return <ErrorPanel error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Skeleton active />;
  const township = data?.township;
  if (!township) return <ErrorPanel title="记录不存在" error={new Error(t('未找到该乡镇(街道)'))} />;
  return (
    <>
      {error && <PartialNotice error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      <PageHeader
        title={township.name}
        subTitle={t('{{kind}} · 区划代码 {{code}} · 主体 {{count}} 家', {
          kind: labelOf(TOWNSHIP_KIND, township.kind),
          code: township.id,
          count: township.entityCount,
        })}
        onBack={() => navigate(to('/townships'))}
      />
      <Card>
        <Tabs
          items={[
            { key: 'entities', label: t('辖区主体'), children: <EntityRegister fixedTownshipId={township.id} /> },
            {
              key: 'rounds',
              label: t('督查({{count}})', { count: township.supervisionRounds.length }),
              children: (
                <RecordTable
                  rows={township.supervisionRounds}
                  exportAs={{
                    columns: ROUND_COLUMNS,
                    filename: t('{{township}}督查记录', { township: township.name }),
                  }}
                  empty={t('暂无督查记录')}
                  columns={[
                    { title: t('年度'), dataIndex: 'year' },
                    {
                      title: t('批次'),
                      dataIndex: 'batch',
                      render: (batch: number) => t('第{{batch}}批', { batch }),
                    },
                    { title: t('督查日期'), dataIndex: 'inspectedOn', render: formatDate },
                    { title: t('发现问题'), dataIndex: 'findings' },
                  ]}
                />
              ),
            },
            {
              key: 'notices',
              label: t('提示函/督办函({{count}})', { count: township.notices.length }),
              children: (
                <RecordTable
                  rows={township.notices}
                  exportAs={{
                    columns: NOTICE_COLUMNS,
                    filename: t('{{township}}提示函与督办函', { township: township.name }),
                  }}
                  empty={t('暂无函件')}
                  columns={[
                    { title: t('文号'), dataIndex: 'number' },
                    {
                      title: t('类型'),
                      dataIndex: 'kind',
                      render: (kind) => <StatusTag value={kind} map={NOTICE_KIND} />,
                    },
                    { title: t('标题'), dataIndex: 'title' },
                    { title: t('发文日期'), dataIndex: 'sentOn', render: formatDate },
                    { title: t('办理期限'), dataIndex: 'dueOn', render: formatDate },
                  ]}
                />
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
