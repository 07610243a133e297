import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@shian/graphql-client';
import { DataTable, labelOf, PageHeader, StatusTag, useCursorPagination } from '@shian/ui-kit';
import {
  Button,
  Card,
  Col,
  Flex,
  Row as GridRow,
  InputNumber,
  Progress,
  Statistic,
  type TableColumnsType,
} from '@shian/antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from '@shian/router';
import { FOCUS_AXES, FocusFilterSelects, FocusTags } from '../components/Focus';
import { FocusFigures } from '../components/FocusFigures';
import { graphql } from '../gql';
import type { PlanFilter, PlansQuery } from '../gql/graphql';
import { CATEGORY, LEVEL, PURPOSE } from '../labels';
import { useCanWriteDistrict, useModulePath } from '@shian/remote-kit';

const PlansQueryDocument = graphql(`
  query Plans($filter: PlanFilter, $first: Int, $after: String, $year: Int!) {
    samplingPlans(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        level
        purpose
        issuer
        quota
        categories
        startsOn
        endsOn
        focusVarieties
        focusPeriods
        focusAreas
        progress {
          sampled
          reported
          unqualified
          share
        }
      }
    }
    samplingFigures(year: $year) {
      batches
      unqualified
      unqualifiedRate
      infantFormulaBatches
      infantFormulaCoverage
      byLevel {
        level
        batches
        quota
      }
      focusBatches
      byFocusVariety {
        variety
        batches
        unqualified
      }
      byFocusPeriod {
        period
        batches
        unqualified
      }
      byFocusArea {
        area
        batches
        unqualified
      }
    }
  }
`);

type Row = NonNullable<PlansQuery['samplingPlans']>['nodes'][number];

/** The plans' focus filters as they stand in the URL (`?focusPeriod=MID_AUTUMN`); the year is the page's own. */
export function planFilterFromParams(params: URLSearchParams, year: number): PlanFilter {
  const filter: PlanFilter = { year };
  for (const { key } of FOCUS_AXES) {
    const value = params.get(key)?.trim();
    if (value) (filter as Record<string, string>)[key] = value;
  }
  return filter;
}

/** The year's plans with progress against quota, and the year's figures. */
export function PlansPage() {
  const [year, setYear] = useState(() => new Date().getFullYear() - (new Date().getMonth() < 2 ? 1 : 0));
  const [params, setParams] = useSearchParams();
  const filter = planFilterFromParams(params, year);
  const pagination = useCursorPagination(JSON.stringify(filter));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PlansQueryDocument,
    variables: { filter, year, ...pagination.variables },
  });
  const to = useModulePath();
  const navigate = useNavigate();
  const canWrite = useCanWriteDistrict();
  const figures = data?.samplingFigures;
  const setFocus = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const columns: TableColumnsType<Row> = [
    {
      title: '计划名称',
      dataIndex: 'name',
      render: (name: string, row) => <Link to={to(`/?planId=${row.id}`)}>{name}</Link>,
    },
    { title: '层级', dataIndex: 'level', render: (value: Row['level']) => <StatusTag value={value} map={LEVEL} /> },
    { title: '目的', dataIndex: 'purpose', render: (value: Row['purpose']) => labelOf(PURPOSE, value) },
    { title: '下达单位', dataIndex: 'issuer' },
    { title: '执行期', key: 'period', render: (_, row) => `${row.startsOn} 至 ${row.endsOn}` },
    {
      title: '完成进度',
      key: 'progress',
      width: 220,
      render: (_, row) => (
        <Flex vertical>
          <Progress
            percent={Math.round(row.progress.share * 100)}
            size="small"
            status={row.progress.share >= 1 ? 'success' : 'active'}
          />
          <span>
            已抽 {row.progress.sampled} / 任务 {row.quota} 批次 · 出结论 {row.progress.reported} · 不合格{' '}
            {row.progress.unqualified}
          </span>
        </Flex>
      ),
    },
    {
      title: '食品类别',
      dataIndex: 'categories',
      render: (values: Row['categories']) => values.map((c) => labelOf(CATEGORY, c)).join('、'),
    },
    {
      title: '重点品种、时段、区域',
      key: 'focus',
      width: 260,
      render: (_, row) => (
        <FocusTags varieties={row.focusVarieties} periods={row.focusPeriods} areas={row.focusAreas} />
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="抽检计划"
        subTitle="国抽、省抽、市抽、区抽的任务量与完成进度"
        extra={
          <Flex gap={8}>
            <InputNumber
              aria-label="年度"
              min={2020}
              max={2100}
              value={year}
              onChange={(v) => v && setYear(v)}
              addonAfter="年"
            />
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(to('/plans/new'))}>
                新建抽检计划
              </Button>
            )}
          </Flex>
        }
      />
      {figures && (
        <GridRow gutter={16} style={{ marginBottom: 16 }}>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title="抽检监测批次" value={figures.batches} suffix="批" />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic
                title="不合格批次"
                value={figures.unqualified}
                suffix={`批(${(figures.unqualifiedRate * 100).toFixed(2)}%)`}
              />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic
                title="婴幼儿配方乳粉"
                value={figures.infantFormulaBatches}
                suffix={`批 · 覆盖 ${(figures.infantFormulaCoverage * 100).toFixed(0)}%`}
              />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic
                title="各层级(已抽/任务)"
                value={figures.byLevel.map((l) => `${labelOf(LEVEL, l.level)} ${l.batches}/${l.quota}`).join(' ')}
                valueStyle={{ fontSize: 14 }}
              />
            </Card>
          </Col>
        </GridRow>
      )}
      {figures && <FocusFigures year={year} figures={figures} />}
      <DataTable<Row>
        aria-label="抽检计划"
        columns={columns}
        data={data?.samplingPlans}
        loading={fetching}
        error={error}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pagination={pagination}
        toolbar={
          <Flex wrap gap={8}>
            <FocusFilterSelects value={filter} onChange={setFocus} />
          </Flex>
        }
      />
    </>
  );
}
