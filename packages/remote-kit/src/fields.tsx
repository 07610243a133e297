import { DatePicker, Form, type FormItemProps, Input, InputNumber, Select } from '@shian/antd';
import { kitT, type LabelMap, optionsOf, useT } from '@shian/ui-kit';
import dayjs, { type Dayjs } from 'dayjs';
import type { CSSProperties, ReactNode } from 'react';
import { todayInChina } from './format';
import { type FieldRule, requiredText } from './rules';
import { TownshipSelect, useOwnTownship } from './TownshipSelect';

interface FieldProps {
  /** The form's field, as the mutation's input names it: a path (`[row, 'task']`) inside a Form.List's row. */
  name: NonNullable<FormItemProps['name']>;
  /** Its label (the remote's text, translated here). */
  label: string;
  /** The message when it is left empty (translated here); without it the field may stay empty. */
  required?: string;
  /** Below the field (translated by the caller, as it may be a node). */
  extra?: ReactNode;
  /** The item's place in a row of fields (`{ flex: 1 }`). */
  style?: CSSProperties;
  /** Its own rules after `required` (one value against another field's). */
  rules?: FieldRule[];
  dependencies?: string[];
}

/** `required`'s rule (its message translated) before the field's own. */
function useRules(required: string | undefined, own: FieldRule[] = []): FieldRule[] {
  const t = useT();
  return [...(required ? [{ required: true, message: t(required) }] : []), ...own];
}

/** The labelled Form.Item every field is: its label translated, its rules, its place in the row. */
function FieldItem(props: {
  field: Omit<FieldProps, 'required'>;
  rules: FieldRule[];
  initialValue?: unknown;
  children: ReactNode;
}) {
  const t = useT();
  const { field, rules, initialValue, children } = props;
  const { name, label, dependencies, extra, style } = field;
  return (
    <Form.Item
      label={t(label)}
      name={name}
      rules={rules}
      dependencies={dependencies}
      extra={extra}
      style={style}
      initialValue={initialValue}
    >
      {children}
    </Form.Item>
  );
}

export interface TextFieldProps extends Omit<FieldProps, 'required'> {
  /**
   * Required as the subgraph requires it (not blank): with the message to show, or `true` for 请填写 and the label.
   * `false` (a text required only in some states) leaves it optional.
   */
  required?: string | boolean;
  /** At most that many characters, as the subgraph refuses a longer one (the message names the field). */
  max?: number;
  /** A text area of that many rows instead of one line. */
  rows?: number;
  placeholder?: string;
  /** The characters counted as they are typed (12 / 500), and no more than `max` taken (a reply, a finding). */
  counted?: boolean;
}

/**
 * A text the form sends (a title, a theme, an organizer, a summary): required as the subgraphs require it (not blank)
 * when `required` says, and at most `max` characters.
 */
export function TextField(props: TextFieldProps) {
  const { label, required, max, rows, placeholder, counted, rules = [] } = props;
  const t = useT();
  const limits: FieldRule[] = [
    ...(required ? requiredText(required === true ? kitT('请填写{{label}}', { label: t(label) }) : t(required)) : []),
    ...(max ? [{ max, message: kitT('{{label}}不能超过{{max}}个字符', { label: t(label), max }) }] : []),
  ];
  const input = { placeholder: placeholder && t(placeholder), ...(counted && { showCount: true, maxLength: max }) };
  return (
    <FieldItem field={props} rules={[...limits, ...rules]}>
      {rows ? <Input.TextArea rows={rows} {...input} /> : <Input {...input} />}
    </FieldItem>
  );
}

export interface ChoiceFieldProps extends FieldProps {
  /** The enum's label map, its choices in the map's order (labels translated). */
  labels: LabelMap<string>;
  placeholder?: string;
}

/** One value of an enum chosen from its label map (类别, 发布渠道, 舆情等级, 等级). */
export function ChoiceField(props: ChoiceFieldProps) {
  const { labels, required, rules, placeholder } = props;
  const t = useT();
  return (
    <FieldItem field={props} rules={useRules(required, rules)}>
      <Select options={optionsOf(labels)} placeholder={placeholder && t(placeholder)} />
    </FieldItem>
  );
}

export interface DateFieldProps extends FieldProps {
  /** A moment of the day too (a post's 发布时间), not the day alone. */
  showTime?: boolean;
}

/** A day (or with `showTime` a moment) the form sends, across its place in the row. */
export function DateField(props: DateFieldProps) {
  const { required, rules, showTime } = props;
  return (
    <FieldItem field={props} rules={useRules(required, rules)}>
      <DatePicker showTime={showTime} style={{ width: '100%' }} />
    </FieldItem>
  );
}

/**
 * A picker's `disabledDate` for a day that has happened: days after Beijing's today, as the subgraphs count it, are
 * not offered, whatever the browser's own today is.
 */
