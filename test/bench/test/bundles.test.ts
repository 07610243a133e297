import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMAINS } from '@shian/platform';
import { describe, expect, it } from 'vitest';
import { BUDGETS, type BundleReport, frontendDirs, kb, remoteOwn, shellInitial, shellOnDemand } from '../src/bundles';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function describeBundle(bundle: BundleReport) {
  return bundle.files
    .slice(0, 5)
    .map((f) => `${kb(f.gzip)} KB ${f.file.slice(0, 90)}`)
    .join('\n  ');
}

function checkBudget(bundle: BundleReport, budgetKb: number) {
  const size = kb(bundle.gzip);
  expect(size, `${bundle.name}: ${size} KB gzip > ${budgetKb} KB\n  ${describeBundle(bundle)}`).toBeLessThanOrEqual(
    budgetKb,
  );
}

describe('bundle budgets (gzip, from the built dist/)', () => {
  const { shell, remotes } = frontendDirs(REPO_ROOT, DOMAINS);

  it(`shell: initial JavaScript ≤ ${BUDGETS.shellInitialKb} KB`, () => {
    const bundle = shellInitial(shell);
    console.log(`[budget] ${bundle.name}: ${kb(bundle.gzip)} KB gzip (${kb(bundle.raw)} KB raw)`);
    expect(bundle.files.length).toBeGreaterThan(1);
    checkBudget(bundle, BUDGETS.shellInitialKb);
  });

  it('shell: the antd components of pages are not in its initial load, but provided on demand', () => {
    const initial = shellInitial(shell);
    const onDemand = shellOnDemand(shell);
    console.log(`[budget] ${onDemand.name}: ${kb(onDemand.gzip)} KB gzip (not budgeted: loads with the first page)`);
    // The DatePicker (antd's picker) is a page component no part of the frame uses: in the page chunk, not before.
    const hasPicker = (b: BundleReport) =>
      b.files.some((f) =>
        /ant-picker|rc-picker|pickerValue/.test(readFileSync(path.join(shell, 'dist', f.file), 'utf8')),
      );
    expect(hasPicker(onDemand)).toBe(true);
    expect(hasPicker(initial)).toBe(false);
  });

  it.each(remotes)(`remote $name: own code ≤ ${BUDGETS.remoteOwnKb} KB`, ({ name, dir }) => {
    const bundle = remoteOwn(dir, name);
    console.log(
      `[budget] ${name}: ${kb(bundle.gzip)} KB gzip own code (lazy part ${kb(bundle.lazy.gzip)} KB), ` +
        `${bundle.files.length} files`,
    );
    // The exposed App is the remote's own: a measure that finds no App chunk measures nothing.
    expect(bundle.files.some((f) => /\/App-[^/]*\.js$/.test(f.file))).toBe(true);
    // Shared singletons are the shell's: a fallback copy of React counted here would mean the walk is wrong.
    expect(bundle.files.filter((f) => /react_mf_2_dom_mf_1_client__prebuild|antd__prebuild/.test(f.file))).toEqual([]);
    checkBudget(bundle, BUDGETS.remoteOwnKb);
  });

  it('every domain of DOMAINS with a remote is measured', () => {
    expect(remotes.map((r) => r.name).sort()).toEqual(
      DOMAINS.map((d) => d.name)
        .filter((name) => remotes.some((r) => r.name === name))
        .sort(),
    );
    expect(remotes.length).toBeGreaterThan(0);
  });
});
