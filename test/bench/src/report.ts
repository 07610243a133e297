import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { BundleReport } from './bundles';
import { BUDGETS, kb } from './bundles';
import {
  DIRECT,
  ENTITIES_DIRECT,
  FLOOR,
  type GatewayBenchResult,
  type Measurement,
  OURS,
  OURS_PLAN_AS_IS,
} from './gateway-bench';
import type { Machine } from './machine';
import type { ProfileSummary } from './profile';
import type { ScaleResult } from './scale';
import type { SubgraphProfileResult } from './subgraph-profile';

export const BEGIN = '<!-- pnpm bench: generated from here -->';
export const END = '<!-- pnpm bench: generated up to here -->';

export interface BenchReport {
  machine: Machine;
  gateway?: GatewayBenchResult;
  profile?: ProfileSummary;
  subgraphProfile?: SubgraphProfileResult;
  counts?: string[];
  scale?: ScaleResult[];
  frontend?: {
    shell: BundleReport;
    shellOnDemand?: BundleReport;
    remotes: (BundleReport & { lazy: BundleReport })[];
    browser?: string[];
  };
  seconds: number;
  /** Parts that failed, with why: printed at the top of the generated section. */
  failures: string[];
}

const fixed = (n: number, digits = 0) => n.toFixed(digits);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');

function gatewayTables(result: GatewayBenchResult): string[] {
  const o = result.options;
  const lines = [
    '### Gateway',
    '',
    `Load: autocannon in its own process, ${o.connections} connections, ${o.warmupSeconds} s warm-up then ` +
      `${o.seconds} s measured, ${o.rounds} round(s) (every target once per round, in turn; figures are the ` +
      `medians of the rounds, "rounds" the RPS of each). Requests cycle through ${o.pages} different pages of ` +
      `${o.first} rows, so no gateway can merge identical in-flight requests. CPU ms/req: CPU time (user + system) ` +
      "of the gateway's processes, and of all subgraphs together, during the measured seconds, per request served — " +
      "the figure least disturbed by the rest of the machine. Every target's answers were " +
      'checked equal to ours before its load. Federated query: a page of entities with township, licences, ' +
      `samples (and each sample's entity, back through entities) and cases — subgraphs ${result.domains.join(', ')}.`,
    '',
  ];
  for (const query of ['federated', 'pass-through'] as const) {
    const rows = result.measurements.filter((m) => m.query === query);
    if (rows.length === 0) continue;
    const ours = rows.find((m) => m.target === OURS);
    const peers = rows.filter((m) => m.target !== OURS && m.target !== DIRECT && m.target !== OURS_PLAN_AS_IS);
    const fastest = peers.reduce<Measurement | undefined>(
      (best, m) => (!best || m.rps > best.rps ? m : best),
      undefined,
    );
    lines.push(
      `**${query}** (${query === 'federated' ? 'FederatedPage' : 'SamplesPage: the sampling subgraph alone'})`,
      '',
      '| target | RPS | p50 ms | p99 ms | gateway CPU ms/req | subgraphs CPU ms/req | rounds (RPS) | failures | ours ÷ target (RPS) |',
      '|---|---:|---:|---:|---:|---:|---|---:|---:|',
    );
    for (const m of rows) {
      lines.push(
        `| ${m.target} | ${fixed(m.rps)} | ${fixed(m.p50, 1)} | ${fixed(m.p99, 1)} | ${m.target === DIRECT ? '–' : fixed(m.gatewayCpuMs, 2)} | ${fixed(m.subgraphsCpuMs, 2)} | ${m.rounds.map((r) => fixed(r)).join(', ')} | ${m.failures} | ${m.target === OURS || !ours ? '' : ratio(ours.rps, m.rps)} |`,
      );
    }
    lines.push('');
    if (ours && fastest) {
      lines.push(
        `- ours ÷ fastest peer (${fastest.target}): **${ratio(ours.rps, fastest.rps)}** RPS, p99 ${fixed(ours.p99, 1)} ms vs ${fixed(fastest.p99, 1)} ms`,
      );
    }
    const planAsIs = rows.find((m) => m.target === OURS_PLAN_AS_IS);
    if (ours && planAsIs) {
      lines.push(
        `- ours ÷ ours with Apollo's plan as is (every \`_entities\` fetch sent): **${ratio(ours.rps, planAsIs.rps)}** RPS, p99 ${fixed(ours.p99, 1)} ms vs ${fixed(planAsIs.p99, 1)} ms`,
      );
    }
    const direct = rows.find((m) => m.target === DIRECT);
    if (ours && direct) lines.push(`- ours ÷ direct: **${ratio(ours.rps, direct.rps)}** RPS`);
    lines.push('');
  }
  return [...lines, ...floorLines(result)];
}

