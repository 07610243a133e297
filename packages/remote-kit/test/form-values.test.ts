import type { Dayjs } from 'dayjs';
import { describe, expectTypeOf, it } from 'vitest';
import type { FormValuesOf } from '../src';

// As the codegen writes a mutation's input (nullable fields optional, `InputMaybe`).
type ThingInput = {
  name: string;
  count: number;
  receivedOn: string;
  closedOn?: string | null | undefined;
  note?: string | null | undefined;
};

describe('FormValuesOf', () => {
  it('is the input with the named days as Dayjs, required where the input requires them', () => {
    type Values = FormValuesOf<ThingInput, 'receivedOn' | 'closedOn'>;
    expectTypeOf<Values['receivedOn']>().toEqualTypeOf<Dayjs>();
    expectTypeOf<Values['closedOn']>().toEqualTypeOf<Dayjs | undefined>();
    expectTypeOf<Values['name']>().toEqualTypeOf<string>();
    expectTypeOf<Values['note']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<{ name: string; count: number; receivedOn: Dayjs }>().toExtend<Values>();
    expectTypeOf<{ name: string; count: number; receivedOn: string }>().not.toExtend<Values>();
  });

  it('is the input itself when it names no days', () => {
    type Values = FormValuesOf<ThingInput>;
    expectTypeOf<Values['receivedOn']>().toEqualTypeOf<string>();
    expectTypeOf<Values['closedOn']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<ThingInput>().toExtend<Values>();
  });
});
