import { useQuery } from '@shian/graphql-client';
import { type ExportColumn, ErrorPanel, ExportRowsButton, PageHeader, t, useT } from '@shian/ui-kit';
import { Progress, Result, Table, type TableColumnsType } from '@shian/antd';
import { exportCells, tableCells, useCurrentUser } from '@shian/remote-kit';
import { SupervisionStationsDocument, type Station } from '../stations/queries';
import { StationChecklist } from '../stations/StationChecklist';

/** Who reads the stations: the bureau's people (the subgraph refuses partners and liaisons, FORBIDDEN). */
export const STATION_READERS: readonly string[] = ['leader', 'officer', 'township'];
/** Who ticks the checklist: district writers (setStationChecklistItem's requireDistrictWriter). */
const STATION_WRITERS: readonly string[] = ['leader', 'officer'];

const townshipNames = (s: Station) => s.townships.map((township) => township.name).join(t('、'));
const officerNames = (s: Station) =>
  s.officers.map((o) => t('{{name}}({{title}})', { name: o.name, title: o.title })).join(t('、'));

const cell = exportCells<Station>();
const column = tableCells<Station>();

const EXPORT_COLUMNS: ExportColumn<Station>[] = [
  { title: '监管所', value: 'name', width: 24 },
  { title: '覆盖乡镇(街道)', value: townshipNames, width: 36 },
  { title: '人员', value: officerNames, width: 40 },
  { title: '已完成检查项', value: 'checklistDone', width: 14 },
  { title: '检查项总数', value: (s) => s.checklist.length, width: 12 },
  {
    title: '未完成的检查项',
    value: (s) =>
      s.checklist
        .filter((i) => !i.done)
        .map((i) => i.label)
        .join(t('、')),
    width: 50,
  },
  { title: '更新时间', value: cell.dateTime('updatedAt'), width: 18 },
];

function Stations() {
  useT();
  const role = useCurrentUser()?.role ?? '';
  const canWrite = STATION_WRITERS.includes(role);
  const [{ data, fetching, error }, refetch] = useQuery({ query: SupervisionStationsDocument });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const stations = data?.supervisionStations ?? [];
  const done = stations.reduce((sum, s) => sum + s.checklistDone, 0);
  const total = stations.reduce((sum, s) => sum + s.checklist.length, 0);

  const columns: TableColumnsType<Station> = [
    { title: t('监管所'), dataIndex: 'name' },
    { title: t('覆盖乡镇(街道)'), key: 'townships', render: (_, s) => townshipNames(s) || '—' },
    { title: t('人员'), key: 'officers', render: (_, s) => officerNames(s) || '—' },
    {
      title: t('“两化”建设'),
      key: 'progress',
      width: 220,
      render: (_, s) => (
        <span data-testid={`progress-${s.id}`}>
          <Progress
            percent={s.checklist.length ? Math.round((s.checklistDone / s.checklist.length) * 100) : 0}
            format={() => `${s.checklistDone}/${s.checklist.length}`}
            size="small"
          />
        </span>
      ),
    },
    { title: t('更新时间'), ...column.dateTime('updatedAt') },
  ];

  return (
    <>
      <PageHeader
        title="基层监管所"
        subTitle={
          data
            ? t('共 {{count}} 个,“两化”检查项已完成 {{done}}/{{total}}', { count: stations.length, done, total })
            : undefined
        }
        extra={<ExportRowsButton rows={stations} columns={EXPORT_COLUMNS} filename="基层监管所" />}
      />
      {error ? (
        <ErrorPanel error={error} onRetry={reload} />
      ) : (
        <Table<Station>
          aria-label={t('基层监管所列表')}
          rowKey="id"
          loading={fetching}
          dataSource={stations}
          pagination={false}
          columns={columns}
          expandable={{
            expandedRowRender: (s) => <StationChecklist station={s} canWrite={canWrite} onChanged={reload} />,
          }}
        />
      )}
    </>
  );
}

/** `/stations`: 基层监管所, the townships each covers, its officers and its 两化 checklist. */
export function StationsPage() {
  useT();
  const role = useCurrentUser()?.role ?? '';
  if (!STATION_READERS.includes(role))
    return <Result status="403" title={t('无权查看')} subTitle={t('基层监管所仅供区局和乡镇(街道)监管人员查看')} />;
  return <Stations />;
}
