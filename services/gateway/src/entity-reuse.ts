import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
} from 'graphql';

/**
 * Entity fields a query operation has already read from a subgraph, reused for its later `_entities` fetches to
 * the same subgraph.
 *
 * Apollo's plan for the federated page goes entities → sampling and enforcement → entities twice more, for
 * `Sample.entity { name }` and `Case.entity { name }`: entities the first fetch of the same operation has already
 * read (a sample's entity is one of the page's). Hive's planner merges those two trips into one; here they are not
 * needed at all when every representation of the fetch is an entity whose asked fields the same subgraph has
 * already answered in this operation. What is not known yet is fetched as before, once per distinct
 * representation (Apollo's executor sends one per occurrence: a page's samples repeat their entity).
 *
 * What keeps this equal to asking the subgraph:
 * - only within one operation (its request context: never across requests, callers or operations of a batch), and
 *   only in a query operation (a mutation may change what an earlier fetch read);
 * - only values from the same subgraph, for the same type and the same key values (the representation must be
 *   exactly a key of that type in that subgraph plus `__typename`: one carrying `@requires` fields is fetched);
 * - only leaf fields without arguments or directives (a field with arguments, a nested selection, an abstract
 *   fragment condition: fetched);
 * - only from subgraph answers without errors (a field nulled by an error is never passed on as a plain null).
 * The caller's scope is the one the subgraph applied to the first read, in the same operation.
 */

type Json = unknown;
type JsonObject = Record<string, Json>;

/** Each subgraph's entity keys (simple ones: top-level fields), by type; and every object type's name. */
export interface EntityKeys {
  keys: Map<string, Map<string, string[][]>>;
  objectTypes: Set<string>;
}

/** The simple keys (`@key(fields: "id")`, `"a b"`; not nested selections) of each subgraph, from a supergraph. */
export function entityKeysInSupergraph(supergraphSdl: string | DocumentNode): EntityKeys {
  const document = typeof supergraphSdl === 'string' ? parse(supergraphSdl) : supergraphSdl;
  const graphNames = new Map<string, string>();
  const keys = new Map<string, Map<string, string[][]>>();
  const objectTypes = new Set<string>();
  const stringArg = (
    args: readonly { name: { value: string }; value: { kind: string } }[] | undefined,
    name: string,
  ) => {
    const found = args?.find((a) => a.name.value === name)?.value as { kind: string; value?: unknown } | undefined;
    return found?.kind === Kind.STRING ? (found.value as string) : undefined;
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph') {
      for (const value of definition.values ?? []) {
        const directive = value.directives?.find((d) => d.name.value === 'join__graph');
        graphNames.set(value.name.value, stringArg(directive?.arguments, 'name') ?? value.name.value.toLowerCase());
      }
    }
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const typeName = definition.name.value;
    objectTypes.add(typeName);
    for (const directive of definition.directives ?? []) {
      if (directive.name.value !== 'join__type') continue;
      const graph = directive.arguments?.find((a) => a.name.value === 'graph')?.value;
      const fields = stringArg(directive.arguments, 'key');
      const resolvable = directive.arguments?.find((a) => a.name.value === 'resolvable')?.value;
      if (graph?.kind !== Kind.ENUM || fields === undefined || fields.includes('{')) continue;
      if (resolvable?.kind === Kind.BOOLEAN && !resolvable.value) continue;
      const subgraph = graphNames.get(graph.value) ?? graph.value.toLowerCase();
      const byType = keys.get(subgraph) ?? new Map<string, string[][]>();
      keys.set(subgraph, byType);
      const fieldNames = fields.split(/[\s,]+/).filter(Boolean);
      if (fieldNames.length > 0) byType.set(typeName, [...(byType.get(typeName) ?? []), fieldNames]);
    }
  }
  return { keys, objectTypes };
}

interface Parsed {
  operation: OperationDefinitionNode;
  fragments: Map<string, FragmentDefinitionNode>;
}

const parsedDocuments = new Map<string, Parsed | null>();
const MAX_PARSED = 2_000;

