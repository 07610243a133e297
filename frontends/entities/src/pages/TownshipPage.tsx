import { type ExportColumn, labelOf, t, useT } from '@shian/ui-kit';
import { Card, Tabs, type TableColumnsType } from '@shian/antd';
import { EntityRegister } from '../components/EntityRegister';
import { graphql } from '../gql';
import type { TownshipDetailQuery } from '../gql/graphql';
import { exportCells, RecordHeader, RecordTable, tableCells, useRecord } from '@shian/remote-kit';
import { NOTICE_KIND, TOWNSHIP_KIND } from '../labels';
import { noticeExportColumns } from '../notices';

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

const roundCell = exportCells<Round>();

const ROUND_COLUMNS: ExportColumn<Round>[] = [
  { title: '年度', value: 'year', width: 8 },
  { title: '批次', value: (r) => t('第{{batch}}批', { batch: r.batch }), width: 8 },
  { title: '督查日期', value: roundCell.date('inspectedOn'), width: 12 },
  { title: '发现问题', value: 'findings', width: 60 },
];

const NOTICE_COLUMNS = noticeExportColumns<Notice>();

/** The texts of a tab of the township's records: its label (with the count), what none reads as, the export's name. */
const RECORD_TABS = {
  rounds: { label: '督查({{count}})', empty: '暂无督查记录', filename: '{{township}}督查记录' },
  notices: { label: '提示函/督办函({{count}})', empty: '暂无函件', filename: '{{township}}提示函与督办函' },
};

const roundColumn = tableCells<Round>();

/** Built at render: the titles in the language of the screen. */
const roundTable = (): TableColumnsType<Round> => [
  { title: t('年度'), dataIndex: 'year' },
  { title: t('批次'), dataIndex: 'batch', render: (batch: number) => t('第{{batch}}批', { batch }) },
  { title: t('督查日期'), ...roundColumn.date('inspectedOn') },
  { title: t('发现问题'), dataIndex: 'findings' },
];

const noticeColumn = tableCells<Notice>();

const noticeTable = (): TableColumnsType<Notice> => [
  { title: t('文号'), dataIndex: 'number' },
  { title: t('类型'), ...noticeColumn.tag('kind', NOTICE_KIND) },
  { title: t('标题'), dataIndex: 'title' },
  { title: t('发文日期'), ...noticeColumn.date('sentOn') },
  { title: t('办理期限'), ...noticeColumn.date('dueOn') },
];

function recordsTab<T extends { id: string }>(
  key: keyof typeof RECORD_TABS,
  township: string,
  rows: readonly T[],
  columns: TableColumnsType<T>,
  exportColumns: ExportColumn<T>[],
) {
  const texts = RECORD_TABS[key];
  const exportAs = { columns: exportColumns, filename: t(texts.filename, { township }) };
  return {
    key,
    label: t(texts.label, { count: rows.length }),
    children: <RecordTable rows={rows} columns={columns} empty={t(texts.empty)} exportAs={exportAs} />,
  };
}

/** A township: its businesses, the bureau's supervision rounds there, and the notices sent to it. */
export function TownshipPage() {
  useT();
  const view = useRecord({ query: TownshipDetailDocument, pick: (d) => d.township, missing: '未找到该乡镇(街道)' });
  const township = view.record;
  if (!township) return view.fallback;
  return (
    <>
      <RecordHeader
        view={view}
        title={township.name}
        subTitle={t('{{kind}} · 区划代码 {{code}} · 主体 {{count}} 家', {
          kind: labelOf(TOWNSHIP_KIND, township.kind),
          code: township.id,
          count: township.entityCount,
        })}
        back="/townships"
      />
      <Card>
        <Tabs
          items={[
            { key: 'entities', label: t('辖区主体'), children: <EntityRegister fixedTownshipId={township.id} /> },
            recordsTab('rounds', township.name, township.supervisionRounds, roundTable(), ROUND_COLUMNS),
            recordsTab('notices', township.name, township.notices, noticeTable(), NOTICE_COLUMNS),
          ]}
        />
      </Card>
    </>
  );
}
