import { type FieldRule, requiredText as notBlank } from '@shian/remote-kit';
import { t } from '@shian/ui-kit';

// The enforcement subgraph's text limits (requiredText/optionalText, 200 characters unless it says otherwise),
// checked in the form so an officer learns them before sending. `label` comes translated (t('…')) from the form;
// the rules are built as the form renders, so they are in the screen's language. The messages name the field
// (请填写案由, 案由不能超过200个字符), as the module's forms always have.

/** A text the server requires: not blank (the kit's `requiredText`), at most `max` characters. */
export const requiredText = (label: string, max = 200): FieldRule[] => [
  ...notBlank(t('请填写{{label}}', { label })),
  ...optionalText(label, max),
];

/** A text the server takes if given: at most `max` characters. */
export const optionalText = (label: string, max = 200): FieldRule[] => [
  { max, message: t('{{label}}不能超过{{max}}个字符', { label, max }) },
];