/** The operation of a fetch (the plan's own parsed document when given), cached by text: plans repeat them. */
function parsedFetch(query: string, document: DocumentNode | undefined): Parsed | null {
  let parsed = parsedDocuments.get(query);
  if (parsed !== undefined) return parsed;
  try {
    const doc = document ?? parse(query);
    const operations = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    parsed = operations.length === 1 ? { operation: operations[0] as OperationDefinitionNode, fragments } : null;
  } catch {
    parsed = null;
  }
  if (parsedDocuments.size >= MAX_PARSED) parsedDocuments.clear();
  parsedDocuments.set(query, parsed);
  return parsed;
}

const isPlainLeaf = (field: FieldNode) =>
  !field.selectionSet && !field.arguments?.length && !field.directives?.length && field.name.value !== '__typename';

const copy = (value: Json): Json => (value !== null && typeof value === 'object' ? structuredClone(value) : value);

/**
 * The subgraphs whose answers a plan can reuse: those it sends an `_entities` fetch (one with `requires`) and at
 * least one more fetch. Any other subgraph's answers are never asked for again in the operation, so they need not be
 * walked and recorded (on the federated page: sampling's and enforcement's, the largest). Over-approximate on
 * purpose: the order of a plan's fetches (parallel branches, conditions, deferred parts) does not matter here.
 */
export function reusableSubgraphs(queryPlan: object): Set<string> {
  const fetches = new Map<string, { count: number; entities: boolean }>();
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.kind === 'Fetch' && typeof n.serviceName === 'string') {
      const seen = fetches.get(n.serviceName) ?? { count: 0, entities: false };
      seen.count++;
      seen.entities ||= Array.isArray(n.requires) && n.requires.length > 0;
      fetches.set(n.serviceName, seen);
      return;
    }
    // Sequence, Parallel (nodes), Flatten and the plan itself (node), Condition (ifClause, elseClause), Defer
    // (primary, deferred[].node).
    for (const key of ['node', 'nodes', 'primary', 'deferred', 'ifClause', 'elseClause']) {
      const child = n[key];
      if (Array.isArray(child)) for (const item of child) visit(item);
      else visit(child);
    }
  };
  visit(queryPlan);
  return new Set([...fetches].filter(([, f]) => f.entities && f.count > 1).map(([name]) => name));
}

/** What the subgraphs have answered so far in one query operation, by subgraph, type and key values. */
export class EntityReuse {
  private readonly seen = new Map<string, Map<string, JsonObject>>();
  /** The only subgraphs whose answers are recorded, once the operation's plan is known (`reusableSubgraphs`). */
  recordOnly: Set<string> | undefined;

  constructor(private readonly entityKeys: EntityKeys) {}

  /** The keys of an object of this type in this subgraph whose fields all have scalar values. */
  private keysOf(subgraph: string, typename: string, values: (field: string) => Json): [string[], string][] {
    const found: [string[], string][] = [];
    key: for (const fields of this.entityKeys.keys.get(subgraph)?.get(typename) ?? []) {
      const parts: Json[] = [typename];
      for (const field of fields) {
        const value = values(field);
        if (value === undefined || value === null || typeof value === 'object') continue key;
        parts.push(value);
      }
      found.push([fields, JSON.stringify([fields, parts])]);
    }
    return found;
  }

  /** Records the entity fields of a subgraph's answer (nothing from an answer with errors). */
  record(subgraph: string, query: string, document: DocumentNode | undefined, data: Json, hasErrors: boolean) {
    if (hasErrors || data === null || typeof data !== 'object') return;
    if (this.recordOnly && !this.recordOnly.has(subgraph)) return;
    const parsed = parsedFetch(query, document);
    if (parsed?.operation.operation !== 'query') return;
    let seen = this.seen.get(subgraph);
    if (!seen) {
      seen = new Map();
      this.seen.set(subgraph, seen);
    }
    this.walk(subgraph, seen, parsed, data as JsonObject, parsed.operation.selectionSet);
  }

