import { type LabelMap, labelOf, useT } from '@shian/ui-kit';
import { Card, Col, Row, Table } from '@shian/antd';
import type { FocusArea, FocusPeriod, FocusVariety } from '../gql/graphql';
import { FOCUS_AREA, FOCUS_PERIOD, FOCUS_VARIETY } from '../labels';

interface Figure {
  batches: number;
  unqualified: number;
}

export interface FocusFiguresData {
  focusBatches: number;
  byFocusVariety: (Figure & { variety: FocusVariety })[];
  byFocusPeriod: (Figure & { period: FocusPeriod })[];
  byFocusArea: (Figure & { area: FocusArea })[];
}

function AxisTable({ title, rows }: { title: string; rows: { key: string; label: string; figure: Figure }[] }) {
  const t = useT();
  return (
    <Table
      size="small"
      pagination={false}
      aria-label={t('按{{title}}统计', { title })}
      rowKey="key"
      dataSource={rows}
      columns={[
        { title, dataIndex: 'label' },
        { title: t('批次'), key: 'batches', align: 'right', render: (_, row) => row.figure.batches },
        { title: t('不合格'), key: 'unqualified', align: 'right', render: (_, row) => row.figure.unqualified },
      ]}
    />
  );
}

/** The year's batches by 重点品种、时段、区域, as the subgraph counts them (every value, zeros included). */
export function FocusFigures({ year, figures }: { year: number; figures: FocusFiguresData }) {
  const t = useT();
  const rows = <K extends string>(map: LabelMap<K>, values: (Figure & { key: K })[]) =>
    values.map((figure) => ({ key: figure.key, label: labelOf(map, figure.key), figure }));
  const axes = [
    {
      title: t('重点品种'),
      span: { xs: 24, lg: 10 },
      rows: rows(
        FOCUS_VARIETY,
        figures.byFocusVariety.map((f) => ({ ...f, key: f.variety })),
      ),
    },
    {
      title: t('重点时段'),
      span: { xs: 24, md: 12, lg: 7 },
      rows: rows(
        FOCUS_PERIOD,
        figures.byFocusPeriod.map((f) => ({ ...f, key: f.period })),
      ),
    },
    {
      title: t('重点区域'),
      span: { xs: 24, md: 12, lg: 7 },
      rows: rows(
        FOCUS_AREA,
        figures.byFocusArea.map((f) => ({ ...f, key: f.area })),
      ),
    },
  ];
  return (
    <Card
      size="small"
      title={t('{{year}}年重点品种、时段、区域抽检', { year })}
      extra={t('带重点标注 {{count}} 批次', { count: figures.focusBatches })}
      style={{ marginBottom: 16 }}
      data-testid="focus-figures"
    >
      <Row gutter={16}>
        {axes.map((axis) => (
          <Col key={axis.title} {...axis.span}>
            <AxisTable title={axis.title} rows={axis.rows} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
