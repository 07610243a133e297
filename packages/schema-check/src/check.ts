import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildASTSchema, buildSchema, type GraphQLSchema, parse, validate } from 'graphql';
import type { Acknowledgement } from './baseline';
import type { FrontendOperation } from './operations';
import { affects, coordinatesOf } from './usage';

export interface CheckInput {
  /** The composed API schema of the current subgraphs. */
  apiSdl: string;
  /** The current SDL of every subgraph, by name. */
  subgraphs: Record<string, string>;
  /** The baselines, by subgraph name (services/gateway/schema-baseline). */
  baselines: Record<string, string>;
  /** Composes subgraph SDLs into an API schema SDL: the baseline API schema is the baselines' composition. */
  composeApi: (subgraphs: Record<string, string>) => string;
  operations: FrontendOperation[];
  acknowledged: Acknowledgement[];
  /** Shown in the instructions: where acknowledgements go. */
  acknowledgedFile: string;
  /**
   * Validate every operation against the current API schema (default). The gateway's build turns it off: there the
   * operations only name who a breaking change hurts, and each frontend's own codegen validates its operations.
   */
  validateOperations?: boolean;
  /** Frontend documents that could not be read (they fail the check when operations are validated). */
  operationProblems?: string[];
}

export interface CheckResult {
  ok: boolean;
  /** What fails the check, one block per problem. */
  failures: string[];
  /** What passes but deserves a look: acknowledged and dangerous changes, new subgraphs without a baseline. */
  notes: string[];
  /** The whole report, as printed. */
  report: string;
}

/** Subgraph SDL carries federation directives that it does not define: build it leniently. */
const subgraphSchema = (sdl: string) => buildASTSchema(parse(sdl), { assumeValidSDL: true });

interface Finding {
  change: Change;
  schemas: string[];
}

const keyOf = (change: Change) => `${change.type} ${change.path ?? ''}`;

/**
 * The schema checks of CI, on schemas already composed: breaking changes of every subgraph and of the API schema
 * against the baselines (each naming the frontend operations that use what changed), unless acknowledged; and
 * every frontend operation validated against the current API schema.
 */
