import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CREDIT_CODE_ALPHABET, creditCodeCheckCharacter } from '@shian/codes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { LOG_DIR, testPort } from '../harness/constants';
import { tokenFor } from '../harness/graphql';
import { startExtra } from '../harness/platform';

/**
 * docs/operations.md, tested on real processes: a gateway and an entities subgraph of the test's own, a few
 * operations through them carrying a phone number and an ID number, then both /metrics scraped and both logs read.
 * The Grafana dashboard and the alert rules of deploy/observability may only name series these processes expose.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OBSERVABILITY = join(ROOT, 'deploy', 'observability');

const PHONE = '13987654321';
const ID_NUMBER = '51190219850312457X';
const REQUEST_ID = `obs-${Date.now()}-0001`;
const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
const TRACEPARENT = `00-${TRACE_ID}-b7ad6b7169203331-01`;

function freshCreditCode(): string {
  let body = '92511902';
  while (body.length < 17) body += CREDIT_CODE_ALPHABET[Math.floor(Math.random() * CREDIT_CODE_ALPHABET.length)];
  return body + creditCodeCheckCharacter(body);
}

type LogLine = Record<string, unknown>;

const readLog = (name: string): LogLine[] => {
  const file = join(LOG_DIR, `${name}.log`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
};

/** Every series name a scrape declares (`# TYPE`), histograms with their _bucket, _sum and _count. */
function exposedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/^# TYPE (\S+) (\S+)$/gm)) {
    const [, name, type] = match as unknown as [string, string, string];
    names.add(name);
    if (type === 'histogram') for (const suffix of ['_bucket', '_sum', '_count']) names.add(name + suffix);
  }
  return names;
}

const PROMQL_WORDS = new Set(
  'sum avg min max count topk bottomk rate irate increase histogram_quantile by without on ignoring group_left group_right and or unless bool offset humanizeDuration'.split(
    ' ',
  ),
);

/** The series names a PromQL expression reads: label matchers, grouping clauses, durations and functions removed. */
function seriesIn(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\$\w+/g, ' ');
  const names = [...bare.matchAll(/[A-Za-z_:][A-Za-z0-9_:]*\b(?!\s*\()/g)].map((m) => m[0]);
  return names.filter((name) => !PROMQL_WORDS.has(name) && !/^\d/.test(name));
}

/** Prometheus makes these itself for every target; no process exposes them. */
const PROMETHEUS_OWN = new Set(['up']);

