import type { Dayjs } from 'dayjs';
import type { PickedEntity } from './EntityPicker';

/**
 * A mutation's input as its form holds it: the input type the codegen made from the schema, with the days it names
 * (`LocalDate` strings in the input) as the date pickers' `Dayjs`, optional where the input's are. A form's values
 * are then declared once, by the schema: `type Values = FormValuesOf<ConsumerRequestInput, 'submittedOn'>`, and
 * sent as `{ ...values, submittedOn: day(values.submittedOn) }`.
 */
export type FormValuesOf<Input, Days extends keyof Input = never> = Omit<Input, Days> & {
  [K in keyof Pick<Input, Days>]: Dayjs;
};

/**
 * A new record's form values, whose business is picked whole (`<EntityPicker whole />` as `entity`) where its input
 * names the business and its township (`entityId`, `townshipId`): 登记线索, 登记检查, 登记考核. Sent as
 * `{ ...values, ...entityInput(values.entity) }` without the `entity` itself.
 */
export type PickedEntityValues<
  Input,
  Days extends Exclude<keyof Input, 'entityId' | 'townshipId'> = never,
> = FormValuesOf<Omit<Input, 'entityId' | 'townshipId'>, Days> & { entity: PickedEntity };

/** The picked business as the input names it: its id, and its township as the register has it. */
export const entityInput = (entity: PickedEntity) => ({ entityId: entity.id, townshipId: entity.townshipId });

/**
 * A picked day as the API's `LocalDate` ("YYYY-MM-DD"), the way a form sends back a `FormValuesOf` day:
 * `{ ...values, receivedOn: localDate(values.receivedOn) }`. An optional day left empty stays undefined.
 */
export function localDate(day: Dayjs): string;
export function localDate(day: Dayjs | null | undefined): string | undefined;
export function localDate(day: Dayjs | null | undefined): string | undefined {
  return day ? day.format('YYYY-MM-DD') : undefined;
}
