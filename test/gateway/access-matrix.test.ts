import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cellClass,
  type MatrixRow,
  matrixTable,
  outcomeOf,
  PARTNERS,
  parseMatrixTable,
  ROLES,
  ROOT,
  type RootField,
  rootQueries,
  sampleIds,
} from '../harness/access-matrix';

/**
 * Root queries for the bureau's leaders only (the audit trail, the reminder channels and what was sent to them);
 * every other role is refused.
 */
const LEADERS_ONLY = new Set(['auditTrail', 'reminderChannels', 'reminderDeliveries']);

/** Root queries of the gateway's reminder service alone: every user, a leader included, is refused. */
const SERVICE_ONLY = new Set(['claimableReminderPeriods']);

/**
 * Roles × root queries through the gateway: every root query of the API schema (walked, so a new one is in the
 * matrix the day it is added), as every demo role. The rules are docs/domain.md#who-may-do-what; the table is docs/security.md's.
 */

/**
 * What a partner department may read, and nothing else: the enforcement records shared with it, and the risk
 * domain's consultations and incidents that name it (among the departments present, or in the response).
 */
const SHARED_WITH_PARTNERS = new Set([
  'cases',
  'case',
  'transfers',
  'transfer',
  'jointOperations',
  'jointOperation',
  'consultations',
  'consultation',
  'incidents',
  'incident',
]);

const DOC = join(ROOT, 'docs/security.md');
const START = '<!-- access-matrix:start -->';
const END = '<!-- access-matrix:end -->';

describe('access matrix: every root query as every role', () => {
  let fields: RootField[] = [];
  let skipped: string[] = [];
  const rows: MatrixRow[] = [];

  beforeAll(async () => {
    ({ fields, skipped } = rootQueries(await sampleIds()));
    for (const field of fields) {
      const outcomes = {} as MatrixRow['outcomes'];
      for (const role of ROLES) outcomes[role] = await outcomeOf(role, field);
      rows.push({ name: field.name, outcomes });
    }
  }, 120_000);

  it('covers the root queries, and says which it cannot call', () => {
    expect(fields.length).toBeGreaterThan(40);
    // Root queries whose required arguments the walker cannot fill: keep this list short and deliberate.
    expect(skipped.sort()).toEqual([]);
  });

  it('answers every role with data or FORBIDDEN, never an internal error', () => {
    const failures = rows.flatMap((row) =>
      ROLES.filter((role) => row.outcomes[role].kind === 'error').map(
        (role) => `${row.name} as ${role}: ${JSON.stringify(row.outcomes[role])}`,
      ),
    );
    expect(failures).toEqual([]);
  });

  it('gives admin and officer the same view of everything but the leaders’ own', () => {
    for (const row of rows) {
      if (LEADERS_ONLY.has(row.name)) {
        expect(row.outcomes.admin.kind, row.name).not.toBe('forbidden');
        expect(row.outcomes.officer, row.name).toEqual({ kind: 'forbidden' });
      } else expect(row.outcomes.admin, row.name).toEqual(row.outcomes.officer);
    }
  });

  it('refuses the reminder service’s own queries to every role, leaders included', () => {
    const service = rows.filter((row) => SERVICE_ONLY.has(row.name));
    expect(service.map((row) => row.name)).toEqual([...SERVICE_ONLY]);
    for (const row of service)
      for (const role of ROLES) expect(row.outcomes[role], `${row.name} as ${role}`).toEqual({ kind: 'forbidden' });
  });

  it('never shows the township officer more than the officer', () => {
    for (const row of rows) {
      const [township, officer] = [row.outcomes.township, row.outcomes.officer];
      if (township.kind === 'count' && officer.kind === 'count')
        expect(township.n, row.name).toBeLessThanOrEqual(officer.n);
    }
  });

  it('shows partner departments nothing but what was shared with them', () => {
    for (const row of rows) {
      for (const role of PARTNERS) {
        const kind = cellClass(row.outcomes[role], row.outcomes.officer);
        if (SHARED_WITH_PARTNERS.has(row.name)) {
          expect(['拒绝', '0', '部分', '有', '无'], `${row.name} as ${role}`).toContain(kind);
        } else {
          expect(['拒绝', '0', '无'], `${row.name} as ${role}`).toContain(kind);
        }
      }
    }
    // The register, through the gateway: refused outright.
    const entities = rows.find((row) => row.name === 'entities');
    for (const role of PARTNERS) expect(entities?.outcomes[role].kind).toBe('forbidden');
  });

  /**
   * A village liaison (协管员/信息员) is outside the bureau: their village's businesses and villages, their own
   * reports, their township's name, and the calendar every clock reads; nothing of any other register.
   */
  it('shows a village liaison their village and their reports, and refuses every other register', () => {
    const mayRead = new Set([
      'entities',
      'entity',
      'villages',
      'villageReports',
      'villageReport',
      'township',
      'calendarOverrides',
    ]);
    for (const row of rows) {
      const kind = cellClass(row.outcomes.village, row.outcomes.officer);
      if (mayRead.has(row.name)) expect(kind, `${row.name} as village`).not.toBe('全部');
      else expect(['拒绝', '0', '无'], `${row.name} as village`).toContain(kind);
    }
    for (const name of ['complaints', 'cases', 'samples', 'hazards', 'risks', 'townships', 'supervisionStations'])
      expect(rows.find((row) => row.name === name)?.outcomes.village.kind, name).toBe('forbidden');
  });

  it('refuses what docs/security.md says it refuses (SHIAN_UPDATE_DOCS=1 rewrites the table)', () => {
    const table = matrixTable(rows);
    const doc = readFileSync(DOC, 'utf8');
    const start = doc.indexOf(START);
    const end = doc.indexOf(END);
    expect(start, `${DOC} has no ${START} … ${END} section`).toBeGreaterThan(-1);
    if (process.env.SHIAN_UPDATE_DOCS === '1') {
      writeFileSync(DOC, `${doc.slice(0, start + START.length)}\n${table}\n${doc.slice(end)}`);
      return;
    }
    // What must not drift is who is refused what. Figures, and whether a list is whole or partial, move as other
    // tests write records; a single record's row depends on which record was sampled (the test of references
    // against root queries, entities-direct, checks those exactly), so those rows only have to be present.
    const refusals = (table: Map<string, Record<string, string>>) =>
      Object.fromEntries(
        [...table].map(([query, cells]) => [
          query,
          Object.values(cells).some((cell) => cell === '有' || cell === '无')
            ? 'one record'
            : Object.fromEntries(Object.entries(cells).map(([role, cell]) => [role, cell === '拒绝' ? '拒绝' : '答'])),
        ]),
      );
    expect(refusals(parseMatrixTable(doc.slice(start, end)))).toEqual(refusals(parseMatrixTable(table)));
  });
});