describe('observability: metrics, access logs, dashboard and alerts', { timeout: 120_000 }, () => {
  const GATEWAY = testPort(4130);
  const SUBGRAPH = testPort(4131);
  let subgraph: ReturnType<typeof startExtra>;
  let gateway: ReturnType<typeof startExtra>;
  let token: string;
  let gatewayMetrics = '';
  let subgraphMetrics = '';
  const answers: { status: number; body: Record<string, any>; response: Response }[] = [];

  const post = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const answer = { status: response.status, body: (await response.json()) as Record<string, any>, response };
    answers.push(answer);
    return answer;
  };

  beforeAll(async () => {
    subgraph = startExtra('subgraph', 'entities', SUBGRAPH);
    gateway = startExtra('gateway', 'gateway', GATEWAY, { ENTITIES_PORT: String(SUBGRAPH) });
    await Promise.all([subgraph.ready(), gateway.ready()]);
    token = await tokenFor('officer', gateway.url);

    const listed = await post(
      'query ObservedEntities($search: String) { entities(first: 3, filter: { search: $search }) { totalCount } }',
      { search: PHONE },
      { 'x-request-id': REQUEST_ID, traceparent: TRACEPARENT },
    );
    expect(listed.body.errors).toBeUndefined();
    const created = await post('mutation ObservedCreate($input: EntityInput!) { createEntity(input: $input) { id } }', {
      input: {
        name: `观测测试食品店${Date.now() % 100000}`,
        creditCode: freshCreditCode(),
        category: 'FOOD_SELLER',
        townshipId: '511902001',
        address: `巴中市巴州区江北大道1号 身份证 ${ID_NUMBER}`,
        legalRepresentative: `王观测 ${ID_NUMBER}`,
        phone: PHONE,
      },
    });
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data.createEntity.id as string;
    const updated = await post(
      'mutation ObservedUpdate($id: ID!, $input: EntityUpdateInput!) { updateEntity(id: $id, input: $input) { id } }',
      { id, input: { phone: `0827-${PHONE.slice(3)}`, legalRepresentative: `李观测 ${ID_NUMBER}` } },
    );
    expect(updated.body.errors).toBeUndefined();
    const refused = await post(
      'mutation ObservedBadCreate($input: EntityInput!) { createEntity(input: $input) { id } }',
      {
        input: {
          name: '观测测试错误',
          creditCode: '12345',
          category: 'FOOD_SELLER',
          townshipId: '511902001',
          address: ID_NUMBER,
          legalRepresentative: ID_NUMBER,
          phone: PHONE,
        },
      },
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // A GET carries its variables in the query string, which must not reach the log either.
    const get = await fetch(
      `${gateway.url}/graphql?query=${encodeURIComponent('query ObservedGet($search: String) { entities(first: 1, filter: { search: $search }) { totalCount } }')}&variables=${encodeURIComponent(JSON.stringify({ search: ID_NUMBER }))}`,
      { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': '1' } },
    );
    expect(get.status).toBe(200);

    gatewayMetrics = await (await fetch(`${gateway.url}/metrics`)).text();
    subgraphMetrics = await (await fetch(`${subgraph.url}/metrics`)).text();
    // The log lines are written by the child processes through pipes: give them a moment to land.
    const until = Date.now() + 5_000;
    while (Date.now() < until && !readLog(`entities-extra-${SUBGRAPH}`).some((l) => l.reqId === REQUEST_ID)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  afterAll(async () => {
    await Promise.all([gateway?.stop(), subgraph?.stop()]);
  });

  const sample = (text: string, name: string, labels: Record<string, string>) => {
    const line = text
      .split('\n')
      .find(
        (candidate) =>
          candidate.startsWith(`${name}{`) &&
          Object.entries(labels).every(([key, value]) => candidate.includes(`${key}="${value}"`)),
      );
    return line === undefined ? undefined : Number(line.split(' ').at(-1));
  };

  it('counts operations by name on the gateway, and on the subgraph under the same names', () => {
    const operations = 'shian_graphql_operations_total';
    expect(sample(gatewayMetrics, operations, { service: 'gateway', operation: 'ObservedEntities' })).toBe(1);
    expect(sample(gatewayMetrics, operations, { operation: 'ObservedCreate', type: 'mutation', outcome: 'ok' })).toBe(
      1,
    );
    expect(sample(gatewayMetrics, operations, { operation: 'ObservedBadCreate', outcome: 'error' })).toBe(1);
    expect(
      sample(gatewayMetrics, 'shian_graphql_errors_total', { operation: 'ObservedBadCreate', code: 'BAD_USER_INPUT' }),
    ).toBe(1);
    expect(sample(gatewayMetrics, 'shian_graphql_operation_duration_seconds_count', { operation: 'ObservedGet' })).toBe(
      1,
    );
    // The gateway names its fetch ObservedEntities__entities__0; the subgraph counts it as ObservedEntities.
    expect(sample(subgraphMetrics, operations, { service: 'entities', operation: 'ObservedEntities' })).toBe(1);
    expect(sample(subgraphMetrics, operations, { operation: 'ObservedCreate', type: 'mutation' })).toBe(1);
  });

  it('times the fetches to each subgraph, shows its breaker closed, and the database pool', () => {
    const fetches = sample(gatewayMetrics, 'shian_gateway_subgraph_fetch_duration_seconds_count', {
      subgraph: 'entities',
      outcome: 'ok',
    });
    expect(fetches).toBeGreaterThanOrEqual(5);
    expect(sample(gatewayMetrics, 'shian_gateway_breaker_state', { subgraph: 'entities', state: 'closed' })).toBe(1);
    expect(sample(gatewayMetrics, 'shian_gateway_breaker_state', { subgraph: 'entities', state: 'open' })).toBe(0);
    expect(sample(subgraphMetrics, 'shian_db_pool_connections', { state: 'max' })).toBeGreaterThanOrEqual(1);
    expect(sample(subgraphMetrics, 'shian_db_pool_connections', { state: 'pending_acquire' })).toBe(0);
    // The committed supergraph, loaded at start: one version served.
    expect(gatewayMetrics).toMatch(/^shian_gateway_artifact_version\{[^}]*artifact="supergraph"[^}]*\} 1$/m);
    expect(gatewayMetrics).toContain('# TYPE shian_gateway_artifact_reloads_total counter');
    // docs/operations.md quotes these ("what normal looks like").
    const mean = (text: string, name: string, labels: Record<string, string>) =>
      ((sample(text, `${name}_sum`, labels) ?? 0) / (sample(text, `${name}_count`, labels) ?? 1)) * 1000;
    const figures = {
      gatewayEntitiesMs: mean(gatewayMetrics, 'shian_graphql_operation_duration_seconds', {
        operation: 'ObservedEntities',
      }),
      gatewayCreateMs: mean(gatewayMetrics, 'shian_graphql_operation_duration_seconds', {
        operation: 'ObservedCreate',
      }),
      subgraphEntitiesMs: mean(subgraphMetrics, 'shian_graphql_operation_duration_seconds', {
        operation: 'ObservedEntities',
      }),
      subgraphCreateMs: mean(subgraphMetrics, 'shian_graphql_operation_duration_seconds', {
        operation: 'ObservedCreate',
      }),
      fetchMeanMs: mean(gatewayMetrics, 'shian_gateway_subgraph_fetch_duration_seconds', {
        subgraph: 'entities',
        outcome: 'ok',
      }),
      fetches,
      gatewayRssMb: (sample(gatewayMetrics, 'process_resident_memory_bytes', {}) ?? 0) / 2 ** 20,
      subgraphRssMb: (sample(subgraphMetrics, 'process_resident_memory_bytes', {}) ?? 0) / 2 ** 20,
      poolMax: sample(subgraphMetrics, 'shian_db_pool_connections', { state: 'max' }),
      gatewayScrapeBytes: gatewayMetrics.length,
    };
    console.info(
      `observability figures: ${JSON.stringify(figures, (_k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v))}`,
    );
    for (const text of [gatewayMetrics, subgraphMetrics]) {
      expect(text).toMatch(/^process_resident_memory_bytes\{/m);
      expect(text).toContain('# TYPE shian_rate_limited_total counter');
    }
  });

  it('logs one line per request on both, with the same request id and trace id, the caller and the operation', () => {
    expect(answers[0]?.response.headers.get('x-request-id')).toBe(REQUEST_ID);
    const gatewayLines = readLog(`gateway-extra-${GATEWAY}`).filter((line) => line.msg === 'request');
    const subgraphLines = readLog(`entities-extra-${SUBGRAPH}`).filter((line) => line.msg === 'request');
    const first = gatewayLines.filter((line) => line.reqId === REQUEST_ID);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      level: 30,
      traceId: TRACE_ID,
      method: 'POST',
      path: '/graphql',
      status: 200,
      user: 'officer',
      role: 'officer',
      operation: 'ObservedEntities',
    });
    expect(first[0]?.ms).toEqual(expect.any(Number));
    const downstream = subgraphLines.filter((line) => line.reqId === REQUEST_ID);
    expect(downstream.length).toBeGreaterThanOrEqual(1);
    expect(downstream[0]).toMatchObject({
      traceId: TRACE_ID,
      user: 'officer',
      operation: 'ObservedEntities',
      status: 200,
    });
    // Every other request got an id of its own, answered to the client and logged with its outcome.
    const refusedId = answers[3]?.response.headers.get('x-request-id');
    expect(refusedId).toMatch(/^[0-9a-f-]{36}$/);
    expect(gatewayLines.find((line) => line.reqId === refusedId)).toMatchObject({
      operation: 'ObservedBadCreate',
      errors: ['BAD_USER_INPUT'],
    });
    expect(gatewayLines.filter((line) => line.operation === 'ObservedGet')).toHaveLength(1);
  });

  it('writes no token, phone number, ID number or variables into either log', () => {
    const logs = [`gateway-extra-${GATEWAY}`, `entities-extra-${SUBGRAPH}`].map((name) =>
      readFileSync(join(LOG_DIR, `${name}.log`), 'utf8'),
    );
    for (const text of logs) {
      expect(text.length).toBeGreaterThan(0);
      for (const secret of [
        PHONE,
        PHONE.slice(3),
        ID_NUMBER,
        token,
        token.split('.')[2] ?? token,
        'Bearer',
        '观测测试',
      ]) {
        expect(text).not.toContain(secret);
      }
      expect(text).not.toMatch(/"variables"|authorization/i);
    }
  });

  describe('deploy/observability', () => {
    const exposed = () => new Set([...exposedNames(gatewayMetrics), ...exposedNames(subgraphMetrics)]);

    it('the Grafana dashboard: panels with Prometheus targets, each reading only exposed series', () => {
      const files = readdirSync(join(OBSERVABILITY, 'grafana')).filter((file) => file.endsWith('.json'));
      expect(files.length).toBeGreaterThan(0);
      const names = exposed();
      for (const file of files) {
        const dashboard = JSON.parse(readFileSync(join(OBSERVABILITY, 'grafana', file), 'utf8'));
        expect(dashboard).toMatchObject({
          title: expect.any(String),
          uid: expect.any(String),
          panels: expect.any(Array),
        });
        expect(dashboard.templating.list.some((v: { type: string }) => v.type === 'datasource')).toBe(true);
        const ids = dashboard.panels.map((panel: { id: number }) => panel.id);
        expect(new Set(ids).size).toBe(ids.length);
        const graphs = dashboard.panels.filter((panel: { type: string }) => panel.type !== 'row');
        expect(graphs.length).toBeGreaterThanOrEqual(10);
        for (const panel of graphs) {
          expect(panel.gridPos).toMatchObject({ w: expect.any(Number), h: expect.any(Number) });
          expect(panel.targets.length, panel.title).toBeGreaterThan(0);
          for (const target of panel.targets) {
            const series = seriesIn(target.expr);
            expect(series.length, `${panel.title}: ${target.expr}`).toBeGreaterThan(0);
            for (const name of series) {
              expect(names.has(name) || PROMETHEUS_OWN.has(name), `${panel.title} reads ${name}`).toBe(true);
            }
          }
        }
      }
    });

    it('the alert rules: named, timed, with a severity and a runbook section in docs/operations.md, reading only exposed series', () => {
      const rules = parseYaml(readFileSync(join(OBSERVABILITY, 'prometheus', 'alerts.yml'), 'utf8'));
      const operations = readFileSync(join(ROOT, 'docs', 'operations.md'), 'utf8');
      const anchors = new Set(
        [...operations.matchAll(/^#+ (.+)$/gm)].map((m) =>
          (m[1] ?? '')
            .trim()
            .toLowerCase()
            .replace(/[^a-z0-9\s-]/g, '')
            .replace(/\s+/g, '-'),
        ),
      );
      const names = exposed();
      const alerts = rules.groups.flatMap((group: { rules: Record<string, any>[] }) => group.rules);
      expect(alerts.map((rule: { alert: string }) => rule.alert)).toEqual(
        expect.arrayContaining([
          'ShianSubgraphDown',
          'ShianServerErrorRate',
          'ShianLatencyP95High',
          'ShianBreakerOpen',
        ]),
      );
      for (const rule of alerts) {
        expect(rule.alert).toMatch(/^Shian[A-Za-z0-9]+$/);
        expect(rule.for).toMatch(/^\d+[smh]$/);
        expect(['critical', 'warning', 'info']).toContain(rule.labels.severity);
        expect(rule.annotations.summary).toEqual(expect.any(String));
        const anchor = String(rule.annotations.runbook).split('#')[1];
        expect(anchors.has(anchor ?? ''), `${rule.alert}: docs/operations.md has no section #${anchor}`).toBe(true);
        const series = seriesIn(rule.expr);
        expect(series.length, rule.alert).toBeGreaterThan(0);
        for (const name of series)
          expect(names.has(name) || PROMETHEUS_OWN.has(name), `${rule.alert} reads ${name}`).toBe(true);
      }
    });

    it('reads series names out of PromQL', () => {
      expect(
        seriesIn('histogram_quantile(0.95, sum by (le, subgraph) (rate(a_bucket{outcome="ok",x=~"b|c"}[5m]))) > 0.5'),
      ).toEqual(['a_bucket']);
      expect(seriesIn('sum by (service) (rate(x_total[$__rate_interval])) / on(service) y')).toEqual(['x_total', 'y']);
    });
  });
});
