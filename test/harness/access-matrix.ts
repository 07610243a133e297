import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { codes, gql } from './graphql';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ROLES = ['admin', 'officer', 'township', 'village', 'police', 'education', 'agriculture'] as const;
export type Role = (typeof ROLES)[number];
export const PARTNERS: readonly Role[] = ['police', 'education', 'agriculture'];

/** The composed API schema the frontends and partners are built against. */
export function apiSchema() {
  return buildSchema(readFileSync(join(ROOT, 'services/gateway/api-schema.graphql'), 'utf8'));
}

/**
 * What one role got from one root query: FORBIDDEN, a count (a connection's totalCount, a list's length), a
 * record or no record (a single object), or another error code.
 */
export type Outcome =
  | { kind: 'forbidden' }
  | { kind: 'count'; n: number }
  | { kind: 'record'; found: boolean }
  | { kind: 'error'; code: string };

const unwrap = (type: GraphQLOutputType): GraphQLOutputType => (isNonNullType(type) ? type.ofType : type);

function isConnection(type: GraphQLOutputType): type is GraphQLObjectType {
  const named = getNamedType(type);
  return isObjectType(named) && 'totalCount' in named.getFields() && 'nodes' in named.getFields();
}

/** A value for a required argument: the report year, a record id from `ids`, or nothing (the field is skipped). */
function argumentValue(arg: GraphQLArgument, ids: Map<string, string>, returnType: string): unknown {
  const named = getNamedType(arg.type as GraphQLInputType).name;
  if (arg.name === 'year' && named === 'Int') return 2024;
  if (arg.name === 'years') return [2024];
  if (named === 'ID' && arg.name === 'id') return ids.get(returnType);
  // The reminder service's own check (claimableReminderPeriods): refused to every user before its arguments are
  // looked at, so any values do.
  if (arg.name === 'channelId') return 'matrix-channel';
  if (named === 'ReminderDeliveryKind') return 'DIGEST';
  if (arg.name === 'periodKeys') return ['matrix'];
  return undefined;
}

/** A selection that reads as little as possible but still makes each subgraph resolve the field. */
function selection(type: GraphQLOutputType): string {
  if (isConnection(type)) return '{ totalCount }';
  const named = getNamedType(type);
  return isObjectType(named) ? '{ __typename }' : '';
}

export interface RootField {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  field: GraphQLField<unknown, unknown>;
}

/**
 * Every root query the schema has that can be called with the arguments we can fill in: required arguments are
 * the report year or a record id of the field's own type (found through its list, as `officer`). Fields whose
 * required arguments we cannot fill are returned in `skipped`, so the doc says what the matrix does not cover.
 */
export function rootQueries(ids: Map<string, string>): { fields: RootField[]; skipped: string[] } {
  const query = apiSchema().getQueryType();
  if (!query) throw new Error('the API schema has no Query type');
  const fields: RootField[] = [];
  const skipped: string[] = [];
  for (const field of Object.values(query.getFields())) {
    if (field.name.startsWith('_')) continue;
    const returnType = getNamedType(field.type).name;
    const variables: Record<string, unknown> = {};
    const definitions: string[] = [];
    let complete = true;
    for (const arg of field.args) {
      if (!isNonNullType(arg.type)) continue;
      const value = argumentValue(arg, ids, returnType);
      if (value === undefined) {
        complete = false;
        break;
      }
      variables[arg.name] = value;
      definitions.push(`$${arg.name}: ${String(arg.type)}`);
    }
    if (!complete) {
      skipped.push(field.name);
      continue;
    }
    const args = Object.keys(variables).map((name) => `${name}: $${name}`);
    const text = `query Matrix${definitions.length ? `(${definitions.join(', ')})` : ''} { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection(field.type)} }`;
    fields.push({ name: field.name, query: text, variables, field });
  }
  return { fields, skipped };
}

/**
 * The first record id of every type that a root list (a connection, or a plain list) without required arguments
 * returns, read as `officer` (who sees everything).
 */
