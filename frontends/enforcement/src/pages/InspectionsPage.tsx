import { useMutation, useQuery } from '@shian/graphql-client';
import { DataTable, optionsOf, PageHeader, StatusTag, useCursorPagination } from '@shian/ui-kit';
import { App as AntApp, Button, Flex, Select, type TableColumnsType, Tag } from '@shian/antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { remainingText } from '../components/Clocks';
import { NewInspectionButton } from '../components/NewInspectionButton';
import { graphql } from '../gql';
import type { InspectionFilter, InspectionKind, InspectionListQuery, InspectionVerdict } from '../gql/graphql';
import { INSPECTION_KIND, VERDICT } from '../labels';
import { inspectionPrintColumn } from '../print/InspectionPrint';
import { useCanWrite } from '@shian/remote-kit';

export const InspectionListQueryDocument = graphql(`
  query InspectionList($filter: InspectionFilter, $first: Int, $after: String) {
    inspections(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        inspectedOn
        kind
        verdict
        findings
        rectificationDeadline
        rectifiedOn
        rectificationOverdue
        publishedOn
        entity {
          id
          name
        }
        inspectors {
          id
          name
        }
        campaign {
          id
          name
        }
        publicationClock {
          status
          remaining
          period
        }
      }
    }
  }
`);

const PublishInspectionMutation = graphql(`
  mutation PublishInspection($id: ID!, $on: LocalDate!) {
    publishInspection(id: $id, publishedOn: $on) {
      id
      publishedOn
    }
  }
`);

const RectifyMutation = graphql(`
  mutation RecordRectification($id: ID!, $on: LocalDate!) {
    recordRectification(id: $id, rectifiedOn: $on) {
      id
      rectifiedOn
    }
  }
`);

type Row = NonNullable<InspectionListQuery['inspections']>['nodes'][number];

/** 监督检查: every inspection with its two inspectors, verdict, rectification and the result's publication. */
export function InspectionsPage() {
  const [filter, setFilter] = useState<InspectionFilter>({});
  const pagination = useCursorPagination(JSON.stringify(filter));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: InspectionListQueryDocument,
    variables: { filter, ...pagination.variables },
  });
  const [, publish] = useMutation(PublishInspectionMutation);
  const [, rectify] = useMutation(RectifyMutation);
  const canWrite = useCanWrite();
  const { message } = AntApp.useApp();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const today = dayjs().format('YYYY-MM-DD');
  const act = async (run: Promise<{ error?: unknown }>, done: string) => {
    const result = await run;
    if (result.error) message.error((result.error as Error).message);
    else {
      message.success(done);
      reload();
    }
  };

  const columns: TableColumnsType<Row> = [
    { title: '检查日期', dataIndex: 'inspectedOn' },
    { title: '被检查主体', key: 'entity', render: (_, row) => row.entity?.name ?? row.entity?.id ?? '—' },
    { title: '类型', dataIndex: 'kind', render: (k: InspectionKind) => <StatusTag value={k} map={INSPECTION_KIND} /> },
    { title: '检查人员', key: 'inspectors', render: (_, row) => row.inspectors.map((i) => i.name).join('、') },
    { title: '结果', dataIndex: 'verdict', render: (v: InspectionVerdict) => <StatusTag value={v} map={VERDICT} /> },
    {
      title: '整改',
      key: 'rectification',
      render: (_, row) =>
        !row.rectificationDeadline ? (
          '—'
        ) : row.rectifiedOn ? (
          `已于${row.rectifiedOn}整改`
        ) : (
          <Flex gap={4} align="center">
            <Tag color={row.rectificationOverdue ? 'red' : 'orange'}>
              {row.rectificationOverdue ? '逾期未整改' : `期限${row.rectificationDeadline}`}
            </Tag>
            {canWrite && (
              <Button size="small" type="link" onClick={() => act(rectify({ id: row.id, on: today }), '已登记整改')}>
                复查合格
              </Button>
            )}
          </Flex>
        ),
    },
    {
      title: '结果公开',
      key: 'publication',
      render: (_, row) =>
        row.publishedOn ?? (
          <Flex gap={4} align="center">
            <Tag color={row.publicationClock.status === 'OVERDUE' ? 'red' : 'blue'}>
              {remainingText(row.publicationClock)}
            </Tag>
            {canWrite && (
              <Button size="small" type="link" onClick={() => act(publish({ id: row.id, on: today }), '已公开')}>
                公开
              </Button>
            )}
          </Flex>
        ),
    },
    { title: '专项', key: 'campaign', render: (_, row) => row.campaign?.name ?? '—' },
    inspectionPrintColumn,
  ];

  const toolbar = (
    <Flex wrap gap={8} justify="space-between">
      <Flex wrap gap={8}>
        <div data-filter="kind">
          <Select
            allowClear
            virtual={false}
            aria-label="检查类型"
            placeholder="检查类型"
            options={optionsOf(INSPECTION_KIND)}
            value={filter.kind ?? undefined}
            onChange={(kind) => setFilter({ ...filter, kind })}
            style={{ width: 130 }}
          />
        </div>
        <div data-filter="verdict">
          <Select
            allowClear
            virtual={false}
            aria-label="检查结果"
            placeholder="检查结果"
            options={optionsOf(VERDICT)}
            value={filter.verdict ?? undefined}
            onChange={(verdict) => setFilter({ ...filter, verdict })}
            style={{ width: 120 }}
          />
        </div>
        <div data-filter="unpublished">
          <Select
            allowClear
            virtual={false}
            aria-label="公开"
            placeholder="公开情况"
            options={[
              { value: 'unpublished', label: '未公开' },
              { value: 'overdue', label: '逾期未整改' },
            ]}
            onChange={(v?: string) =>
              setFilter({
                ...filter,
                unpublished: v === 'unpublished' ? true : null,
                rectificationOverdue: v === 'overdue' ? true : null,
              })
            }
            style={{ width: 130 }}
          />
        </div>
      </Flex>
      {canWrite && <NewInspectionButton onCreated={reload} />}
    </Flex>
  );

  return (
    <>
      <PageHeader title="监督检查" subTitle="日常、双随机、专项、飞行检查;每次至少2名检查人员,结果20个工作日内公开" />
      <DataTable<Row>
        aria-label="监督检查"
        columns={columns}
        data={data?.inspections}
        loading={fetching}
        error={error}
        onRetry={reload}
        pagination={pagination}
        toolbar={toolbar}
      />
    </>
  );
}
