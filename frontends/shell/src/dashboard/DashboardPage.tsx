import { FallOutlined, FileTextOutlined, RiseOutlined } from '@ant-design/icons';
import { useQuery } from '@shian/graphql-client';
import { ErrorPanel, PageHeader, PartUnavailable, thisYearInChina, useT } from '@shian/ui-kit';
import { Button, Card, Col, Empty, Flex, Row, Select, Skeleton, Statistic, Tag, Typography } from '@shian/antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useSearchParams } from '@shian/router';
import { useSession } from '../session';
import {
  type Area,
  areasOf,
  comparison,
  countsByLevel,
  defaultYear,
  display,
  displayChange,
  FIGURES,
  type Figure,
  hasRecords,
  INCIDENT_LEVELS,
  type Report,
  RISK_LEVELS,
  yearFromParam,
  yearsToAsk,
} from './model';
import { WorkReportDashboardDocument } from './queries';

// ECharts and the summary's editor and Word export load only when the page shows them, not with the shell.
const Charts = lazy(() => import('./Charts'));
const SummaryPanel = lazy(() => import('./SummaryPanel'));
const TownshipVillages = lazy(() => import('./TownshipVillages'));

const YEAR_CHOICES = 10;
/** Areas with three or four figures take half a row, 风险与应急's eight the whole; the others a third. */
const WIDE = new Set(['sampling', 'enforcement', 'training', 'publicity']);
const FULL = new Set(['risk']);

/** 风险与应急's breakdowns under its figures: risks by level in the matrix's colours, incidents by level. */
function RiskLevels({ report }: { report: Report }) {
  const t = useT();
  const risk = report.risk;
  if (!risk) return null;
  return (
    <Flex vertical gap={8} style={{ marginTop: 12 }}>
      <Flex gap={4} wrap align="center" data-testid="risks-by-level">
        <Typography.Text type="secondary">{t('风险等级:')}</Typography.Text>
        {countsByLevel(risk.risksByLevel, RISK_LEVELS).map((l) => (
          <Tag key={l.level} color={l.colour}>
            {t(l.label)} {l.count}
          </Tag>
        ))}
      </Flex>
      <Flex gap={4} wrap align="center" data-testid="incidents-by-level">
        <Typography.Text type="secondary">{t('突发事件:')}</Typography.Text>
        {countsByLevel(risk.incidentsByLevel, INCIDENT_LEVELS).map((l) => (
          <Tag key={l.level}>
            {t(l.label)} {l.count}
          </Tag>
        ))}
      </Flex>
    </Flex>
  );
}

/**
 * Under a figure: the change against the year before where that year has records behind the figure, a muted
 * 上年无平台记录 where it has none (a zero that is only the absence of records is no baseline), and nothing where
 * that year's part is not known (its subgraph did not answer, or the year was not asked for).
 */
function Versus({ figure, report, previous }: { figure: Figure; report: Report; previous?: Report }) {
  const t = useT();
  const c = comparison(figure, report, previous);
  if (c === 'unknown') return null;
  if (c === 'no-records') {
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`no-previous-${figure.key}`}>
        {t('上年无平台记录')}
      </Typography.Text>
    );
  }
  const { delta } = c;
  return (
    <Typography.Text
      type={delta > 0 ? 'success' : delta < 0 ? 'danger' : 'secondary'}
      style={{ fontSize: 12 }}
      data-testid={`change-${figure.key}`}
    >
      {delta > 0 ? <RiseOutlined /> : delta < 0 ? <FallOutlined /> : null}{' '}
      {t('较上年 {{change}}', { change: displayChange(figure, delta) })}
    </Typography.Text>
  );
}

function FigureStat({ figure, report, previous }: { figure: Figure; report: Report; previous?: Report }) {
  const t = useT();
  const shown = display(figure, figure.value(report));
  const label = t(figure.label);
  // A unit is a word after a number (1,847 batches), not a heading: its English may differ from the same text's
  // elsewhere (批次 heads a chart's series as Batches), so it is looked up in the 'unit' context first.
  const unit = figure.unit ? t(figure.unit, { context: 'unit' }) : '';
  return (
    <Link
      to={figure.link(report.year)}
      aria-label={`${label} ${t('{{value}}{{unit}}', { value: shown, unit })}`}
      data-figure={figure.key}
      style={{ display: 'block', color: 'inherit' }}
    >
      <Statistic title={label} value={shown} suffix={unit || undefined} />
      <Versus figure={figure} report={report} previous={previous} />
    </Link>
  );
}

interface AreaCardProps {
  area: Area;
  report: Report;
  previous?: Report;
  onRetry: () => void;
}

