import { describe, expect, it } from 'vitest';
import { forbidden } from './errors';
import { inScope } from './access';
import type { Context } from './context';
import type { FakeGatewayOperation, TestSubgraph } from './testing';

/**
 * The shape every service's scope test shares: what an attacker tries, and what must hold afterwards. A service
 * lists one cross-township write per mutation (a key may add a case after a space: `moveCase forward`); the schema
 * walk makes a new mutation without one fail.
 */
export interface CrossWrite<I> {
  /** The error code the write must be refused with. */
  code: string;
  /** The input field the refusal names, if it names one. */
  field?: string;
  /** A part of the refusal's message. */
  message?: string;
  write: (ids: I) => [string, Record<string, unknown>];
}

/**
 * Registers two tests: every mutation of the schema has a cross write, and each cross write, sent as `as` (default
 * the township officer), is refused as listed and leaves `fingerprint` (the tables it could touch) unchanged.
 */
export function crossWriteTests<I>(
  t: TestSubgraph,
  writes: Record<string, CrossWrite<I>>,
  options: { ids: () => I; fingerprint: () => Promise<unknown>; as?: string },
): void {
  const as = options.as ?? 'township';

  it('has a cross-township write for every mutation of the schema', async () => {
    const res = await t.execute('{ __schema { mutationType { fields { name } } } }');
    const mutations = res.data?.__schema.mutationType.fields.map((f: { name: string }) => f.name);
    expect(new Set(Object.keys(writes).map((name) => name.split(' ')[0]))).toEqual(new Set(mutations));
  });

  it.each(Object.keys(writes))(`refuses the ${as} officer %s, writing nothing`, async (name) => {
    const { code, field, message, write } = writes[name] as CrossWrite<I>;
    const before = await options.fingerprint();
    const [query, variables] = write(options.ids());
    const res = await t.execute(query, variables, { as });
    expect(res.errors?.[0]?.extensions?.code, name).toBe(code);
    if (field) expect(res.errors?.[0]?.extensions?.field, name).toBe(field);
    if (message) expect(res.errors?.[0]?.message, name).toContain(message);
    expect(await options.fingerprint()).toEqual(before);
  });
}

/** A record another subgraph owns, as a fake gateway holds it: its township, and the fields it answers beside `id`. */
export interface FakeLinked {
  township: string;
  fields: Record<string, unknown>;
}

/**
 * A fake of the gateway's answer to `<root>(id)` for records another subgraph owns, each given by its township (or
 * with the fields the operation asks beside `id`): null for an unknown id, FORBIDDEN for a partner or a township
 * outside the caller's scope, as the owning subgraph would answer.
 */
export function fakeLinkedRecord(root: string, records: Record<string, string | FakeLinked>): FakeGatewayOperation {
  return ({ id }, ctx: Context) => {
    const record = records[id];
    if (!record) return { [root]: null };
    const { township, fields } = typeof record === 'string' ? { township: record, fields: {} } : record;
    if (ctx.identity.role === 'partner' || ctx.identity.role === 'village' || !inScope(ctx, township))
      throw forbidden();
    return { [root]: { ...fields, id } };
  };
}

/**
 * The demo roles every scope test tries, and the partner departments among them. `village` (a village liaison) is
 * outside the bureau like a partner: refused by every register unless a type lets them in (`villageSeesInside`).
 */
export const DEMO_ROLES = ['admin', 'officer', 'township', 'village', 'police', 'education', 'agriculture'] as const;
export type DemoRole = (typeof DEMO_ROLES)[number];
export const PARTNER_ROLES: readonly DemoRole[] = ['police', 'education', 'agriculture'];

/** A @key type a scope test resolves: a record inside the township officer's township, and one outside it. */
export interface KeyTypeScope<I> {
  ids: (ids: I) => [inside: string, outside: string];
  /** The township officer may see the outside one too (e.g. the list of townships). */
  townshipSeesOutside?: boolean;
  /** The village liaison sees the inside one (a record of their own village); by default they see neither. */
  villageSeesInside?: boolean;
}

