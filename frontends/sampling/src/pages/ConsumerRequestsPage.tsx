import { LikeOutlined } from '@ant-design/icons';
import { useMutation } from '@shian/graphql-client';
import { PageHeader, useT } from '@shian/ui-kit';
import { App as AntApp, Button, Space, type TableColumnsType } from '@shian/antd';
import dayjs from 'dayjs';
import { graphql } from '../gql';
import type {
  ConsumerRequestDecisionInput,
  ConsumerRequestFilter,
  ConsumerRequestInput,
  ConsumerRequestsQuery,
} from '../gql/graphql';
import { CATEGORY, REQUEST_STATUS } from '../labels';
import {
  ChoiceField,
  DateField,
  exportCells,
  filterParams,
  type FormValuesOf,
  ListTable,
  localDate,
  ModuleLink,
  MutationDialog,
  NewRecordDialog,
  pickLabels,
  SelectFilter,
  TextField,
  tableCells,
  useCanWrite,
  useCanWriteDistrict,
  useListPage,
  YearFilter,
} from '@shian/remote-kit';

const ConsumerRequestsQueryDocument = graphql(`
  query ConsumerRequests($filter: ConsumerRequestFilter, $first: Int, $after: String) {
    consumerRequests(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        id
        title
        category
        description
        channel
        submittedBy
        submittedOn
        votes
        status
        reply
        samples {
          id
          foodName
          verdict
        }
      }
    }
  }
`);
const CreateRequest = graphql(`
  mutation CreateConsumerRequest($input: ConsumerRequestInput!) {
    createConsumerRequest(input: $input) {
      id
    }
  }
`);
const VoteRequest = graphql(`
  mutation VoteConsumerRequest($id: ID!) {
    voteConsumerRequest(id: $id) {
      id
      votes
    }
  }
`);
const DecideRequest = graphql(`
  mutation DecideConsumerRequest($input: ConsumerRequestDecisionInput!) {
    decideConsumerRequest(input: $input) {
      id
      status
      reply
    }
  }
`);

type Row = NonNullable<ConsumerRequestsQuery['consumerRequests']>['nodes'][number];
const column = tableCells<Row>();
const cell = exportCells<Row>();

type RequestValues = FormValuesOf<ConsumerRequestInput, 'submittedOn'>;
type DecisionValues = FormValuesOf<Omit<ConsumerRequestDecisionInput, 'requestId'>>;

/** What a request's answer may say: every status but the one it is in while votes are collected. */
const DECISIONS = pickLabels(REQUEST_STATUS, ['ACCEPTED', 'ANSWERED', 'DECLINED']);

/** The requests' filter as the address holds it (`?year=2024&status=ANSWERED&category=VEGETABLES`). */
export const requestFilterFromParams = (params: URLSearchParams): ConsumerRequestFilter =>
  filterParams<ConsumerRequestFilter>(params, ['year', 'status', 'category']);

export const REQUEST_EXPORT_COLUMNS = [
  { title: '征集事项', value: 'title' as const, width: 28 },
  { title: '食品类别', value: cell.label('category', CATEGORY), width: 16 },
  { title: '说明', value: 'description' as const, width: 40 },
  { title: '征集渠道', value: 'channel' as const, width: 24 },
  { title: '提出人', value: 'submittedBy' as const, width: 12 },
  { title: '提出日期', value: 'submittedOn' as const, width: 12 },
  { title: '票数', value: 'votes' as const, width: 8 },
  { title: '状态', value: cell.label('status', REQUEST_STATUS), width: 10 },
  { title: '抽检批次', value: (row: Row) => row.samples.length, width: 10 },
  {
    title: '不合格批次',
    value: (row: Row) => row.samples.filter((s) => s.verdict === 'UNQUALIFIED').length,
    width: 10,
  },
  { title: '答复', value: (row: Row) => row.reply ?? '', width: 40 },
];