  private walk(
    subgraph: string,
    seen: Map<string, JsonObject>,
    parsed: Parsed,
    object: JsonObject,
    selectionSet: SelectionSetNode,
  ) {
    const typename = typeof object.__typename === 'string' ? object.__typename : undefined;
    // Only an entity of this subgraph (a type with a key here) has fields worth keeping; its children may be.
    const keyed = typename !== undefined && this.entityKeys.keys.get(subgraph)?.has(typename) === true;
    const leaves: [string, Json][] = [];
    const visit = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const responseKey = selection.alias?.value ?? selection.name.value;
          if (!Object.hasOwn(object, responseKey)) continue;
          const value = object[responseKey];
          if (selection.selectionSet) {
            if (selection.directives?.length) continue;
            this.walkValue(subgraph, seen, parsed, value, selection.selectionSet);
          } else if (keyed && isPlainLeaf(selection)) {
            leaves.push([selection.name.value, value]);
          }
          continue;
        }
        if (selection.directives?.length) continue;
        const fragment =
          selection.kind === Kind.INLINE_FRAGMENT ? selection : parsed.fragments.get(selection.name.value);
        if (!fragment) continue;
        const condition = fragment.typeCondition?.name.value;
        // A fragment applies to this object only when it names its very type (or none): an interface's fragment
        // could alias another field to the same response key for another type.
        if (condition === undefined || condition === typename) visit(fragment.selectionSet);
      }
    };
    visit(selectionSet);
    if (!keyed || leaves.length === 0) return;
    const fields = new Map(leaves);
    const keys = this.keysOf(subgraph, typename, (field) => fields.get(field));
    if (keys.length === 0) return;
    // One entry under each of its keys: a later representation may use any of them.
    const entry = keys.map(([, key]) => seen.get(key)).find(Boolean) ?? {};
    for (const [name, value] of leaves) entry[name] = copy(value);
    for (const [, key] of keys) seen.set(key, entry);
  }

  private walkValue(
    subgraph: string,
    seen: Map<string, JsonObject>,
    parsed: Parsed,
    value: Json,
    selectionSet: SelectionSetNode,
  ) {
    if (Array.isArray(value)) {
      for (const item of value) this.walkValue(subgraph, seen, parsed, item, selectionSet);
    } else if (value !== null && typeof value === 'object') {
      this.walk(subgraph, seen, parsed, value as JsonObject, selectionSet);
    }
  }

  /**
   * An `_entities` fetch split into what this operation has read (`known`: the answers built, by original
   * position) and what must still be asked, each once (`unique`: the distinct representations to send; `slot`: the
   * position in `unique` of each original one, -1 when known). Nothing to send when `unique` is empty; undefined
   * when the fetch is not a plain `_entities` query.
   */
  plan(
    subgraph: string,
    query: string,
    document: DocumentNode | undefined,
    representations: readonly Json[],
  ): EntitiesPlan | undefined {
    const parsed = parsedFetch(query, document);
    if (parsed?.operation.operation !== 'query') return undefined;
    const root = parsed.operation.selectionSet.selections;
    const field = root.length === 1 && root[0]?.kind === Kind.FIELD ? root[0] : undefined;
    if (field?.name.value !== '_entities' || field.directives?.length || !field.selectionSet) return;
    const responseKey = field.alias?.value ?? field.name.value;
    const seen = this.seen.get(subgraph);
    const known: (JsonObject | undefined)[] = [];
    const unique: Json[] = [];
    const slot: number[] = [];
    const slots = new Map<string, number>();
    for (const representation of representations) {
      const built = seen ? this.build(subgraph, seen, parsed, field.selectionSet, representation) : undefined;
      known.push(built);
      if (built) {
        slot.push(-1);
        continue;
      }
      const text = JSON.stringify(representation);
      let at = slots.get(text);
      if (at === undefined) {
        at = unique.length;
        unique.push(representation);
        slots.set(text, at);
      }
      slot.push(at);
    }
    return { responseKey, known, unique, slot };
  }

  private build(
    subgraph: string,
    seen: Map<string, JsonObject>,
    parsed: Parsed,
    selectionSet: SelectionSetNode,
    representation: Json,
  ): JsonObject | undefined {
    if (representation === null || typeof representation !== 'object' || Array.isArray(representation)) return;
    const rep = representation as JsonObject;
    const typename = rep.__typename;
    if (typeof typename !== 'string') return;
    // Exactly a key and `__typename`: a representation that carries `@requires` fields is always fetched.
    const repFields = Object.keys(rep).filter((k) => k !== '__typename');
    const key = this.keysOf(subgraph, typename, (f) => (repFields.includes(f) ? rep[f] : undefined)).find(
      ([fields]) => fields.length === repFields.length,
    )?.[1];
    if (key === undefined) return;
    const entry = seen.get(key);
    if (!entry) return;
    const out: JsonObject = {};
    const fill = (set: SelectionSetNode): boolean => {
      for (const selection of set.selections) {
        if (selection.directives?.length) return false;
        if (selection.kind === Kind.FIELD) {
          const responseKey = selection.alias?.value ?? selection.name.value;
          if (selection.name.value === '__typename' && !selection.selectionSet && !selection.arguments?.length) {
            out[responseKey] = typename;
            continue;
          }
          if (!isPlainLeaf(selection) || !Object.hasOwn(entry, selection.name.value)) return false;
          out[responseKey] = copy(entry[selection.name.value]);
          continue;
        }
        const fragment =
          selection.kind === Kind.INLINE_FRAGMENT ? selection : parsed.fragments.get(selection.name.value);
        if (!fragment) return false;
        const condition = fragment.typeCondition?.name.value;
        if (condition === undefined || condition === typename) {
          if (!fill(fragment.selectionSet)) return false;
        } else if (!this.entityKeys.objectTypes.has(condition)) {
          // An interface or union: whether it applies to this type is not known here.
          return false;
        }
      }
      return true;
    };
    return fill(selectionSet) ? out : undefined;
  }
}

