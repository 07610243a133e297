// The browser-safe part of @shian/auth: its root also carries Node-only code (keys, node:crypto).
import { DEPARTMENT_LABELS, type Department, ROLE_LABELS, type Role } from '@shian/auth/identity';
import { type TypedDocumentNode, useQuery } from '@shian/graphql-client';
import { Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { ErrorPanel } from './ErrorPanel';
import { t, useT, kitT } from './i18n';
import { useCursorPagination } from './pagination';
import type { LabelMap } from './StatusTag';

/** One row of `auditTrail`'s `AuditPage` (docs/api.md#audit-trail), as a record's 操作记录 tab shows it. */
export interface AuditRecordView {
  id: string;
  at: string;
  kind: string;
  recordType: string;
  recordId: string;
  parentId?: string | null;
  operation?: string | null;
  action?: string | null;
  actor: { username: string; name: string; role: string; department?: string | null };
  changes: readonly { field: string; label?: string | null; from?: string | null; to?: string | null }[];
  cursor: string;
}

export interface AuditPageView {
  nodes: readonly AuditRecordView[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** What the tab sends: the record's filter and the page (`first` per domain, `after` a row's cursor). */
export interface AuditTrailVariables {
  filter: { recordType?: string; recordId: string };
  first: number;
  after: string | null;
}

/**
 * An audit row's kind (the schema's `AuditKind`). Written here, not generated: ui-kit is the shell's too and has no
 * codegen; remote-kit's labels test holds it to the schema's words (OPERATION's without the schema's note).
 */
export const AUDIT_KIND: LabelMap<'CREATE' | 'UPDATE' | 'DELETE' | 'READ' | 'OPERATION'> = {
  CREATE: { label: '新建', color: 'green' },
  UPDATE: { label: '修改', color: 'blue' },
  DELETE: { label: '删除', color: 'red' },
  READ: { label: '查阅个人信息', color: 'orange' },
  OPERATION: { label: '其他操作' },
};

/** The server refuses everyone but the bureau's leaders (FORBIDDEN): the tab is not offered to anyone else. */
export const canReadAuditTrail = (role: string | null | undefined) => role === 'leader';

/** 局领导, 执法人员 … 协作部门 · 公安; `system` for the demo data and scheduled jobs. */
export function auditActorRole(actor: Pick<AuditRecordView['actor'], 'role' | 'department'>): string {
  if (actor.role === 'system') return kitT('系统');
  const role = t(ROLE_LABELS[actor.role as Role] ?? actor.role);
  const department = actor.department ? t(DEPARTMENT_LABELS[actor.department as Department]) : undefined;
  return department ? `${role} · ${department}` : role;
}

const BEIJING = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An instant in Beijing time (the bureau's), whatever the browser's zone: 2025-03-01 09:05:00. */
export function formatBeijingTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const part = Object.fromEntries(BEIJING.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second}`;
}

export interface AuditTrailPanelProps<Data> {
  /** The remote's typed operation (its own codegen, so the gateway's trusted list holds it). */
  query: TypedDocumentNode<Data, AuditTrailVariables>;
  /** This domain's page of the answer (`data.auditTrail.<domain>`); null when the domain did not answer. */
  pick: (data: Data) => AuditPageView | null | undefined;
  /** The record: its entity name (`Case`, `Entity` …) and id. */
  recordType: string;
  recordId: string;
  /**
   * Also the rows of records belonging to it (their `parentId` is this record: a case's transfers). The API's
   * `recordId` already matches those, but `recordType` would exclude them, so only the id is sent and other
   * types' rows are kept only when they name this record as their parent.
   */
  withChildren?: boolean;
  /** Record type → label (移送, 涉案财物): with `withChildren`, a 记录 column says which record a row is about. */
  recordTypeLabels?: Record<string, string>;
  /** Field → label for rows the ORM wrote (their changes carry no label): the record's form labels. */
  fieldLabels?: Record<string, string>;
  pageSize?: number;
}

const EMPTY = '(空)';

function Changes({ row, fieldLabels }: { row: AuditRecordView; fieldLabels?: Record<string, string> }) {
  const label = (c: AuditRecordView['changes'][number]) =>
    c.label ?? t(fieldLabels?.[c.field] ?? (c.field === 'arguments' ? '参数' : c.field));
  if (row.changes.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  // A read records which personal fields were shown, never their values.
  if (row.kind === 'READ')
    return <span>{kitT('查阅:{{fields}}', { fields: row.changes.map(label).join(kitT('、')) })}</span>;
  return (
    <ul style={{ margin: 0, paddingLeft: 16 }}>
      {row.changes.map((c) => (
        <li key={c.field}>
          {label(c)}:
          {row.kind === 'CREATE'
            ? (c.to ?? t(EMPTY))
            : row.kind === 'DELETE'
              ? (c.from ?? t(EMPTY))
              : c.field === 'arguments' && c.from == null
                ? (c.to ?? t(EMPTY))
                : `${c.from ?? t(EMPTY)} → ${c.to ?? t(EMPTY)}`}
        </li>
      ))}
    </ul>
  );
}

/**
 * A record's 操作记录 tab: its rows of the audit trail, newest first, paged with the rows' cursors. Render it for
 * leaders only (`canReadAuditTrail`); a failed request shows its error in Chinese with 重试.
 */
export function AuditTrailPanel<Data>(props: AuditTrailPanelProps<Data>) {
  useT();
  const { recordType, recordId, withChildren } = props;
  const pagination = useCursorPagination(`${recordType}:${recordId}`, props.pageSize ?? 20);
  const filter = withChildren ? { recordId } : { recordType, recordId };
  // The page's own writes answer with the record's type: the trail is read again after each, not left stale.
  const context = useMemo(() => ({ additionalTypenames: [recordType] }), [recordType]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: props.query,
    variables: { filter, first: pagination.variables.first, after: pagination.variables.after },
    context,
  });
  const page = data ? props.pick(data) : undefined;
  if ((error && !page) || (data && !page)) {
    return (
      <ErrorPanel
        compact
        // A Chinese message is a key: the panel shows it through errorText, in the current language.
        error={error ?? new Error('操作记录暂不可用')}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  }
  const rows = (page?.nodes ?? []).filter(
    (row) =>
      (row.recordType === recordType && row.recordId === recordId) || (withChildren && row.parentId === recordId),
  );
  return (
    <Flex vertical gap={12}>
      <Table<AuditRecordView>
        aria-label={kitT('操作记录')}
        size="small"
        rowKey="id"
        loading={fetching}
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: kitT('暂无操作记录') }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: kitT('时间'), key: 'at', render: (_, row) => formatBeijingTime(row.at) },
          {
            title: kitT('操作人'),
            key: 'actor',
            render: (_, row) => (
              <span>
                {row.actor.name} <Typography.Text type="secondary">{auditActorRole(row.actor)}</Typography.Text>
              </span>
            ),
          },
          {
            title: kitT('操作'),
            key: 'what',
            render: (_, row) => (
              <Flex gap={4} align="center">
                <Tag color={AUDIT_KIND[row.kind as keyof typeof AUDIT_KIND]?.color}>
                  {kitT(AUDIT_KIND[row.kind as keyof typeof AUDIT_KIND]?.label ?? row.kind)}
                </Tag>
                {row.action && <span>{row.action}</span>}
              </Flex>
            ),
          },
          ...(props.recordTypeLabels
            ? [
                {
                  title: kitT('记录'),
                  key: 'record',
                  render: (_: unknown, row: AuditRecordView) =>
                    t(props.recordTypeLabels?.[row.recordType] ?? row.recordType),
                },
              ]
            : []),
          {
            title: kitT('变更内容'),
            key: 'changes',
            render: (_, row) => <Changes row={row} fieldLabels={props.fieldLabels} />,
          },
        ]}
      />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">
          {kitT('第 {{page}} 页 · 最新的在前', { page: pagination.page })}
        </Typography.Text>
        <Flex gap={8}>
          <Button size="small" disabled={pagination.page === 1 || fetching} onClick={pagination.first}>
            {kitT('首页')}
          </Button>
          <Button size="small" disabled={pagination.page === 1 || fetching} onClick={pagination.previous}>
            {kitT('上一页')}
          </Button>
          <Button
            size="small"
            disabled={!page?.pageInfo.hasNextPage || fetching}
            onClick={() => pagination.next(page?.pageInfo.endCursor)}
          >
            {kitT('下一页')}
          </Button>
        </Flex>
      </Flex>
    </Flex>
  );
}

/**
 * A record page's 操作记录 section for a page laid out in cards rather than tabs: nothing at all (no request) unless
 * the caller may read the trail; otherwise the record's rows and its children's (`withChildren`), whose record type
 * `recordTypeLabels` names.
 */
export function AuditTrailCard<Data>({
  role,
  ...props
}: AuditTrailPanelProps<Data> & { role: string | null | undefined }) {
  useT();
  if (!canReadAuditTrail(role)) return null;
  return (
    <Card title={kitT('操作记录')} style={{ marginTop: 16 }}>
      <AuditTrailPanel withChildren {...props} />
    </Card>
  );
}
