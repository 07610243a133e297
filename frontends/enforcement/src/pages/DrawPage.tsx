import { useMutation, useQuery } from '@shian/graphql-client';
import { AuditTrailCard, ErrorPanel, PageHeader, PartialNotice, StatusTag } from '@shian/ui-kit';
import { App as AntApp, Button, Card, Descriptions, Flex, Skeleton, Table, Tag } from '@shian/antd';
import dayjs from 'dayjs';
import { useNavigate, useParams } from '@shian/router';
import { CaseAuditTrailQueryDocument } from '../components/CaseTabs';
import { graphql } from '../gql';
import { AUDIT_RECORD_TYPE, DRAW_STATUS, VERDICT } from '../labels';
import { useCanWriteDistrict, useCurrentUser, useModulePath } from '@shian/remote-kit';

const RandomDrawQuery = graphql(`
  query RandomDrawDetail($id: ID!) {
    randomDraw(id: $id) {
      id
      title
      drawnOn
      drawnBy
      seed
      status
      publishedOn
      populationCriteria
      populationSize
      poolCriteria
      poolSize
      entityCount
      inspectorsPerEntity
      inspectedCount
      reproducible
      items {
        id
        position
        entity {
          id
          name
        }
        inspectors {
          id
          name
          unit
        }
        inspection {
          id
          inspectedOn
          verdict
        }
      }
    }
  }
`);

const PublishDrawMutation = graphql(`
  mutation PublishDraw($id: ID!, $on: LocalDate!) {
    publishDraw(id: $id, publishedOn: $on) {
      id
      status
      publishedOn
    }
  }
`);

/** One draw: who was drawn and by whom they are inspected, the seed that repeats it, and 公示. */
export function DrawPage() {
  const { id = '' } = useParams();
  const role = useCurrentUser()?.role;
  const [{ data, fetching, error }, refetch] = useQuery({ query: RandomDrawQuery, variables: { id } });
  const [{ fetching: publishing }, publish] = useMutation(PublishDrawMutation);
  const district = useCanWriteDistrict();
  const navigate = useNavigate();
  const to = useModulePath();
  const { message } = AntApp.useApp();
  // With the record itself, an error is about another domain's fields: shown beside the record, not instead.
  if (error && !data?.randomDraw)
    return <ErrorPanel error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Skeleton active />;
  const draw = data?.randomDraw;
  if (!draw) return <ErrorPanel title="记录不存在" error={new Error('未找到该抽查任务')} />;

  const doPublish = async () => {
    const result = await publish({ id: draw.id, on: dayjs().format('YYYY-MM-DD') });
    if (result.error) message.error(result.error.message);
    else message.success('已公示');
  };

  return (
    <>
      {error && <PartialNotice error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      <PageHeader
        title={draw.title}
        onBack={() => navigate(to('/draws'))}
        extra={
          district &&
          draw.status === 'DRAWN' && (
            <Button type="primary" loading={publishing} onClick={doPublish}>
              公示
            </Button>
          )
        }
      >
        <Flex gap={4}>
          <StatusTag value={draw.status} map={DRAW_STATUS} />
          {draw.reproducible ? <Tag color="green">按种子复现一致</Tag> : <Tag color="red">复现不一致</Tag>}
        </Flex>
      </PageHeader>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label="抽取日期">{draw.drawnOn}</Descriptions.Item>
          <Descriptions.Item label="抽取人">{draw.drawnBy}</Descriptions.Item>
          <Descriptions.Item label="随机种子">
            <code>{draw.seed}</code>
          </Descriptions.Item>
          <Descriptions.Item label="检查对象范围">
            {draw.populationCriteria}(共 {draw.populationSize} 户)
          </Descriptions.Item>
          <Descriptions.Item label="执法人员范围">
            {draw.poolCriteria}(共 {draw.poolSize} 人)
          </Descriptions.Item>
          <Descriptions.Item label="抽取">
            {draw.entityCount} 户,每户 {draw.inspectorsPerEntity} 人
          </Descriptions.Item>
          <Descriptions.Item label="已检查">{draw.inspectedCount} 户</Descriptions.Item>
          <Descriptions.Item label="公示日期">{draw.publishedOn ?? '未公示'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="抽取结果">
        <Table
          aria-label="抽取结果"
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={draw.items}
          columns={[
            { title: '序号', dataIndex: 'position' },
            { title: '检查对象', key: 'entity', render: (_, item) => item.entity?.name ?? item.entity?.id ?? '—' },
            {
              title: '检查人员',
              key: 'inspectors',
              render: (_, item) => item.inspectors.map((i) => `${i.name}(${i.unit})`).join('、'),
            },
            {
              title: '检查结果',
              key: 'inspection',
              render: (_, item) =>
                item.inspection ? (
                  <span>
                    {item.inspection.inspectedOn} <StatusTag value={item.inspection.verdict} map={VERDICT} />
                  </span>
                ) : (
                  '待检查'
                ),
            },
          ]}
        />
      </Card>
      <AuditTrailCard
        role={role}
        query={CaseAuditTrailQueryDocument}
        pick={(d) => d.auditTrail.enforcement}
        recordType="RandomDraw"
        recordId={draw.id}
        recordTypeLabels={AUDIT_RECORD_TYPE}
      />
    </>
  );
}