export interface EntitiesPlan {
  responseKey: string;
  known: (JsonObject | undefined)[];
  unique: Json[];
  slot: number[];
}

/** The `_entities` answer for every original representation: the known ones and the subgraph's for the rest. */
export function spliceEntities<
  E extends { path?: readonly (string | number)[] },
  R extends { data?: JsonObject | null; errors?: readonly E[] },
>(plan: EntitiesPlan, response: R): R {
  const fetched = response.data?.[plan.responseKey];
  const errors = response.errors?.flatMap((error) => {
    const path = error.path;
    if (!path || path[0] !== plan.responseKey || typeof path[1] !== 'number') return [error];
    const at = path[1];
    const copies = plan.slot.flatMap((s, index) =>
      s === at ? [{ ...error, path: [path[0], index, ...path.slice(2)] }] : [],
    );
    return copies.length > 0 ? copies : [error];
  });
  if (!Array.isArray(fetched) || fetched.length !== plan.unique.length) {
    // No usable answer: its errors, placed on every position that asked (the executor reports the rest).
    return { ...response, errors };
  }
  // A representation asked more than once gets its own copy each further time: the executor merges each answer
  // into its own place in the result, later fetches included.
  const handedOut = new Set<number>();
  const entities = plan.slot.map((s, index) => {
    if (s < 0) return plan.known[index];
    if (handedOut.has(s)) return copy(fetched[s]);
    handedOut.add(s);
    return fetched[s];
  });
  return { ...response, data: { ...response.data, [plan.responseKey]: entities }, errors };
}

/** One EntityReuse per query operation in flight, keyed on its request context; the keys follow the supergraph. */
export class EntityReuseRegistry {
  private entityKeys: EntityKeys = { keys: new Map(), objectTypes: new Set() };
  private readonly operations = new WeakMap<object, EntityReuse>();
  /** Apollo keeps a plan per operation text: what it allows to reuse is worked out once per plan. */
  private readonly plans = new WeakMap<object, Set<string>>();

  useSupergraph(supergraphSdl: string | DocumentNode) {
    this.entityKeys = entityKeysInSupergraph(supergraphSdl);
  }

  /** The operation's plan, before its first fetch: only the subgraphs it can reuse answers of are recorded. */
  usePlan(requestContext: object, queryPlan: object) {
    let reusable = this.plans.get(queryPlan);
    if (!reusable) {
      reusable = reusableSubgraphs(queryPlan);
      this.plans.set(queryPlan, reusable);
    }
    this.forOperation(requestContext).recordOnly = reusable;
  }

  forOperation(requestContext: object): EntityReuse {
    let reuse = this.operations.get(requestContext);
    if (!reuse) {
      reuse = new EntityReuse(this.entityKeys);
      this.operations.set(requestContext, reuse);
    }
    return reuse;
  }
}
