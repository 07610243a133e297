import { describe, expect, it } from 'vitest';
import { aggregateRow, countsByKey, monthlySums, monthSpans, monthWindows, reportYears } from '../src/figures';
import { dialects, testSubgraph } from '../src/testing';
import fixture from './fixture/src/schema';

const DAYS = ['2023-12-31', '2024-01-01', '2024-01-31', '2024-02-29', '2024-12-31', '2025-01-01'];
const table = DAYS.map((d, i) => `select '${d}' as d, ${i + 1} as v`).join(' union all ');

describe('month bounds', () => {
  it('cuts a year into twelve months, December up to the next January', () => {
    const spans = monthSpans(2024);
    expect(spans[1]).toEqual({ month: 2, from: '2024-02-01', to: '2024-03-01' });
    expect(spans[11]).toEqual({ month: 12, from: '2024-12-01', to: '2025-01-01' });
  });

  it('counts instants in China Standard Time', () => {
    const [january] = monthWindows(2024);
    expect(january!.from.toISOString()).toBe('2023-12-31T16:00:00.000Z');
    expect(january!.to.toISOString()).toBe('2024-01-31T16:00:00.000Z');
    expect(() => monthWindows(1900)).toThrow();
  });
});

describe.each(await dialects())('aggregates on %s', (dialect) => {
  const t = testSubgraph(fixture, { dialect });

  it('sums by month in one statement, and reads numbers on every dialect', async () => {
    const em = t.orm.em.fork();
    const rows = monthlySums(em, { column: 'd', year: 2024, as: 'rows' });
    const values = monthlySums(em, { column: 'd', year: 2024, as: 'vals', value: 'v' });
    const row = await aggregateRow(em, `select count(*) as "all", ${rows.select}, ${values.select} from (${table}) t`, [
      ...rows.params,
      ...values.params,
    ]);
    expect(row.all).toBe(6);
    expect(rows.read(row)).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(values.read(row)).toEqual([5, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5]);
    const empty = await aggregateRow(em, `select ${rows.select} from (${table}) t where 1 = 0`, rows.params);
    expect(rows.read(empty)).toEqual(Array(12).fill(0));
    const grouped = await countsByKey(
      em,
      `select substr(d, 1, 4) as "key", count(*) as "n" from (${table}) t group by substr(d, 1, 4)`,
    );
    expect(Object.fromEntries(grouped)).toEqual({ '2023': 1, '2024': 4, '2025': 1 });
  });

  it('refuses a column name that is not a plain identifier', () => {
    expect(() => monthlySums(t.orm.em, { column: 'd; drop table book', year: 2024, as: 'x' })).toThrow();
  });
});

describe('report years', () => {
  it('keeps valid years once each, in order, and refuses the rest on the field', () => {
    expect(reportYears([2024, 2023, 2024])).toEqual([2024, 2023]);
    expect(() => reportYears([])).toThrow('至少');
    expect(() => reportYears([1999])).toThrow('2000');
    expect(() => reportYears(Array.from({ length: 11 }, (_, i) => 2010 + i))).toThrow('10');
  });
});
