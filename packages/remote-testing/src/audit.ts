import { screen, within } from '@testing-library/react';
import { expect } from 'vitest';
import { sentVariables, type Call } from './index';

/** The rows of the page's 操作记录 table (its header row first), once `shown` is in it. */
export async function auditTrailRows(shown: string) {
  const table = await screen.findByRole('table', { name: '操作记录' });
  await within(table).findAllByText(shown);
  return within(table).getAllByRole('row');
}

/** Checks that the page shows no 操作记录 and never asked for it (`RecordAuditTrail`). */
export function expectNoAuditTrail(calls: Call[]) {
  expect(screen.queryByRole('table', { name: '操作记录' })).toBeNull();
  expect(calls.map((c) => c.operationName)).not.toContain('RecordAuditTrail');
}

/**
 * Checks the page's 操作记录 (as a leader sees it): below its header, one row for each of `rows`, in order, showing
 * those texts (a row's record type, its change…), and that it asked for the trail of `recordId` only.
 */
export async function expectAuditTrail(calls: Call[], recordId: string, rows: string[][]) {
  const shown = await auditTrailRows(rows[0]![0]!);
  expect(shown).toHaveLength(rows.length + 1);
  rows.forEach((texts, index) => {
    for (const text of texts) expect(within(shown[index + 1]!).getByText(text)).toBeTruthy();
  });
  expect(sentVariables(calls, 'RecordAuditTrail').filter).toEqual({ recordId });
}
