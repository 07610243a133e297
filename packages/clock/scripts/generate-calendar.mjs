// Writes src/data/cn-holidays.json from chinese-days: the default holiday calendar that the clocks start from.
// Run it when the State Council publishes a new year's schedule (usually in November), review the diff, commit it.
// Usage: node scripts/generate-calendar.mjs [fromYear] [toYear]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const from = Number(process.argv[2] ?? 2023);
const to = Number(process.argv[3] ?? 2026);

// chinese-days labels entries "English name,中文名,length"; the UI shows the Chinese name.
const nameOf = (label) => label.split(',')[1] ?? label;

const days = [];
for (let year = from; year <= to; year++) {
  const file = require.resolve(`chinese-days/dist/years/${year}.json`);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  for (const [date, label] of Object.entries(data.holidays)) days.push({ date, kind: 'HOLIDAY', name: nameOf(label) });
  for (const [date, label] of Object.entries(data.workdays))
    days.push({ date, kind: 'WORKDAY', name: `${nameOf(label)}调休上班` });
}
days.sort((a, b) => a.date.localeCompare(b.date));

const version = JSON.parse(readFileSync(require.resolve('chinese-days/package.json'), 'utf8')).version;
const out = new URL('../src/data/cn-holidays.json', import.meta.url);
// One day per line, so that a new year's schedule reviews as a readable diff.
const lines = days.map((day) => `    ${JSON.stringify(day)}`).join(',\n');
const header = `{\n  "source": "chinese-days ${version}",\n  "years": [${from}, ${to}],\n  "days": [\n`;
writeFileSync(out, `${header}${lines}\n  ]\n}\n`);
console.log(`wrote ${days.length} days (${from}–${to}) to ${out.pathname}`);
