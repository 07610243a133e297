import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FRONTENDS = join(import.meta.dirname, '../../../frontends');

/**
 * The shell and the remotes share one namespace on the page (the kits have their own): a Chinese text registered by
 * two frontends with different English would read as whichever loaded last. So a text has one English everywhere;
 * a text that really means two things gets an i18next context (`首页_navigation`) in one of them.
 */
describe('the frontends’ catalogs', () => {
  it('give each Chinese text the same English', () => {
    const english = new Map<string, Map<string, string[]>>();
    for (const frontend of readdirSync(FRONTENDS)) {
      const file = join(FRONTENDS, frontend, 'src/messages/en.json');
      if (!existsSync(file)) continue;
      for (const [key, value] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)) {
        const byValue = english.get(key) ?? new Map<string, string[]>();
        byValue.set(value, [...(byValue.get(value) ?? []), frontend]);
        english.set(key, byValue);
      }
    }
    const conflicts = [...english]
      .filter(([, byValue]) => byValue.size > 1)
      .map(
        ([key, byValue]) =>
          `${key}: ${[...byValue].map(([value, where]) => `"${value}" (${where.join(', ')})`).join(' / ')}`,
      );
    expect(conflicts).toEqual([]);
  });
});