export async function checkSchemas(input: CheckInput): Promise<CheckResult> {
  const failures: string[] = [];
  const notes: string[] = [];
  const api = buildSchema(input.apiSdl);

  const baselined = Object.keys(input.baselines).filter((name) => name in input.subgraphs);
  const gone = Object.keys(input.baselines).filter((name) => !(name in input.subgraphs));
  for (const name of gone) {
    failures.push(
      `✗ Subgraph ${name} has a baseline but is no longer composed: every frontend and partner operation on it breaks. ` +
        `If that is intended, delete services/gateway/schema-baseline/${name}.graphql.`,
    );
  }
  for (const name of Object.keys(input.subgraphs).filter((n) => !(n in input.baselines))) {
    notes.push(
      `· Subgraph ${name} has no baseline yet: its changes are not checked for breaking (only operations are).`,
    );
  }

  // One finding per (change type, coordinate), with every schema it appears in: a field removed from a subgraph
  // shows in that subgraph and in the API schema, and is one thing to fix.
  const findings = new Map<string, Finding>();
  const record = (schema: string, changes: Change[]) => {
    for (const change of changes) {
      const key = keyOf(change);
      const finding = findings.get(key) ?? { change, schemas: [] };
      finding.schemas.push(schema);
      findings.set(key, finding);
    }
  };
  for (const name of baselined) {
    record(name, await diff(subgraphSchema(input.baselines[name]!), subgraphSchema(input.subgraphs[name]!)));
  }
  let baselineApi: GraphQLSchema | undefined;
  if (baselined.length > 0) {
    const subset = Object.fromEntries(baselined.map((name) => [name, input.baselines[name]!]));
    baselineApi = buildSchema(input.composeApi(subset));
    // The baseline API schema holds only baselined subgraphs: what the others add is new, never removed.
    record('api', await diff(baselineApi, api));
  }

  const coordinates = new Map<FrontendOperation, Set<string>>();
  for (const operation of input.operations) {
    const used = coordinatesOf(api, operation.document);
    if (baselineApi) for (const c of coordinatesOf(baselineApi, operation.document)) used.add(c);
    coordinates.set(operation, used);
  }
  const usersOf = (change: Change) => input.operations.filter((op) => affects(change, coordinates.get(op)!));
  const describeUsers = (users: FrontendOperation[]) =>
    users.length === 0
      ? '    used by no frontend operation in this repository (partners’ own operations may still use it)'
      : users.map((op) => `    used by ${op.folder}: ${op.label} (${op.file})`).join('\n');

  const acknowledgedBy = (finding: Finding) =>
    input.acknowledged.find(
      (a) =>
        a.change === finding.change.type &&
        a.path === finding.change.path &&
        (!a.schemas || finding.schemas.every((s) => a.schemas!.includes(s))),
    );
  const usedAcks = new Set<Acknowledgement>();
  const unacknowledged: Finding[] = [];
  for (const finding of findings.values()) {
    const { change } = finding;
    const where = finding.schemas.map((s) => (s === 'api' ? 'API schema' : `subgraph ${s}`)).join(', ');
    const headline = `${change.message} [${change.type} ${change.path ?? ''}] in ${where}`;
    if (change.criticality.level === CriticalityLevel.Breaking) {
      const ack = acknowledgedBy(finding);
      if (ack) {
        usedAcks.add(ack);
        notes.push(
          `· Acknowledged breaking change: ${headline}\n    reason: ${ack.reason}\n${describeUsers(usersOf(change))}`,
        );
      } else {
        unacknowledged.push(finding);
        failures.push(`✗ Breaking change: ${headline}\n${describeUsers(usersOf(change))}`);
      }
    } else if (change.criticality.level === CriticalityLevel.Dangerous) {
      notes.push(`· Dangerous change: ${headline}\n${describeUsers(usersOf(change))}`);
    }
  }
  for (const ack of input.acknowledged.filter((a) => !usedAcks.has(a))) {
    notes.push(
      `· Acknowledged ${ack.change} ${ack.path} no longer differs from the baseline (keep it as a record, or drop it).`,
    );
  }

  if (input.validateOperations !== false) {
    for (const problem of input.operationProblems ?? []) failures.push(`✗ ${problem}`);
  }
  for (const operation of input.validateOperations === false ? [] : input.operations) {
    const errors = validate(api, operation.document);
    if (errors.length === 0) continue;
    failures.push(
      `✗ ${operation.folder}: ${operation.label} (${operation.file}) does not validate against the composed API schema:\n` +
        errors.map((error) => `    ${error.message}`).join('\n'),
    );
  }

  const lines: string[] = [];
  if (failures.length > 0) {
    lines.push('Schema check failed:', '', ...failures.flatMap((f) => [f, '']));
    if (unacknowledged.length > 0) {
      lines.push(
        'A breaking change breaks the frontends and partner operations that use it. Prefer an additive change (add the',
        'new field, deprecate the old one with @deprecated, remove it once nothing uses it). To make it anyway, first',
        `change the operations listed above, then record it in ${input.acknowledgedFile}:`,
        ...unacknowledged.map(
          ({ change, schemas }) =>
            `  { "change": "${change.type}", "path": "${change.path ?? ''}", "schemas": ${JSON.stringify(schemas)}, "reason": "<why it is safe>" }`,
        ),
        '',
      );
    }
  } else {
    lines.push(
      `Schema check passed: ${Object.keys(input.subgraphs).length} subgraphs (${baselined.length} with a baseline), ` +
        (input.validateOperations === false
          ? 'no unacknowledged breaking change.'
          : `${input.operations.length} frontend operations valid against the composed API schema.`),
    );
  }
  if (notes.length > 0) lines.push('', ...notes);
  return { ok: failures.length === 0, failures, notes, report: lines.join('\n') };
}
