import { Migration } from '@mikro-orm/migrations';
import { AUDIT_TABLE, auditTableStatements } from '@shian/subgraph-kit';

const DIALECT = 'postgresql';

/**
 * The case history (audit_entry) moves onto the kit's audit trail: every row copied into shian_audit (same id,
 * time, actor, action and labelled changes; the case as the row's parent), checked row for row, then the old table
 * dropped. The old rows did not record the actor's role: they say `unknown`. Written by hand (no entity changed
 * shape: the table simply goes).
 */
export class Migration20261205233500_history_onto_audit_trail extends Migration {
  override async up(): Promise<void> {
    // `migrate` creates the kit's tables first; the scratch database `migration:create` diffs against does not.
    for (const statement of auditTableStatements(DIALECT)) await this.execute(statement);
    const rows = await this.execute('select * from audit_entry');
    const types: Record<string, string> = { CASE: 'Case', TRANSFER: 'Transfer', SEIZED_ITEM: 'SeizedItem' };
    for (const row of rows) {
      const changes = (typeof row.changes === 'string' ? JSON.parse(row.changes) : row.changes) as {
        from: string | null;
      }[];
      await this.execute(
        `insert into ${AUDIT_TABLE} (id, at, seq, kind, record_type, record_id, parent_id, operation, action, actor_username, actor_name, actor_role, actor_township, actor_department, changes) values (?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, 'unknown', null, null, ?)`,
        [
          row.id,
          instant(row.at),
          Number(row.sequence),
          changes.every((change) => change.from == null) ? 'CREATE' : 'UPDATE',
          types[String(row.record_type)] ?? String(row.record_type),
          row.record_id,
          row.case_id,
          row.action,
          row.username,
          row.actor,
          JSON.stringify(changes),
        ],
      );
    }
    const [copied] = await this.execute(
      `select count(*) as n from ${AUDIT_TABLE} t join audit_entry a on a.id = t.id and a.record_id = t.record_id and a.action = t.action`,
    );
    if (Number(copied?.n) !== rows.length) {
      throw new Error(`history_onto_audit_trail: ${rows.length} history rows, ${Number(copied?.n)} copied`);
    }
    await this.execute('drop table audit_entry');
  }

  override async down(): Promise<void> {
    throw new Error('history_onto_audit_trail cannot be undone: the trail is append-only and the rows live there now');
  }
}

/** audit_entry.at as the trail stores it (ISO 8601, UTC): PostgreSQL answers a Date or its text, SQLite a number. */
function instant(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value))) {
    return new Date(Number(value)).toISOString();
  }
  // PostgreSQL's text form of timestamptz: `2024-03-01 02:00:00.123+00`.
  const text = String(value).replace(' ', 'T');
  const zoned = /([zZ]|[+-]\d\d(:?\d\d)?)$/.test(text);
  const date = new Date(zoned ? text.replace(/([+-]\d\d)$/, '$1:00') : `${text}Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`history_onto_audit_trail: unreadable time ${text}`);
  return date.toISOString();
}
