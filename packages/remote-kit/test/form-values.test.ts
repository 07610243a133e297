import dayjs, { type Dayjs } from 'dayjs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { entityInput, type FormValuesOf, localDate, type PickedEntity, type PickedEntityValues } from '../src';

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

// A new record naming its business and the business's township, as enforcement's 登记线索 does.
type ClueInput = { entityId: string; townshipId: string; receivedOn: string; summary: string };

describe('PickedEntityValues and entityInput', () => {
  it('hold the business picked whole instead of its id and township, the days as Dayjs', () => {
    type Values = PickedEntityValues<ClueInput, 'receivedOn'>;
    expectTypeOf<Values['entity']>().toEqualTypeOf<PickedEntity>();
    expectTypeOf<Values['receivedOn']>().toEqualTypeOf<Dayjs>();
    expectTypeOf<Values>().not.toHaveProperty('entityId');
    expectTypeOf<Values>().not.toHaveProperty('townshipId');
  });

  it('send the picked business as the input names it', () => {
    expect(entityInput({ id: 'E1', name: '万家超市', townshipId: '511902001' })).toEqual({
      entityId: 'E1',
      townshipId: '511902001',
    });
  });
});

describe('localDate', () => {
  it('sends a picked day as the API’s LocalDate, the day alone, and an empty optional day as nothing', () => {
    expect(localDate(dayjs('2025-03-12T20:30:00'))).toBe('2025-03-12');
    expect(localDate(undefined)).toBeUndefined();
    expectTypeOf(localDate(dayjs())).toEqualTypeOf<string>();
    expectTypeOf(localDate(undefined as Dayjs | undefined)).toEqualTypeOf<string | undefined>();
  });
});
