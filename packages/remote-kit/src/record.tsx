import { Flex, Skeleton, Table, type TableColumnsType } from '@shian/antd';
import { type AnyVariables, type TypedDocumentNode, useQuery } from '@shian/graphql-client';
import { useNavigate, useParams } from '@shian/router';
import {
  AuditTrailCard,
  AuditTrailPanel,
  type AuditTrailPanelProps,
  canReadAuditTrail,
  ErrorPanel,
  type ExportColumn,
  ExportRowsButton,
  kitT,
  PageHeader,
  PartialNotice,
  useT,
} from '@shian/ui-kit';
import type { ReactNode } from 'react';
import { useCurrentUser, useModulePath } from './module';

export interface RecordSpec<Data, Variables extends AnyVariables, Record> {
  query: TypedDocumentNode<Data, Variables>;
  /** The route's `:id` unless said (a case also asks whether the caller is the bureau's). */
  variables?: Variables;
  /** The record in the answer (`data.risk`); null when the server has none for the caller. */
  pick: (data: Data) => Record | null | undefined;
  /** Why there is no record when the server answered none without an error (a message key: 未找到该样品…). */
  missing: string;
}

export interface RecordView<Record> {
  /** The record once it is there; until then `fallback` is what the page shows. */
  record: Record | null | undefined;
  fallback: ReactNode;
  /** The answer's error beside a record: another domain's fields are missing (`RecordHeader` says so). */
  error: unknown;
  reload: () => void;
}

/** A record's query as it stands, in the props `PrintView` takes: `<PrintView {...useRecordQuery(spec)} …>`. */
export interface RecordQuery<Record> {
  record: Record | null | undefined;
  fetching: boolean;
  error: unknown;
  /** Asks the server again, past the cache. */
  onRetry: () => void;
}

/**
 * A record's query by the route's `:id` (unless `variables` says) and the record picked from its answer, for a
 * page that shows the states itself (a print view's `PrintView`); `useRecord` is this with a record page's states.
 */
export function useRecordQuery<Data, Variables extends AnyVariables, Record>(
  spec: Omit<RecordSpec<Data, Variables, Record>, 'missing'>,
): RecordQuery<Record> {
  const { id = '' } = useParams();
  const variables = spec.variables ?? ({ id } as unknown as Variables);
  const [{ data, fetching, error }, refetch] = useQuery({ query: spec.query, variables });
  return {
    record: data ? spec.pick(data) : undefined,
    fetching,
    error,
    onRetry: () => refetch({ requestPolicy: 'network-only' }),
  };
}

/**
 * A record page's query: while it loads a skeleton, a refusal or a failure in place of the page with 重试, and
 * 记录不存在 when the server has no such record for the caller. With the record itself, an error is about another
 * domain's fields: the record is shown and `RecordHeader` says what is missing.
 */
export function useRecord<Data, Variables extends AnyVariables, Record>(
  spec: RecordSpec<Data, Variables, Record>,
): RecordView<Record> {
  const t = useT();
  const { record, fetching, error, onRetry: reload } = useRecordQuery(spec);
  let fallback: ReactNode = null;
  if (error && !record) fallback = <ErrorPanel error={error} onRetry={reload} />;
  else if (fetching && !record) fallback = <Skeleton active />;
  else if (!record) fallback = <ErrorPanel title="记录不存在" error={new Error(t(spec.missing))} />;
  return { record, fallback, error, reload };
}

export interface RecordHeaderProps {
  /** The page's `useRecord`: its partial answer's notice goes above the header. */
  view: Pick<RecordView<unknown>, 'error' | 'reload'>;
  title: ReactNode;
  subTitle?: ReactNode;
  /** Where 返回 leads in the module (`/incidents`). */
  back: string;
  extra?: ReactNode;
  /** The record's tags under its title (status, level, code). */
  children?: ReactNode;
}