export async function sampleIds(): Promise<Map<string, string>> {
  const query = apiSchema().getQueryType();
  const ids = new Map<string, string>();
  for (const field of Object.values(query?.getFields() ?? {})) {
    if (field.args.some((a) => isNonNullType(a.type))) continue;
    const connection = isConnection(field.type);
    if (!connection && !isListType(unwrap(field.type))) continue;
    const nodeType = connection
      ? getNamedType((getNamedType(field.type) as GraphQLObjectType).getFields().nodes?.type as GraphQLOutputType)
      : getNamedType(field.type);
    if (ids.has(nodeType.name) || !isObjectType(nodeType) || !('id' in nodeType.getFields())) continue;
    const text = connection ? `{ ${field.name}(first: 1) { nodes { id } } }` : `{ ${field.name} { id } }`;
    const result = await gql({ as: 'officer' }, text);
    const value = result.data?.[field.name] as { nodes?: { id: string }[] } | { id: string }[] | undefined;
    const id = Array.isArray(value) ? value[0]?.id : value?.nodes?.[0]?.id;
    if (id) ids.set(nodeType.name, id);
  }
  return ids;
}

/** Runs one root query as one role and classifies the answer. */
export async function outcomeOf(role: Role, field: RootField): Promise<Outcome> {
  const result = await gql({ as: role }, field.query, field.variables);
  const errorCodes = codes(result).filter(Boolean) as string[];
  if (errorCodes.includes('FORBIDDEN')) return { kind: 'forbidden' };
  if (errorCodes.length > 0) return { kind: 'error', code: errorCodes[0] as string };
  const value = result.data?.[field.name];
  const type = unwrap(field.field.type);
  if (isConnection(type)) return { kind: 'count', n: (value as { totalCount: number }).totalCount };
  if (isListType(type)) return { kind: 'count', n: (value as unknown[]).length };
  return { kind: 'record', found: value !== null && value !== undefined };
}

/**
 * A cell's class, which the rules and docs/security.md check (figures move as other tests write records):
 * 拒绝 (FORBIDDEN), 全部 (as much as officer sees), 部分 (less, but some), 0 (none), 有/无 (a record or not).
 */
export function cellClass(outcome: Outcome, officer: Outcome): string {
  if (outcome.kind === 'forbidden') return '拒绝';
  if (outcome.kind === 'error') return outcome.code;
  if (outcome.kind === 'record') return outcome.found ? '有' : '无';
  if (outcome.n === 0) return '0';
  return officer.kind === 'count' && outcome.n >= officer.n ? '全部' : '部分';
}

export interface MatrixRow {
  name: string;
  outcomes: Record<Role, Outcome>;
}

/** The matrix as a Markdown table, one row per root query, one column per role: class and figure. */
export function matrixTable(rows: MatrixRow[]): string {
  const header = `| query | ${ROLES.join(' | ')} |\n|---|${ROLES.map(() => '---').join('|')}|`;
  const cell = (row: MatrixRow, role: Role) => {
    const outcome = row.outcomes[role];
    const kind = cellClass(outcome, row.outcomes.officer);
    return outcome.kind === 'count' && outcome.n > 0 ? `${kind} ${outcome.n}` : kind;
  };
  const body = rows.map((row) => `| \`${row.name}\` | ${ROLES.map((role) => cell(row, role)).join(' | ')} |`);
  return [header, ...body].join('\n');
}

/** The classes of a table written by matrixTable: query → role → class. */
export function parseMatrixTable(markdown: string): Map<string, Record<string, string>> {
  const rows = new Map<string, Record<string, string>>();
  for (const line of markdown.split('\n')) {
    const match = /^\| `([^`]+)` \|(.*)\|$/.exec(line.trim());
    if (!match) continue;
    const cells = (match[2] as string).split('|').map((c) => c.trim().split(' ')[0] as string);
    rows.set(match[1] as string, Object.fromEntries(ROLES.map((role, i) => [role, cells[i] as string])));
  }
  return rows;
}
