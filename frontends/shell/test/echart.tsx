/** The dashboard's chart in the shell's tests (see test/setup.ts): a placeholder where ECharts would draw. */
export default function EChart() {
  return <div data-testid="echart" />;
}