/** A record's title with its tags, 返回 to its list, and its actions; above it, what of another domain is missing. */
export function RecordHeader({ view, title, subTitle, back, extra, children }: RecordHeaderProps) {
  const to = useModulePath();
  const navigate = useNavigate();
  return (
    <>
      {view.error ? <PartialNotice error={view.error} onRetry={view.reload} /> : null}
      <PageHeader title={title} subTitle={subTitle} onBack={() => navigate(to(back))} extra={extra}>
        {children && (
          <Flex gap={4} wrap>
            {children}
          </Flex>
        )}
      </PageHeader>
    </>
  );
}

export interface RecordTableProps<T> {
  rows: readonly T[];
  columns: TableColumnsType<T>;
  /** The table's accessible name (案件文书), as antd's tables take it. */
  'aria-label'?: string;
  /** What it says when there are no rows (translated by the caller). */
  empty?: string;
  /** A row's key when the rows have no `id` (a history's time and value). */
  rowKey?: (row: T) => string;
  /** Its 导出Excel above it, on the right. */
  exportAs?: { columns: readonly ExportColumn<T>[]; filename: string };
  /** What may be done to the list (新增…) above it, on the left; nothing when false. */
  actions?: ReactNode;
}

/**
 * A record's short list, all rows at once (a case's documents, an incident's samples, a business's licences), with
 * what to say when there are none, and above it what may be done (`actions`) and its 导出Excel (`exportAs`). The
 * titles come translated.
 */
export function RecordTable<T extends object>({
  rows,
  columns,
  'aria-label': label,
  empty,
  rowKey,
  exportAs,
  actions,
}: RecordTableProps<T>) {
  const table = (
    <Table<T>
      aria-label={label}
      style={{ width: '100%' }}
      size="small"
      rowKey={rowKey ?? 'id'}
      pagination={false}
      dataSource={rows as T[]}
      locale={empty === undefined ? undefined : { emptyText: empty }}
      columns={columns}
    />
  );
  if (!exportAs && !actions) return table;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" gap={8}>
        <div>{actions}</div>
        {exportAs && <ExportRowsButton rows={rows} columns={exportAs.columns} filename={exportAs.filename} />}
      </Flex>
      {table}
    </Flex>
  );
}

/** A domain's part of `auditTrail` as its record pages read it: its query, its page of the answer, its labels. */
export type RecordAuditTrail<Data> = Pick<
  AuditTrailPanelProps<Data>,
  'query' | 'pick' | 'recordTypeLabels' | 'fieldLabels'
>;

/**
 * A domain's 操作记录, bound once in its `src/audit.ts` (query, pick, its record types' labels) so that a record page
 * names only the record: `<RecordAuditCard trail={Audit} recordType="Sample" recordId={id} />` below a page laid out
 * in cards, or `const auditTab = useRecordAuditTab(Audit)` and `...auditTab('Case', id)` among its tabs.
 */
export const recordAudit = <Data,>(trail: RecordAuditTrail<Data>): RecordAuditTrail<Data> => trail;

/** The record's 操作记录 card, with its children's rows; nothing at all (no request) unless a leader reads it. */
export function RecordAuditCard<Data>({
  trail,
  recordType,
  recordId,
}: {
  trail: RecordAuditTrail<Data>;
  recordType: string;
  recordId: string;
}) {
  return <AuditTrailCard role={useCurrentUser()?.role} recordType={recordType} recordId={recordId} {...trail} />;
}

/** The 操作记录 tab of a record's tabs, as a list to spread: empty unless a leader reads it. */
export function useRecordAuditTab<Data>(trail: RecordAuditTrail<Data>) {
  useT();
  const reader = canReadAuditTrail(useCurrentUser()?.role);
  return (recordType: string, recordId: string) =>
    reader
      ? [
          {
            key: 'audit',
            label: kitT('操作记录'),
            children: <AuditTrailPanel recordType={recordType} recordId={recordId} withChildren {...trail} />,
          },
        ]
      : [];
}