/** 你点我检: what the public asked to be tested, by votes, and the samples that answered it. */
export function ConsumerRequestsPage() {
  const t = useT();
  const list = useListPage({
    query: ConsumerRequestsQueryDocument,
    filter: requestFilterFromParams,
    pick: (data) => data.consumerRequests,
  });
  const reload = list.reload;
  const [, vote] = useMutation(VoteRequest);
  const { message } = AntApp.useApp();
  const canWrite = useCanWrite();
  const district = useCanWriteDistrict();

  const columns: TableColumnsType<Row> = [
    { title: '征集事项', dataIndex: 'title' },
    { title: '食品类别', ...column.label('category', CATEGORY) },
    { title: '说明', dataIndex: 'description', width: 280 },
    { title: '渠道', dataIndex: 'channel' },
    { title: '提出', key: 'submitted', render: (_, row) => `${row.submittedBy} ${row.submittedOn}` },
    { title: '票数', dataIndex: 'votes' },
    { title: '状态', ...column.tag('status', REQUEST_STATUS) },
    {
      title: '抽检样品',
      key: 'samples',
      render: (_, row) =>
        row.samples.length ? (
          <ModuleLink to={`/?consumerRequestId=${row.id}`}>
            {t('{{count}} 批,不合格 {{unqualified}} 批', {
              count: row.samples.length,
              unqualified: row.samples.filter((s) => s.verdict === 'UNQUALIFIED').length,
            })}
          </ModuleLink>
        ) : (
          '—'
        ),
    },
    { title: '答复', dataIndex: 'reply', width: 240, render: (value: string | null) => value ?? '—' },
    {
      title: '操作',
      key: 'actions',
      render: (_, row) =>
        row.status === 'COLLECTING' && (
          <Space>
            {canWrite && (
              <Button
                size="small"
                icon={<LikeOutlined />}
                onClick={async () => {
                  const result = await vote({ id: row.id });
                  if (result.error) message.error(result.error.graphQLErrors[0]?.message ?? t('投票失败'));
                }}
              >
                {t('加票')}
              </Button>
            )}
            {district && (
              <MutationDialog
                label="答复"
                title={t('答复「{{title}}」', { title: row.title })}
                success="已答复"
                button={{ size: 'small' }}
                initialValues={{ status: 'ACCEPTED' }}
                onDone={reload}
                mutation={DecideRequest}
                variables={(v: DecisionValues) => ({ input: { ...v, requestId: row.id } })}
              >
                <ChoiceField name="status" label="结果" labels={DECISIONS} required="请选择结果" />
                <TextField name="reply" label="答复" rows={3} required="请填写答复" />
              </MutationDialog>
            )}
          </Space>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title="你点我检"
        subTitle="群众点单、监管部门抽检、结果向社会公布"
        extra={
          <NewRecordDialog
            label="登记征集"
            title="登记你点我检征集"
            success="已登记"
            initialValues={{ submittedOn: dayjs(), channel: '巴州区市场监管局微信公众号' }}
            onDone={reload}
            mutation={CreateRequest}
            variables={(v: RequestValues) => ({
              input: { ...v, submittedOn: localDate(v.submittedOn) },
            })}
          >
            <TextField name="title" label="想检什么" required="请填写征集事项" />
            <ChoiceField name="category" label="食品类别" labels={CATEGORY} required="请选择食品类别" />
            <TextField name="description" label="说明" rows={3} required="请填写说明" />
            <TextField name="channel" label="征集渠道" required="请填写征集渠道" />
            <TextField name="submittedBy" label="提出人" required="请填写提出人" />
            <DateField name="submittedOn" label="提出日期" required="请选择提出日期" />
          </NewRecordDialog>
        }
      />
      <ListTable
        aria-label={t('你点我检')}
        list={list}
        columns={columns}
        exportAs={{ columns: REQUEST_EXPORT_COLUMNS }}
        filters={
          <>
            <YearFilter list={list} />
            <SelectFilter list={list} name="status" label="状态" labels={REQUEST_STATUS} />
            <SelectFilter list={list} name="category" label="食品类别" labels={CATEGORY} width={170} />
          </>
        }
      />
    </>
  );
}
