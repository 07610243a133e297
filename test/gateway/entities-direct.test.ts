/**
 * Every @key type's `_entities`, as every demo role, straight against the subgraph that resolves it — the path an
 * attacker who reached a subgraph's port would take. Without the gateway's credential nothing answers; with it, a
 * reference resolves exactly as the type's own root query answers the same role through the gateway.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEVELOPMENT_GATEWAY_PRIVATE_KEY, GATEWAY_CREDENTIAL_HEADER, signGatewayCredential } from '@shian/auth';
import { createPrivateKey } from 'node:crypto';
import { getNamedType, Kind, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiSchema, PARTNERS, ROLES, ROOT, type Role, sampleIds } from '../harness/access-matrix';
import { codes, gql, tokenFor } from '../harness/graphql';
import { platform } from '../harness/platform';

/** Types a partner may resolve: the enforcement records shared with them, the consultations and incidents naming them. */
const SHARED_WITH_PARTNERS = new Set(['Case', 'Transfer', 'JointOperation', 'Consultation', 'Incident']);

/** The @key types a subgraph resolves (`resolvable: false` keys only point at another subgraph's type). */
function resolvableKeyTypes(domain: string): string[] {
  const sdl = readFileSync(join(ROOT, 'services', domain, 'schema.graphql'), 'utf8');
  return parse(sdl)
    .definitions.filter((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION)
    .filter((d) =>
      d.directives?.some(
        (directive) =>
          directive.name.value === 'key' &&
          !directive.arguments?.some(
            (a) => a.name.value === 'resolvable' && a.value.kind === Kind.BOOLEAN && !a.value.value,
          ),
      ),
    )
    .map((d) => d.name.value);
}

/** The key a type is referenced by: `id`, `year` for the work report, the query for the audit trail. */
const keyFieldOf = (type: string) =>
  type === 'WorkReport' ? 'year' : type === 'AuditTrail' ? 'key' : type === 'Inbox' ? 'withinWorkingDays' : 'id';

/** The audit trail is the leaders' only (its key is the query): every other role is refused it. */
const LEADERS_ONLY = new Set(['AuditTrail']);

/** The root query that answers one record of a type by its key (`entity(id)`, `workReport(year)` …), if any. */
function rootFieldFor(type: string): string | undefined {
  const key = keyFieldOf(type);
  const fields = Object.values(apiSchema().getQueryType()?.getFields() ?? {});
  return fields.find((f) => getNamedType(f.type).name === type && f.args.length === 1 && f.args[0]?.name === key)?.name;
}

/** Types no root list returns: an id is read through the record that holds them (the innermost `id` is taken). */
const NESTED_IDS: Record<string, string> = {
  License: '{ entities(first: 20, filter: { category: FOOD_PRODUCER }) { nodes { licenses { id } } } }',
};

type Seen = 'record' | 'forbidden' | 'none';

async function straight(domain: string, type: string, id: string | number, headers: Record<string, string>) {
  const key = keyFieldOf(type);
  const port = platform().env[`${domain.toUpperCase()}_PORT`];
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { ${key} } } }`,
      variables: { r: [{ __typename: type, [key]: id }] },
    }),
  });
  const body = (await response.json()) as {
    data?: { _entities: (Record<string, unknown> | null)[] } | null;
    errors?: { extensions?: { code?: string } }[];
  };
  return { status: response.status, body };
}

describe('_entities of every @key type, straight to its subgraph', () => {
  const key = createPrivateKey(DEVELOPMENT_GATEWAY_PRIVATE_KEY);
  let ids: Map<string, string>;
  const targets: { domain: string; type: string; id: string | number; owned: boolean }[] = [];

  beforeAll(async () => {
    ids = await sampleIds();
    for (const [type, query] of Object.entries(NESTED_IDS)) {
      const result = await gql({ as: 'officer' }, query);
      const id = JSON.stringify(result.data)
        .match(/"id":"([^"]+)"/g)
        ?.pop()
        ?.slice(6, -1);
      if (id && !ids.has(type)) ids.set(type, id);
    }
    for (const domain of platform().domains) {
      for (const type of resolvableKeyTypes(domain)) {
        // An Entity is asked by a business in the township officer's township and by one outside it.
        const chosen =
          type === 'Entity'
            ? ['E0001', 'E0002']
            : type === 'WorkReport'
              ? [2024]
              : type === 'AuditTrail'
                ? ['{"first":1}']
                : type === 'Inbox'
                  ? [3]
                  : [ids.get(type)].filter(Boolean);
        const owned = rootFieldFor(type) !== undefined && domain === ownerOf(type);
        for (const id of chosen as (string | number)[]) targets.push({ domain, type, id, owned });
      }
    }
  }, 60_000);

  /** The subgraph whose SDL defines the type's root query (the owner: its reference must agree with it). */
  function ownerOf(type: string): string | undefined {
    const field = rootFieldFor(type);
    if (!field) return undefined;
    return platform().domains.find((domain) =>
      new RegExp(`^\\s+${field}\\(id: ID!\\)`, 'm').test(
        readFileSync(join(ROOT, 'services', domain, 'schema.graphql'), 'utf8'),
      ),
    );
  }

  it('walks every @key type every subgraph resolves', () => {
    const types = new Set(targets.map((t) => t.type));
    const missing = platform().domains.flatMap((domain) =>
      resolvableKeyTypes(domain)
        .filter((type) => !types.has(type))
        .map((type) => `${domain} ${type}`),
    );
    expect(missing, 'no id to try: add a query to NESTED_IDS').toEqual([]);
  });

  it('refuses every role without the gateway credential', async () => {
    for (const { domain, type, id } of targets) {
      for (const role of ROLES) {
        const answer = await straight(domain, type, id, { authorization: `Bearer ${await tokenFor(role)}` });
        expect(answer.status, `${role} → ${domain} ${type}`).toBe(401);
        expect(answer.body.data ?? undefined).toBeUndefined();
      }
    }
  });

  it('with the credential, resolves a reference exactly as the root query answers the same role', async () => {
    const mismatches: string[] = [];
    for (const { domain, type, id, owned } of targets) {
      const credential = await signGatewayCredential(key, domain);
      const field = rootFieldFor(type);
      for (const role of ROLES) {
        const answer = await straight(domain, type, id, {
          authorization: `Bearer ${await tokenFor(role as Role)}`,
          [GATEWAY_CREDENTIAL_HEADER]: credential,
        });
        const row = answer.body.data?._entities?.[0] ?? null;
        const errorCodes = (answer.body.errors ?? []).map((e) => e.extensions?.code);
        const direct: Seen = row ? 'record' : errorCodes.includes('FORBIDDEN') ? 'forbidden' : 'none';
        if (errorCodes.some((code) => code !== 'FORBIDDEN'))
          mismatches.push(`${role} ${domain} ${type} ${id}: ${errorCodes}`);
        // Where the subgraph owns the type, its reference agrees with its root query through the gateway.
        if (owned && field) {
          const result = await gql({ as: role }, `query($id: ID!) { ${field}(id: $id) { id } }`, { id: String(id) });
          const viaGateway: Seen = result.data?.[field]
            ? 'record'
            : codes(result).includes('FORBIDDEN')
              ? 'forbidden'
              : 'none';
          if (direct !== viaGateway)
            mismatches.push(`${role} ${domain} ${type} ${id}: direct ${direct}, ${field} ${viaGateway}`);
        }
        // Partners resolve nothing but what was shared with them, anywhere.
        if (PARTNERS.includes(role) && !SHARED_WITH_PARTNERS.has(type) && direct === 'record' && type !== 'Entity') {
          mismatches.push(`${role} ${domain} ${type} ${id}: a partner resolved it`);
        }
        if (LEADERS_ONLY.has(type)) {
          if (direct !== (role === 'admin' ? 'record' : 'forbidden'))
            mismatches.push(`${role} ${domain} ${type} ${id}: ${direct} for the leaders' own`);
          continue;
        }
        if ((role === 'admin' || role === 'officer') && direct !== 'record') {
          mismatches.push(`${role} ${domain} ${type} ${id}: ${direct} for a bureau officer`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