/** The entities subgraph against the floor (src/floor/entities.ts) on the same page, straight to each. */
function floorLines(result: GatewayBenchResult): string[] {
  const rows = result.measurements.filter((m) => m.query === 'entities-page');
  if (rows.length === 0) return [];
  const lines = [
    "**entities page** (EntitiesPage: the entities subgraph's part of the federated page, straight to the subgraph " +
      'and to the floor — plain graphql-js and the same SQL through libsql on the same database file, answering the ' +
      "subgraph's very bytes; it verifies no token and no credential)",
    '',
    '| target | RPS | p50 ms | p99 ms | server CPU ms/req | rounds (RPS) | failures |',
    '|---|---:|---:|---:|---:|---|---:|',
  ];
  for (const m of rows) {
    lines.push(
      `| ${m.target} | ${fixed(m.rps)} | ${fixed(m.p50, 1)} | ${fixed(m.p99, 1)} | ${fixed(m.gatewayCpuMs, 2)} | ${m.rounds.map((r) => fixed(r)).join(', ')} | ${m.failures} |`,
    );
  }
  lines.push('');
  const subgraph = rows.find((m) => m.target === ENTITIES_DIRECT);
  const floor = rows.find((m) => m.target === FLOOR);
  if (subgraph && floor) {
    lines.push(
      `- entities subgraph ÷ floor: **${ratio(subgraph.rps, floor.rps)}** RPS; CPU per request ` +
        `${ratio(subgraph.gatewayCpuMs, floor.gatewayCpuMs)} the floor's (${fixed(subgraph.gatewayCpuMs, 2)} ms against ` +
        `${fixed(floor.gatewayCpuMs, 2)} ms)`,
      '',
    );
  }
  return lines;
}

function profileLines(profile: ProfileSummary): string[] {
  return [
    '### Where our gateway spends its CPU (pass-through load, `--cpu-prof`)',
    '',
    `Self time over the whole profiled process (${profile.totalMs} ms, start-up included), by package:`,
    '',
    '| package | share |',
    '|---|---:|',
    ...profile.byPackage.map((p) => `| ${p.name} | ${(p.share * 100).toFixed(1)} % |`),
    '',
    'Top functions (self time):',
    '',
    '| function | share |',
    '|---|---:|',
    ...profile.byFunction.map((f) => `| \`${f.name.replace(/\|/g, '\\|')}\` | ${(f.share * 100).toFixed(1)} % |`),
    '',
  ];
}

function subgraphProfileLines(result: SubgraphProfileResult): string[] {
  const lines = [
    '### Where the subgraphs spend their CPU (production build, federated load, `--cpu-prof`)',
    '',
    `Each subgraph of the federated page packed as in production and run as \`node dist/main.js\` (no TypeScript ` +
      `hooks), loaded through our gateway with ${result.options.connections} connections, ` +
      `${result.options.rounds} round(s) of ${result.options.seconds} s (${result.requests} requests, median ` +
      `${fixed(result.rps)} RPS; CPU ms per request of all subgraphs by round: ${result.rounds.map((r) => fixed(r, 1)).join(', ')}). ` +
      'Self time of the measured rounds only, idle left out; our bundled code is named by its TypeScript source.',
    '',
  ];
  const baseline = result.baseline;
  if (baseline) {
    const total = (profiles: SubgraphProfileResult['profiles']) =>
      profiles.reduce((sum, p) => sum + p.cpuMsPerRequest, 0);
    lines.push(
      `Against the baseline build (${baseline.commit.slice(0, 10)}, packed and run the same way at the same time, the ` +
        `two taking turns under load; its CPU ms per request by round: ${baseline.rounds.map((r) => fixed(r, 1)).join(', ')}` +
        `${baseline.sameAnswers ? ', answering every page alike' : "; **its answers differ from the current build's**"}):`,
      '',
      '| subgraph | CPU ms per federated request (median of rounds) | baseline | current ÷ baseline |',
      '|---|---:|---:|---:|',
      ...result.profiles.map((p) => {
        const old = baseline.profiles.find((b) => b.subgraph === p.subgraph)?.cpuMsPerRequest ?? 0;
        return `| ${p.subgraph} | ${fixed(p.cpuMsPerRequest, 2)} | ${fixed(old, 2)} | ${ratio(p.cpuMsPerRequest, old)} |`;
      }),
      `| all (sum) | ${fixed(total(result.profiles), 2)} | ${fixed(total(baseline.profiles), 2)} | **${ratio(total(result.profiles), total(baseline.profiles))}** |`,
      '',
    );
  }
  for (const p of result.profiles) {
    lines.push(
      `**${p.subgraph}**: ${fixed(p.cpuMsPerRequest, 2)} ms CPU per federated request; busy ${p.summary.totalMs} ms in ` +
        'the profile. By package: ' +
        p.summary.byPackage
          .slice(0, 8)
          .map((pkg) => `${pkg.name} ${(pkg.share * 100).toFixed(1)} %`)
          .join(', '),
      '',
      '| function (self time) | share |',
      '|---|---:|',
      ...p.summary.byFunction
        .slice(0, 12)
        .map((f) => `| \`${f.name.replace(/\|/g, '\\|')}\` | ${(f.share * 100).toFixed(1)} % |`),
      '',
    );
  }
  return lines;
}