export const afterToday = (day: Dayjs) => day.format('YYYY-MM-DD') > todayInChina();

export interface PastDayFieldProps extends Pick<FieldProps, 'name' | 'label' | 'style'> {
  /**
   * A step that follows another: no day before `on` (the earlier step's day, "YYYY-MM-DD") is offered; `label` names
   * that step's day (translated here) in the words `refuseTyped` says ({{label}}不能早于{{after}}).
   */
  after?: { on: string; label: string };
  /**
   * A day typed in after today (or before `after`) is refused in words before anything is sent
   * ({{label}}不能晚于今天), not only left out of the picker (sampling's steps).
   */
  refuseTyped?: boolean;
}

/**
 * A day the form records as it happened (received, inspected, found, a step taken): required (请选择{{label}}), and
 * not after today in Beijing, as no step is recorded ahead of time: the picker does not offer a later day.
 */
export function PastDayField(props: PastDayFieldProps) {
  const { after, refuseTyped } = props;
  const t = useT();
  const label = t(props.label);
  const problem = (value: Dayjs) => {
    if (afterToday(value)) return kitT('{{label}}不能晚于今天', { label });
    if (after && value.format('YYYY-MM-DD') < after.on) {
      return kitT('{{label}}不能早于{{after}}', { label, after: t(after.label) });
    }
    return undefined;
  };
  const said: FieldRule = {
    validator: async (_, value?: Dayjs | null) => {
      const message = value && problem(value);
      if (message) throw new Error(message);
    },
  };
  const rules: FieldRule[] = [
    { required: true, message: kitT('请选择{{label}}', { label }) },
    ...(refuseTyped ? [said] : []),
  ];
  return (
    <FieldItem field={props} rules={rules}>
      <DatePicker style={{ width: '100%' }} disabledDate={(day) => problem(day) !== undefined} />
    </FieldItem>
  );
}

export interface PastMomentFieldProps extends FieldProps {
  /** The message when it is left empty (translated here): a moment is always required. */
  required: string;
  /** The message for a moment after now (translated here): 发生时间不能晚于现在. */
  future: string;
}

/**
 * A moment that has happened (an incident's 发生时间, a report's 接报时间, an opinion's 发现时间), to the minute:
 * required, and refused when after now, in the caller's words; then the field's own `rules`.
 */
export function PastMomentField(props: PastMomentFieldProps) {
  const { required, future, rules = [] } = props;
  const t = useT();
  const notAfterNow: FieldRule = {
    validator: async (_, value?: Dayjs | null) => {
      if (value?.isAfter(dayjs())) throw new Error(t(future));
    },
  };
  return (
    <FieldItem field={props} rules={useRules(required, [notAfterNow, ...rules])}>
      <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
    </FieldItem>
  );
}

/**
 * The township a record belongs to: a township officer's own, fixed (the field starts at it, so no form forgets it);
 * the bureau picks one, or without `required` none (全区, a district-wide record).
 */
export function TownshipField(props: FieldProps) {
  const { required, rules } = props;
  const own = useOwnTownship();
  return (
    <FieldItem field={props} rules={useRules(required, rules)} initialValue={own}>
      <TownshipSelect
        allowClear={!required && !own}
        disabled={Boolean(own)}
        placeholder={kitT(required ? '请选择' : '全区')}
      />
    </FieldItem>
  );
}

export interface CountFieldProps extends FieldProps {
  /** The least count taken (0 unless said: 参考人数 is at least 1). */
  min?: number;
  /** The most the input takes (100 000 people at a joint operation): a larger number is brought down to it. */
  max?: number;
}

/** A count the form sends (份数, 人数, 阅读量): a whole number, none below `min`. */
export function CountField(props: CountFieldProps) {
  const { required, min = 0, max, rules = [] } = props;
  const whole: FieldRule = { type: 'integer', min, message: kitT('应为不小于 {{min}} 的整数', { min }) };
  return (
    <FieldItem field={props} rules={useRules(required, [whole, ...rules])}>
      <InputNumber precision={0} max={max} style={{ width: '100%' }} />
    </FieldItem>
  );
}

/**
 * A field's rule against another field of the form (提升后等级 above 原等级, 合格人数 at most 参考人数): `check(value,
 * other)` answers the problem's message (translated) or nothing, asked once both are filled. Give the field the other
 * one in its `dependencies`, so that changing the other checks it again.
 */
export function comparedWith<V, O = V>(other: string, check: (value: V, other: O) => string | undefined): FieldRule {
  return ({ getFieldValue }) => ({
    validator: async (_, value?: V | null) => {
      const against: O | null | undefined = getFieldValue(other);
      if (value == null || against == null) return;
      const problem = check(value, against);
      if (problem) throw new Error(problem);
    },
  });
}
