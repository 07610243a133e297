import { Tag } from 'antd';
import { t } from './i18n';

export interface LabelEntry {
  label: string;
  /** An antd preset colour (green, red, orange, blue, …) or a CSS colour. */
  color?: string;
}

/** Enum value → label (and colour): a remote keeps one such map per enum. Labels are message keys: shown translated. */
export type LabelMap<K extends string> = Record<K, LabelEntry>;

export function labelOf<K extends string>(map: LabelMap<K>, value: K | null | undefined, empty = '—'): string {
  if (value == null) return t(empty);
  const label = map[value]?.label;
  return label ? t(label) : value;
}

/** Options for a Select over an enum, in the map's order. */
export function optionsOf<K extends string>(map: LabelMap<K>): { value: K; label: string }[] {
  return (Object.keys(map) as K[]).map((value) => ({ value, label: t(map[value].label) }));
}

export function StatusTag<K extends string>({
  value,
  map,
  empty = '—',
}: {
  value: K | null | undefined;
  map: LabelMap<K>;
  empty?: string;
}) {
  if (value == null) return <span>{t(empty)}</span>;
  const entry = map[value];
  return <Tag color={entry?.color}>{entry?.label ? t(entry.label) : value}</Tag>;
}
