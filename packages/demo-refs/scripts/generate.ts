/**
 * Writes data/*.json from the owning domains' demo generators (scripts/sources.ts). Run it when a domain's demo data
 * changes: `pnpm --filter @shian/demo-refs generate`; the root suite's test/demo/demo-refs.test.ts fails until then.
 *
 * Each step runs in its own process: a JSON module, once loaded, is never read again in that process, and a later
 * step must see what an earlier one just wrote (sampling samples the businesses; enforcement files cases from
 * sampling's disposals).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { STEPS } from './sources';

const step = process.argv[2];
if (step === undefined) {
  STEPS.forEach((_, index) => {
    execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), String(index)], {
      stdio: 'inherit',
    });
  });
} else {
  for (const [file, build] of Object.entries(STEPS[Number(step)].files)) {
    const rows: readonly unknown[] = await build();
    // One row a line (biome leaves data/ alone): a regenerated file differs only in the rows that changed.
    writeFileSync(
      new URL(`../data/${file}`, import.meta.url),
      `[\n${rows.map((row) => `  ${JSON.stringify(row)}`).join(',\n')}\n]\n`,
    );
    console.log(`data/${file}: ${rows.length} rows`);
  }
}