function AreaCard({ area, report, previous, onRetry }: AreaCardProps) {
  const t = useT();
  const figures = FIGURES.filter((f) => f.area === area.key);
  // A part is null only when its subgraph did not answer: say so rather than show zeros.
  if (!report[area.key]) {
    return (
      <Card
        title={t(area.title)}
        size="small"
        style={{ height: '100%' }}
        data-area={area.key}
        data-unavailable-area={area.key}
        extra={<Tag color="warning">{t('暂不可用')}</Tag>}
      >
        <PartUnavailable domain={area.domain} onRetry={onRetry} />
      </Card>
    );
  }
  return (
    <Card title={t(area.title)} size="small" style={{ height: '100%' }} data-area={area.key}>
      <Row gutter={[16, 16]}>
        {figures.map((figure) => (
          <Col key={figure.key} xs={12} md={24 / figures.length}>
            <FigureStat figure={figure} report={report} previous={previous} />
          </Col>
        ))}
      </Row>
      {area.key === 'risk' && <RiskLevels report={report} />}
    </Card>
  );
}

/**
 * The year's work report: the figures as cards, each a link to the list behind it, the change against the
 * previous year, the breakdowns as charts, and the annual summary draft. One request per year shown.
 */
export default function DashboardPage() {
  const t = useT();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const currentYear = thisYearInChina();
  const chosen = yearFromParam(params.get('year'));
  const years = useMemo(() => yearsToAsk(chosen, currentYear), [chosen, currentYear]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: WorkReportDashboardDocument,
    variables: { years },
  });
  const [drafting, setDrafting] = useState<number | null>(null);
  const retry = () => refetch({ requestPolicy: 'network-only' });
  const reports = data?.workReports ?? [];
  const year = chosen ?? (data ? defaultYear(reports, currentYear) : undefined);
  const report = reports.find((r) => r.year === year);
  const previous = reports.find((r) => r.year === (year ?? 0) - 1);
  const choices = Array.from({ length: YEAR_CHOICES }, (_, i) => currentYear - i);
  if (year !== undefined && !choices.includes(year)) choices.push(year);

  const picker = (
    <Select
      aria-label="年度"
      value={year}
      style={{ width: 120 }}
      virtual={false}
      options={choices.sort((a, b) => b - a).map((y) => ({ value: y, label: t('{{year}}年', { year: y }) }))}
      onChange={(next: number) => setParams({ year: String(next) })}
    />
  );

  return (
    <>
      <PageHeader title={year ? t('{{year}}年度工作报告', { year }) : t('年度工作报告')} extra={picker}>
        <Flex gap={8} wrap>
          {user?.role === 'township' && <Tag color="blue">{t('本乡镇(街道)范围内的数据')}</Tag>}
          {report && previous && !hasRecords(previous) && (
            <Tag>{t('{{year}}年无记录,不作同比', { year: previous.year })}</Tag>
          )}
          <Typography.Text type="secondary">{t('点击数字可查看对应的清单。')}</Typography.Text>
        </Flex>
      </PageHeader>
      {user?.role === 'township' && (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 3 }} />}>
          <TownshipVillages />
        </Suspense>
      )}
      {error && !data?.workReports && <ErrorPanel error={error} onRetry={retry} />}
      {fetching && !data && <Skeleton active paragraph={{ rows: 8 }} />}
      {report && (
        <>
          {!hasRecords(report) && (
            <Empty description={t('{{year}}年暂无工作记录', { year: report.year })} style={{ marginBottom: 16 }} />
          )}
          <Row gutter={[16, 16]}>
            {areasOf(report).map((area) => (
              <Col key={area.key} xs={24} lg={FULL.has(area.key) ? 24 : WIDE.has(area.key) ? 12 : 8}>
                <AreaCard area={area} report={report} previous={previous} onRetry={retry} />
              </Col>
            ))}
          </Row>
          <Suspense fallback={<Skeleton active style={{ marginTop: 16 }} />}>
            <Charts report={report} />
          </Suspense>
          <Card
            title={t('年度工作总结(草稿)')}
            style={{ marginTop: 16 }}
            extra={
              drafting !== report.year && (
                <Button type="primary" icon={<FileTextOutlined />} onClick={() => setDrafting(report.year)}>
                  {t('生成总结草稿')}
                </Button>
              )
            }
          >
            {drafting === report.year ? (
              <Suspense fallback={<Skeleton active />}>
                <SummaryPanel report={report} previous={previous} />
              </Suspense>
            ) : (
              <Typography.Text type="secondary">
                {t(
                  '由{{year}}年的记录(及上年记录的对比)生成总结草稿,记录无法说明的内容标为“【请补充:…】”,可在页面中修改后下载 Word 或 Markdown 文件。',
                  { year: report.year },
                )}
              </Typography.Text>
            )}
          </Card>
        </>
      )}
    </>
  );
}