/**
 * For every @key type, `_entities` of an inside and an outside record as every demo role: bureau leaders and officers
 * get both, the township officer the inside one, partners neither; a refused one is null with FORBIDDEN.
 */
export function referenceScopeTests<I>(t: TestSubgraph, keyTypes: Record<string, KeyTypeScope<I>>, ids: () => I) {
  describe.each(Object.keys(keyTypes))('_entities of %s', (typename) => {
    it.each(DEMO_ROLES)('as %s: the record in scope, null with FORBIDDEN outside it', async (role) => {
      const spec = keyTypes[typename] as KeyTypeScope<I>;
      const [inside, outside] = spec.ids(ids());
      const res = await t.execute(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { id } } }`,
        {
          r: [
            { __typename: typename, id: inside },
            { __typename: typename, id: outside },
          ],
        },
        { as: role },
      );
      const seesInside = role === 'village' ? Boolean(spec.villageSeesInside) : !PARTNER_ROLES.includes(role);
      const seesOutside = role === 'admin' || role === 'officer' || (role === 'township' && spec.townshipSeesOutside);
      const expected = [seesInside ? { id: inside } : null, seesOutside ? { id: outside } : null];
      expect(res.data?._entities).toEqual(expected);
      expect((res.errors ?? []).map((e) => e.extensions?.code)).toEqual(
        expected.filter((row) => row === null).map(() => 'FORBIDDEN'),
      );
    });
  });
}

/** One read an outsider tries: the operation, and the tables whose rows (or tallies) answer it. */
export interface OutsiderRead {
  query: string;
  variables?: Record<string, unknown>;
  /** Tables the answer is read from: a refused call must not touch them, the officer's must (else a name is wrong). */
  tables: readonly string[];
  /** The roles the read is refused to with FORBIDDEN; default the partner departments. */
  refused?: readonly DemoRole[];
}

/** The scalar values anywhere in an answer's data: none when all it holds is nulls (a refused nullable field). */
function valuesIn(data: unknown): unknown[] {
  if (data === null || data === undefined) return [];
  if (typeof data !== 'object') return [data];
  return Object.values(data).flatMap(valuesIn);
}

/** Whether one of the statements names one of the tables (quoted either dialect's way, or bare). */
function readsAny(statements: readonly string[], tables: readonly string[]): boolean {
  const named = new RegExp(`(^|[^\\w])(${tables.join('|')})([^\\w]|$)`);
  return statements.some((statement) => named.test(statement));
}

/**
 * Registers the outsiders' tries at one read of a subgraph: each role in `refused` (default the partner departments)
 * gets FORBIDDEN; a call straight to the subgraph, without the gateway's credential, gets UNAUTHENTICATED whoever's
 * token it carries (an officer's, who may read it through the gateway, or a partner's). Neither gets data, and no
 * statement of theirs touches `tables`: the refusal comes before anything is counted. The officer's call through the
 * gateway answers and does read them, so that a wrong table name cannot make the refusals pass.
 */
export function outsiderReadTests(t: TestSubgraph, name: string, read: OutsiderRead): void {
  const { query, variables = {}, tables } = read;
  const attempt = (options: Parameters<TestSubgraph['execute']>[2]) =>
    t.countStatements(() => t.execute(query, variables, options));

  it(`${name}: the officer's call through the gateway reads ${tables.join(', ')}`, async () => {
    const { result, sql } = await attempt({ as: 'officer' });
    expect(result.errors).toBeUndefined();
    expect(readsAny(sql, tables)).toBe(true);
  });

  it.each(read.refused ?? PARTNER_ROLES)(`${name}: refuses %s before reading anything`, async (as) => {
    const { result, sql } = await attempt({ as });
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(valuesIn(result.data)).toEqual([]);
    expect(readsAny(sql, tables)).toBe(false);
  });

  it.each(['officer', 'police'])(`${name}: refuses %s's call without the gateway credential`, async (as) => {
    const { result, statements } = await attempt({ as, gatewayCredential: null });
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(statements).toBe(0);
  });
}
