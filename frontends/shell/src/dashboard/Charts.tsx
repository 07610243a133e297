import { Card, Col, Row } from '@shian/antd';
import { useUiLocale } from '@shian/ui-kit';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { chartSpecs } from './chartOptions';
import type { Report } from './model';

// Only the parts of ECharts the dashboard draws, so its lazy chunk stays small.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** The year's breakdowns; loaded with ECharts on demand (the shell's first load does not carry them). */
export default function Charts({ report }: { report: Report }) {
  const { locale } = useUiLocale();
  // The options carry their texts: built again when the language switches.
  // biome-ignore lint/correctness/useExhaustiveDependencies: locale is the trigger, not an input.
  const specs = useMemo(() => chartSpecs(report), [report, locale]);
  return (
    <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
      {specs.map((spec) => (
        <Col
          key={spec.key}
          xs={24}
          lg={spec.key === 'grades-township' ? 24 : 12}
          xxl={spec.key === 'grades-township' ? 24 : 8}
        >
          <Card size="small" title={spec.title} data-chart={spec.key}>
            <ReactEChartsCore
              echarts={echarts}
              option={spec.option}
              notMerge
              style={{ height: 280 }}
              opts={{ renderer: 'canvas' }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
