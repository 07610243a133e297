/**
 * Records that stand in court: every change to a case, transfer or seized item is kept as who, when and what changed.
 * This is the pure part: what changed between two snapshots of a record, field by field, as people read it.
 */
export interface FieldChange {
  field: string;
  /** The field's name as the record shows it (zh-CN). */
  label: string;
  from: string | null;
  to: string | null;
}

export type Snapshot = Record<string, unknown>;

/** How a value reads in the history: lists joined with 、, booleans 是/否, empty as null. */
export function display(value: unknown, labels?: Readonly<Record<string, string>>): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) {
    const items = value.map((item) => display(item, labels)).filter((item): item is string => item !== null);
    return items.length ? items.join('、') : null;
  }
  if (typeof value === 'boolean') return value ? '是' : '否';
  const text = String(value);
  return labels?.[text] ?? text;
}

/**
 * The fields whose displayed value differs between `before` and `after`, in the order of `fields`. A record that is
 * new has `before` null: every non-empty field is a change from nothing.
 */
export function diff(
  before: Snapshot | null,
  after: Snapshot,
  fields: Readonly<Record<string, { label: string; values?: Readonly<Record<string, string>> }>>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, { label, values }] of Object.entries(fields)) {
    const from = before ? display(before[field], values) : null;
    const to = display(after[field], values);
    if (from !== to) changes.push({ field, label, from, to });
  }
  return changes;
}

/** One line for the timeline: 「状态:调查取证 → 告知;法律依据:… 」. */
export function summarize(changes: readonly FieldChange[]): string {
  return changes.map((c) => `${c.label}:${c.from ?? '(空)'} → ${c.to ?? '(空)'}`).join(';');
}
