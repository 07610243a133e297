import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * The cost of an operation, as graphql-armor's costLimit counts it (a scalar 1, an object 2, each level below
 * weighted 1.5, a list multiplied by its `first`/`last`), with what armor cannot see:
 * - `first` given as a variable counts by the variable's value (or its declared default);
 * - a field that takes `first` but is not given one counts as its default page (20);
 * - a plain list (`[X!]!`, no `first`) counts once, as in armor: those are short by nature (a case's violations,
 *   a report's months) or capped by the subgraph that serves them, and counting each as 20 would make a dashboard
 *   of breakdowns look like a list of lists.
 * It runs once the operation and its variables are known, so it needs the schema and the request's variables.
 */
export interface CostOptions {
  objectCost?: number;
  scalarCost?: number;
  depthCostFactor?: number;
  /** What a field that takes `first` counts as without one. */
  defaultListSize?: number;
}

const DEFAULTS: Required<CostOptions> = { objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, defaultListSize: 20 };

const PAGE_ARGUMENTS = new Set(['first', 'last']);

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
  options: CostOptions = {},
  /** Filled with the names of the variables whose values the cost depends on. */
  read?: Set<string>,
): number {
  const o = { ...DEFAULTS, ...options };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const defaults = new Map<string, ValueNode>();
  for (const v of operation.variableDefinitions ?? []) {
    if (v.defaultValue) defaults.set(v.variable.name.value, v.defaultValue);
  }

  const intOf = (value: ValueNode): number | undefined => {
    if (value.kind === Kind.INT) return Number.parseInt(value.value, 10);
    if (value.kind === Kind.VARIABLE) {
      const name = value.name.value;
      read?.add(name);
      const given = variables[name];
      if (typeof given === 'number' && Number.isFinite(given)) return Math.trunc(given);
      const fallback = defaults.get(name);
      return fallback ? intOf(fallback) : undefined;
    }
    return undefined;
  };

  const multiplier = (node: FieldNode, def: GraphQLField<unknown, unknown> | undefined) => {
    const pageArg = node.arguments?.find((arg) => PAGE_ARGUMENTS.has(arg.name.value));
    const given = pageArg ? intOf(pageArg.value) : undefined;
    if (given !== undefined) return Math.max(given, 1);
    if (!def) return 1;
    const declared = def.args.find((arg) => PAGE_ARGUMENTS.has(arg.name));
    if (declared) {
      return typeof declared.defaultValue === 'number' ? Math.max(declared.defaultValue, 1) : o.defaultListSize;
    }
    return 1;
  };

  const fieldOf = (parent: GraphQLNamedType | undefined, name: string) =>
    parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;

  const fragmentCosts = new Map<string, number>();

  const selectionsCost = (set: SelectionSetNode, parent: GraphQLNamedType | undefined): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += o.depthCostFactor * fieldCost(selection, parent);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        cost += o.depthCostFactor * (o.objectCost + selectionsCost(selection.selectionSet, type ?? undefined));
      } else {
        cost += o.depthCostFactor * spreadCost(selection.name.value);
      }
    }
    return cost;
  };

  const spreadCost = (name: string): number => {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return o.scalarCost + o.depthCostFactor * known;
    const fragment = fragments.get(name);
    if (!fragment) return o.scalarCost;
    // A cycle is invalid GraphQL (validation refuses it first); the guard only keeps this from looping.
    fragmentCosts.set(name, 0);
    const type = schema.getType(fragment.typeCondition.name.value) ?? undefined;
    const cost = o.objectCost + selectionsCost(fragment.selectionSet, type);
    fragmentCosts.set(name, cost);
    return o.scalarCost + o.depthCostFactor * cost;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLNamedType | undefined): number => {
    if (node.name.value === '__schema') return 0;
    if (!node.selectionSet) return o.scalarCost;
    const def = fieldOf(parent, node.name.value);
    const type = def ? getNamedType(def.type) : undefined;
    return (o.objectCost + selectionsCost(node.selectionSet, type)) * multiplier(node, def);
  };

  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  // The operation's own fields are not weighted by depth, as in armor.
  let total = 0;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind === Kind.FIELD) total += fieldCost(selection, root ?? undefined);
    else if (selection.kind === Kind.FRAGMENT_SPREAD) total += spreadCost(selection.name.value);
    else total += o.objectCost + selectionsCost(selection.selectionSet, root ?? undefined);
  }
  return total;
}

/** Distinct page sizes remembered per operation before they are forgotten together. */
const MAX_COSTS_PER_OPERATION = 256;

/**
 * `operationCost` once per operation and values of the variables it depends on (its page sizes), not per request:
 * Apollo's document cache hands every request of an operation text the same parsed operation, and a page of 20
 * costs the same every time. Keyed on the schema too: a new supergraph may give fields other arguments.
 */
function cachedOperationCost(options: CostOptions) {
  const bySchema = new WeakMap<
    GraphQLSchema,
    WeakMap<OperationDefinitionNode, { read: string[]; costs: Map<string, number> }>
  >();
  return (
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
  ) => {
    let byOperation = bySchema.get(schema);
    if (!byOperation) {
      byOperation = new WeakMap();
      bySchema.set(schema, byOperation);
    }
    const known = byOperation.get(operation);
    if (known) {
      const key = JSON.stringify(known.read.map((name) => variables[name] ?? null));
      const cost = known.costs.get(key);
      if (cost !== undefined) return cost;
      if (known.costs.size >= MAX_COSTS_PER_OPERATION) known.costs.clear();
      const computed = operationCost(schema, document, operation, variables, options);
      known.costs.set(key, computed);
      return computed;
    }
    const read = new Set<string>();
    const cost = operationCost(schema, document, operation, variables, options, read);
    const names = [...read];
    const key = JSON.stringify(names.map((name) => variables[name] ?? null));
    byOperation.set(operation, { read: names, costs: new Map([[key, cost]]) });
    return cost;
  };
}

/**
 * Refuses an operation whose cost (variables included) is over `maxCost`, before any subgraph is called: one
 * error with `message`, code GRAPHQL_VALIDATION_FAILED and HTTP 400, as armor's other limits answer.
 */
export function costLimitPlugin<T extends BaseContext>(
  maxCost: number,
  message: string,
  options: CostOptions = {},
): ApolloServerPlugin<T> {
  const costOf = cachedOperationCost(options);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = costOf(schema, document, operation, request.variables ?? {});
          if (cost > maxCost) {
            throw new GraphQLError(message, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
