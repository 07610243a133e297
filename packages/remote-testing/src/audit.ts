import { screen, within } from '@testing-library/react';
import { expect } from 'vitest';
import type { Call } from './index';

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
