import type { Dayjs } from 'dayjs';

/**
 * A mutation's input as its form holds it: the input type the codegen made from the schema, with the days it names
 * (`LocalDate` strings in the input) as the date pickers' `Dayjs`, optional where the input's are. A form's values
 * are then declared once, by the schema: `type Values = FormValuesOf<ConsumerRequestInput, 'submittedOn'>`, and
 * sent as `{ ...values, submittedOn: day(values.submittedOn) }`.
 */
export type FormValuesOf<Input, Days extends keyof Input = never> = Omit<Input, Days> & {
  [K in keyof Pick<Input, Days>]: Dayjs;
};
