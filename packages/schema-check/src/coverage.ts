import { type GraphQLSchema, Kind, type OperationDefinitionNode } from 'graphql';
import type { FrontendOperation } from './operations';

/** Where each mutation of the schema is sent from: the frontends' operations that select it at their root. */
export function mutationCallers(schema: GraphQLSchema, operations: readonly FrontendOperation[]) {
  const callers = new Map<string, string[]>();
  for (const name of Object.keys(schema.getMutationType()?.getFields() ?? {})) callers.set(name, []);
  for (const operation of operations) {
    for (const definition of operation.document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const node = definition as OperationDefinitionNode;
      if (node.operation !== 'mutation') continue;
      for (const selection of node.selectionSet.selections)
        if (selection.kind === Kind.FIELD)
          callers.get(selection.name.value)?.push(`${operation.folder}: ${operation.label}`);
    }
  }
  return callers;
}

/** The schema's mutations that no frontend operation sends, sorted. */
export function uncoveredMutations(schema: GraphQLSchema, operations: readonly FrontendOperation[]): string[] {
  return [...mutationCallers(schema, operations)]
    .filter(([, callers]) => callers.length === 0)
    .map(([name]) => name)
    .sort();
}
