import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { collectOperations, type FrontendOperation, uncoveredMutations } from '../src';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Mutations of the public API that no screen sends, each with why. Everything else a user may do has a screen: a
 * mutation added to a subgraph without one fails here until it gets one or a reason.
 */
const NO_SCREEN: Record<string, string> = {
  claimReminderDeliveries:
    "the gateway's reminder scheduler claims a delivery as the service identity system:reminders; every user is refused",
  baselineReminderAlerts:
    "the reminder scheduler records a new channel's baseline as system:reminders; every user is refused",
  recordReminderAttempt:
    'the reminder scheduler records each webhook attempt as system:reminders; every user is refused',
};

describe('every mutation has a screen', () => {
  const schema = buildSchema(readFileSync(`${REPO_ROOT}services/gateway/api-schema.graphql`, 'utf8'));
  const operations = collectOperations(REPO_ROOT);

  it('lists no mutation of the API that no frontend operation sends, but those named with their reason', () => {
    expect(uncoveredMutations(schema, operations)).toEqual(Object.keys(NO_SCREEN).sort());
  });

  it('names only mutations the API has', () => {
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    for (const name of Object.keys(NO_SCREEN)) expect(mutations).toContain(name);
  });

  it('counts a mutation as covered only where an operation selects it at its root', () => {
    const small = buildSchema(`
      type Query { a: Int }
      type Mutation { save(x: Int): Int  drop: Int  rename: Int }
    `);
    const op = (source: string): FrontendOperation => ({
      frontend: 'demo',
      folder: 'frontends/demo',
      name: 'Op',
      label: 'Op',
      file: 'frontends/demo/src/a.ts',
      document: parse(source),
    });
    // `drop` only as a query's alias and `rename` nowhere: both still want a screen.
    expect(uncoveredMutations(small, [op('mutation Save { save(x: 1) }'), op('query Q { drop: a }')])).toEqual([
      'drop',
      'rename',
    ]);
  });
});
