import { kitT, type LabelMap, labelOf } from '@shian/ui-kit';
import { CaseStatusLabels, EntityCategoryLabels } from './gql/labels';

/**
 * The labels of enums that several domains show: one map each, so that a business's category or a clock's state
 * reads the same (words, colour, English) in every module. A remote's `src/labels.ts` re-exports what it shows and
 * keeps its own domain's enums; the texts' English is the kit's catalog (`src/messages/en.json`), which a remote's
 * `t` falls back to.
 */

/**
 * An enum's label map from its words and its colours. The words are the API schema's (the generated
 * `src/gql/labels.ts`: `<Enum>Labels`, in the schema's order); a remote adds what is its own, the colours of the
 * values that have one. An enum the UI words otherwise than the schema keeps a plain `LabelMap` of its own.
 */
export function withColors<K extends string>(
  labels: Readonly<Record<K, string>>,
  colors: Readonly<Partial<Record<K, string>>> = {} as Partial<Record<K, string>>,
): LabelMap<K> {
  return Object.fromEntries(
    (Object.keys(labels) as K[]).map((key) => [
      key,
      colors[key] ? { label: labels[key], color: colors[key] } : { label: labels[key] },
    ]),
  ) as LabelMap<K>;
}

/** A business's category in the entities register (the API's `EntityCategory`), in the schema's order. */
export const ENTITY_CATEGORY = withColors(EntityCategoryLabels, {
  FOOD_PRODUCER: 'purple',
  FOOD_SELLER: 'blue',
  CATERING: 'cyan',
  SMALL_WORKSHOP: 'gold',
  FOOD_VENDOR: 'lime',
  SCHOOL_CANTEEN: 'geekblue',
  COLLECTIVE_DINING: 'magenta',
  ONLINE_CATERING: 'volcano',
});

/** Enforcement's case status where another record shows its cases (`CaseTable`), as plain words. */
export const CASE_STATUS = withColors(CaseStatusLabels);

/**
 * A statutory clock's state. Each subgraph that runs clocks has its own enum of it (sampling's `ClockStatus`,
 * enforcement's `EnforcementClockStatus`, risk's `DutyClockStatus`), all with these five values: one clock engine.
 */
export type ClockState = 'RUNNING' | 'PAUSED' | 'OVERDUE' | 'MET' | 'LATE';

export const CLOCK_STATUS: LabelMap<ClockState> = {
  RUNNING: { label: '计时中', color: 'blue' },
  PAUSED: { label: '暂停计时', color: 'default' },
  OVERDUE: { label: '已超期', color: 'red' },
  MET: { label: '按期完成', color: 'green' },
  LATE: { label: '超期完成', color: 'orange' },
};

/**
 * The entries of `map` for `keys`, in the keys' order: the labels of an enum whose values are some of another's
 * (training's audiences are categories of the register, in training's own order).
 */
export function pickLabels<K extends string, P extends K>(map: LabelMap<K>, keys: readonly P[]): LabelMap<P> {
  return Object.fromEntries(keys.map((key) => [key, map[key]])) as LabelMap<P>;
}

/**
 * Several values of an enum in one cell, by their labels in the values' order: `区公安分局、区教育科技局`. None (or no
 * list) reads `empty`: — unless said ('' in a sheet's cell or a sentence).
 */
export function labelList<K extends string>(
  map: LabelMap<K>,
  values: readonly string[] | null | undefined,
  empty = '—',
): string {
  return values?.length ? values.map((value) => labelOf(map, value as K)).join(kitT('、')) : empty;
}
