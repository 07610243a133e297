import { optionsOf, StatusTag } from '@shian/ui-kit';
import { Space } from '@shian/antd';
import { labelList, SelectFilter } from '@shian/remote-kit';
import type { FocusArea, FocusPeriod, FocusVariety } from '../gql/graphql';
import { FOCUS_AREA, FOCUS_PERIOD, FOCUS_VARIETY } from '../labels';

/** The three focus axes, in the order the plan names them (重点品种、重点时段、重点区域). */
export const FOCUS_AXES = [
  { key: 'focusVariety', label: '重点品种', map: FOCUS_VARIETY, width: 200 },
  { key: 'focusPeriod', label: '重点时段', map: FOCUS_PERIOD, width: 120 },
  { key: 'focusArea', label: '重点区域', map: FOCUS_AREA, width: 130 },
] as const;

export type FocusKey = (typeof FOCUS_AXES)[number]['key'];

export interface FocusLists {
  varieties: readonly FocusVariety[];
  periods: readonly FocusPeriod[];
  areas: readonly FocusArea[];
}

/** A record's focus as tags, every axis it carries; "—" when it carries none. */
export function FocusTags({ varieties, periods, areas }: FocusLists) {
  if (!varieties.length && !periods.length && !areas.length) return <>—</>;
  return (
    <Space size={[0, 4]} wrap>
      {varieties.map((v) => (
        <StatusTag key={v} value={v} map={FOCUS_VARIETY} />
      ))}
      {periods.map((p) => (
        <StatusTag key={p} value={p} map={FOCUS_PERIOD} />
      ))}
      {areas.map((a) => (
        <StatusTag key={a} value={a} map={FOCUS_AREA} />
      ))}
    </Space>
  );
}

/** One sample's single values as the lists FocusTags takes. */
export const sampleFocus = (row: {
  focusVariety?: FocusVariety | null;
  focusPeriod?: FocusPeriod | null;
  focusArea?: FocusArea | null;
}): FocusLists => ({
  varieties: row.focusVariety ? [row.focusVariety] : [],
  periods: row.focusPeriod ? [row.focusPeriod] : [],
  areas: row.focusArea ? [row.focusArea] : [],
});

/** Export cells: one column per axis, labels joined by 、. */
export const focusCells = (focus: FocusLists) => ({
  varieties: labelList(FOCUS_VARIETY, focus.varieties, ''),
  periods: labelList(FOCUS_PERIOD, focus.periods, ''),
  areas: labelList(FOCUS_AREA, focus.areas, ''),
});

/** The three focus filters (one value per axis, as SampleFilter and PlanFilter take them), kept in the list's address. */
export function FocusFilterSelects({ list }: { list: Parameters<typeof SelectFilter>[0]['list'] }) {
  return (
    <>
      {FOCUS_AXES.map((axis) => (
        <SelectFilter
          key={axis.key}
          list={list}
          name={axis.key}
          label={axis.label}
          options={optionsOf<string>(axis.map)}
          width={axis.width}
        />
      ))}
    </>
  );
}
