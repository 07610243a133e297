import { describe, expect, it } from 'vitest';
import { Random } from '../src';

// Every subgraph's demo data is drawn from this generator: these values pin it, so that a change to it (which would
// change every domain's demo figures) cannot pass unnoticed.
describe('Random', () => {
  it('draws the same sequence from the same seed', () => {
    const r = new Random(2024);
    expect([r.next(), r.int(1, 100), r.score(60, 100), r.pick(['a', 'b', 'c']), r.chance(0.5)]).toEqual([
      0.811762373894453,
      72,
      86,
      'c',
      false,
    ]);
    expect(r.date('2024-01-01', '2024-12-31')).toBe('2024-08-31');
    expect(r.shuffle([1, 2, 3, 4, 5])).toEqual([4, 3, 5, 1, 2]);
  });

  it('stays within its bounds', () => {
    const r = new Random(7);
    for (let i = 0; i < 1000; i++) {
      const n = r.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
      const d = r.date('2024-02-27', '2024-03-01');
      expect(d >= '2024-02-27' && d <= '2024-03-01').toBe(true);
    }
  });
});
