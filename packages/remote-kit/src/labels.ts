import type { LabelMap } from '@shian/ui-kit';
import type { EntityCategory } from './gql/graphql';

/**
 * The labels of enums that several domains show: one map each, so that a business's category or a clock's state
 * reads the same (words, colour, English) in every module. A remote's `src/labels.ts` re-exports what it shows and
 * keeps its own domain's enums; the texts' English is the kit's catalog (`src/messages/en.json`), which a remote's
 * `t` falls back to.
 */

/** A business's category in the entities register (the API's `EntityCategory`), in the schema's order. */
export const ENTITY_CATEGORY: LabelMap<EntityCategory> = {
  FOOD_PRODUCER: { label: '食品生产企业', color: 'purple' },
  FOOD_SELLER: { label: '食品销售者', color: 'blue' },
  CATERING: { label: '餐饮服务', color: 'cyan' },
  SMALL_WORKSHOP: { label: '食品小作坊', color: 'gold' },
  FOOD_VENDOR: { label: '食品摊贩', color: 'lime' },
  SCHOOL_CANTEEN: { label: '学校食堂', color: 'geekblue' },
  COLLECTIVE_DINING: { label: '集中用餐单位', color: 'magenta' },
  ONLINE_CATERING: { label: '网络餐饮', color: 'volcano' },
};

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