function scaleLines(results: ScaleResult[]): string[] {
  const lines = ['### Data scale', ''];
  for (const r of results) {
    lines.push(
      `**${r.dialect}** — small: ${r.small.entities.toLocaleString('en')} entities / ${r.small.samples.toLocaleString('en')} samples / ${r.small.cases.toLocaleString('en')} cases; ` +
        `large: ${r.large.entities.toLocaleString('en')} entities / ${r.large.samples.toLocaleString('en')} samples / ${r.large.cases.toLocaleString('en')} cases ` +
        `(generated in ${fixed(r.large.generationSeconds, 1)} s${r.large.reused ? ', reused from an earlier run' : ''}). ` +
        `Median of ${r.repeats} calls to the subgraph over HTTP, after warm-up.`,
      '',
      '| query | small ms | large ms | large ÷ small | within 1.5× |',
      '|---|---:|---:|---:|:---:|',
    );
    for (const q of r.queries) {
      lines.push(
        `| ${q.name} | ${fixed(q.smallMs, 1)} | ${fixed(q.largeMs, 1)} | ${ratio(q.largeMs, q.smallMs)} | ${q.largeMs <= q.smallMs * 1.5 ? 'yes' : '**no**'} |`,
      );
    }
    lines.push('');
  }
  return lines;
}

function frontendLines(frontend: NonNullable<BenchReport['frontend']>): string[] {
  const lines = [
    '### Frontend (gzip, from the built dist/)',
    '',
    '| bundle | gzip KB | raw KB | budget KB | within |',
    '|---|---:|---:|---:|:---:|',
    `| shell: initial JS (its frame, with React and the antd components the frame draws) | ${kb(frontend.shell.gzip)} | ${kb(frontend.shell.raw)} | ${BUDGETS.shellInitialKb} | ${kb(frontend.shell.gzip) <= BUDGETS.shellInitialKb ? 'yes' : '**no**'} |`,
  ];
  const onDemand = frontend.shellOnDemand;
  if (onDemand) {
    lines.push(
      `| shell: shared on demand (\`@shian/antd\`, the kit's page components; loads with the first page) | ${kb(onDemand.gzip)} | ${kb(onDemand.raw)} | — | |`,
    );
  }
  for (const r of frontend.remotes) {
    lines.push(
      `| remote ${r.name}: own code (lazy part ${kb(r.lazy.gzip)}) | ${kb(r.gzip)} | ${kb(r.raw)} | ${BUDGETS.remoteOwnKb} | ${kb(r.gzip) <= BUDGETS.remoteOwnKb ? 'yes' : '**no**'} |`,
    );
  }
  lines.push('', "Largest files of the shell's initial JS:", '');
  for (const f of frontend.shell.files.slice(0, 5)) lines.push(`- ${kb(f.gzip)} KB \`${f.file}\``);
  if (frontend.browser?.length) lines.push('', 'In Chromium:', '', ...frontend.browser.map((b) => `- ${b}`));
  lines.push('');
  return lines;
}

export function renderReport(report: BenchReport): string {
  const m = report.machine;
  const lines = [
    BEGIN,
    '',
    `## Latest run: ${m.date}`,
    '',
    `Machine: ${m.cpu}, ${m.memoryGb} GB, ${m.os}, Node ${m.node}. Load average at the start ` +
      `${m.loadAverage.join(' / ')} (1/5/15 min), ${m.processes} processes` +
      (report.gateway
        ? `; during the gateway runs ${report.gateway.loadAfter.map((n) => n.toFixed(2)).join(' / ')}`
        : '') +
      `. The run took ${Math.round(report.seconds)} s. Everything — subgraphs, gateways, load generator — shares ` +
      'these cores, and other work on the machine shares them too: compare figures within one run, not across runs.',
    '',
  ];
  if (report.failures.length)
    lines.push('**Parts that failed in this run:**', '', ...report.failures.map((f) => `- ${f}`), '');
  if (report.gateway) lines.push(...gatewayTables(report.gateway));
  if (report.profile) lines.push(...profileLines(report.profile));
  if (report.subgraphProfile) lines.push(...subgraphProfileLines(report.subgraphProfile));
  if (report.counts?.length) lines.push('### Query counts', '', ...report.counts.map((c) => `- ${c}`), '');
  if (report.scale?.length) lines.push(...scaleLines(report.scale));
  if (report.frontend) lines.push(...frontendLines(report.frontend));
  lines.push(END);
  return lines.join('\n');
}

/** Replaces the generated part of docs/benchmarks.md, keeping what people wrote around it. */
export function writeReport(file: string, report: BenchReport) {
  const generated = renderReport(report);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${BEGIN}\n${END}\n`;
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${generated}${current.slice(end + END.length)}`
      : `${current.trimEnd()}\n\n${generated}\n`;
  writeFileSync(file, next);
}
