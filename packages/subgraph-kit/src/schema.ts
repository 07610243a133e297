import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema, parse } from 'graphql';
import { buildSchema, createResolversMap } from 'type-graphql';
import type { Context } from './context';
import type { SubgraphDefinition } from './define';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@override"])';

/**
 * type-graphql builds a plain schema whose federation directives are only AST; printing it with its directives and
 * handing that SDL to buildSubgraphSchema gives a real Federation 2 subgraph (with `_service` and `_entities`).
 */
export async function buildFederatedSchema(
  definition: SubgraphDefinition,
): Promise<{ schema: GraphQLSchema; sdl: string }> {
  const plain = await buildSchema({
    resolvers: definition.resolvers as unknown as [Function, ...Function[]],
    orphanedTypes: definition.orphanedTypes as Function[] | undefined,
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(plain)}`;
  const resolvers = createResolversMap(plain) as Record<string, any>;
  for (const [typeName, load] of Object.entries(definition.references ?? {})) {
    resolvers[typeName] ??= {};
    const typeResolvers = resolvers[typeName] as Record<string, unknown>;
    typeResolvers.__resolveReference = (reference: { id: string }, ctx: Context) =>
      ctx
        .loader<string, unknown>(`reference:${typeName}`, async (ids) => {
          const rows = (await load(ids as string[], ctx)) as { id: string }[];
          const byId = new Map(rows.map((row) => [String(row.id), row]));
          return ids.map((id) => byId.get(id) ?? null);
        })
        .load(String(reference.id));
  }
  const schema = buildSubgraphSchema({ typeDefs: parse(sdl), resolvers });
  return { schema, sdl };
}
