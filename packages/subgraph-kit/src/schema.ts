import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
  Kind,
  type ObjectTypeDefinitionNode,
  parse,
} from 'graphql';
import { validateOrReject } from 'class-validator';
import { ArgumentValidationError, buildSchema, createResolversMap } from 'type-graphql';
import type { Context } from './context';
import type { SubgraphDefinition } from './define';
import { wholeMutation } from './writes';
import { requireBureau } from './access';
import { recordPersonalDataRead } from './audit';
import { auditTrailResolver, requireAuditReader } from './audit-trail';
import { forbidden } from './errors';
import { checkInboxWorkingDays, requireInboxReader } from './inbox';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@override"])';

const VALIDATOR_OPTIONS = {
  skipMissingProperties: true,
  forbidUnknownValues: false,
  validationError: { target: false, value: false },
};

/**
 * What type-graphql's own `validate` does (input objects checked with class-validator, missing properties skipped),
 * without its `await import("class-validator")` on every argument of every call: under Node's module hooks (swc,
 * which runs our services) each such import is a round trip to the hooks' thread, so a page of 100 parents had its
 * field resolvers, and so its DataLoader batches, spread over several turns of the event loop.
 */
async function validateArgument(value: unknown): Promise<void> {
  if (value === null || typeof value !== 'object') return;
  try {
    if (Array.isArray(value)) {
      await Promise.all(
        value
          .filter((item) => item !== null && typeof item === 'object')
          .map((item) => validateOrReject(item, VALIDATOR_OPTIONS)),
      );
    } else {
      await validateOrReject(value, VALIDATOR_OPTIONS);
    }
  } catch (errors) {
    throw new ArgumentValidationError(errors as ConstructorParameters<typeof ArgumentValidationError>[0]);
  }
}

/** The object types of an SDL that another subgraph may resolve through `_entities` (`resolvable: false` keys may not). */
function resolvableKeyTypes(sdl: string): string[] {
  return parse(sdl)
    .definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION)
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

/**
 * type-graphql builds a plain schema whose federation directives are only AST; printing it with its directives and
 * handing that SDL to buildSubgraphSchema gives a real Federation 2 subgraph (with `_service` and `_entities`).
 */
export async function buildFederatedSchema(
  definition: SubgraphDefinition,
): Promise<{ schema: GraphQLSchema; sdl: string }> {
  const plain = await buildSchema({
    // Every subgraph answers the audit trail of its own rows (audit-trail.ts): added here, never forgotten.
    resolvers: [...definition.resolvers, auditTrailResolver(definition.name)] as unknown as [Function, ...Function[]],
    orphanedTypes: definition.orphanedTypes as Function[] | undefined,
    validateFn: validateArgument,
  });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(plain)}`;
  const resolvers = createResolversMap(plain) as Record<string, any>;
  dropPlainFieldResolvers(resolvers);
  for (const [typeName, reference] of Object.entries(definition.references ?? {})) {
    resolvers[typeName] ??= {};
    const typeResolvers = resolvers[typeName] as Record<string, unknown>;
    typeResolvers.__resolveReference = (representation: { id: string }, ctx: Context) =>
      ctx
        .loader<string, unknown>(`reference:${typeName}`, async (ids) => {
          const rows = (await reference.load(ids as string[], ctx)) as { id: string }[];
          const byId = new Map(rows.map((row) => [String(row.id), row]));
          return Promise.all(
            ids.map(async (id) => {
              const row = byId.get(id);
              if (!row) return null;
              return (await reference.visible(row, ctx)) ? row : forbidden();
            }),
          );
        })
        .load(String(representation.id));
  }
  for (const typeName of resolvableKeyTypes(sdl)) {
    if (definition.references?.[typeName]) continue;
    if (typeName === 'AuditTrail') {
      // The key is the query; each domain's field re-reads it through the same checks, for leaders only.
      resolvers[typeName] ??= {};
      (resolvers[typeName] as Record<string, unknown>).__resolveReference = (representation: object, ctx: Context) => {
        requireAuditReader(ctx);
        return representation;
      };
      continue;
    }
    if (typeName === 'Inbox') {
      // Like the work report's: the key is the question (how far ahead), each part applies its own scope; the
      // look-ahead is checked here too, since `_entities` can be asked without the root query.
      resolvers[typeName] ??= {};
      (resolvers[typeName] as Record<string, unknown>).__resolveReference = (
        representation: { withinWorkingDays?: unknown },
        ctx: Context,
      ) => {
        requireInboxReader(ctx);
        return {
          ...representation,
          withinWorkingDays: checkInboxWorkingDays(representation.withinWorkingDays as number),
        };
      };
      continue;
    }
    if (typeName !== 'WorkReport') {
      throw new Error(
        `${definition.name}: ${typeName} has a resolvable @key but no reference resolver; declare references.${typeName} ` +
          '{ load, visible } (scope is not optional on _entities)',
      );
    }
    // The work report's key is a year, and every part applies its own figures' rules; the report itself, like
    // its root queries, is the bureau's.
    resolvers[typeName] ??= {};
    (resolvers[typeName] as Record<string, unknown>).__resolveReference = (representation: object, ctx: Context) => {
      requireBureau(ctx);
      return representation;
    };
  }
  const mutations = resolvers.Mutation as Record<string, GraphQLFieldResolver<unknown, Context>> | undefined;
  for (const [field, resolve] of Object.entries(mutations ?? {})) mutations![field] = wholeMutation(field, resolve);
  const schema = buildSubgraphSchema({ typeDefs: parse(sdl), resolvers });
  recordPersonalDataReads(schema);
  return { schema, sdl };
}

/** What type-graphql keeps of a decorated field once it has built a schema (its metadata storage is global). */
interface FieldMetadata {
  target: Function;
  name: string;
  schemaName: string;
  middlewares?: unknown[];
  roles?: unknown[];
}

interface TypeMetadata {
  name: string;
  target: Function;
  fields?: FieldMetadata[];
  interfaceClasses?: Function[];
}

/**
 * type-graphql gives every plain property field (`@Field() name`) a resolver of its own that wraps `source.name`
 * in its middleware chain, even where the chain is empty: one closure and one object per field of every record, a
 * few percent of a list's CPU. Where a field has no field resolver, no middleware and no roles, and its GraphQL name
 * is its property's, graphql-js's default resolver reads the same property; those resolvers are dropped.
 */
function dropPlainFieldResolvers(resolvers: Record<string, Record<string, unknown>>): void {
  const storage = (globalThis as { TypeGraphQLMetadataStorage?: unknown }).TypeGraphQLMetadataStorage as
    | {
        objectTypes: TypeMetadata[];
        interfaceTypes: TypeMetadata[];
        fieldResolvers: { methodName: string; getObjectType(): Function | undefined }[];
      }
    | undefined;
  if (!storage) throw new Error('type-graphql keeps its metadata elsewhere: see dropPlainFieldResolvers');
  // type-graphql's own test for a field resolver: the field's class and name.
  const answered = new Map<Function | undefined, Set<string>>();
  for (const r of storage.fieldResolvers) {
    const names = answered.get(r.getObjectType()) ?? new Set<string>();
    names.add(r.methodName);
    answered.set(r.getObjectType(), names);
  }
  const byClass = new Map<Function, TypeMetadata>();
  for (const type of [...storage.objectTypes, ...storage.interfaceTypes]) byClass.set(type.target, type);
  // A type's fields as type-graphql adds them: its own, its classes' above it, its interfaces' (a connection's
  // totalCount comes from the kit's Paged).
  const classesOf = (target: Function, into: Set<Function>): Set<Function> => {
    for (let c: Function | null = target; c?.prototype && !into.has(c); c = Object.getPrototypeOf(c)) {
      into.add(c);
      for (const implemented of byClass.get(c)?.interfaceClasses ?? []) classesOf(implemented, into);
    }
    return into;
  };
  for (const type of storage.objectTypes) {
    const fields = resolvers[type.name];
    if (!fields) continue;
    for (const c of classesOf(type.target, new Set())) {
      for (const field of byClass.get(c)?.fields ?? []) {
        if (field.name !== field.schemaName || field.middlewares?.length || field.roles) continue;
        if (answered.get(field.target)?.has(field.name)) continue;
        delete fields[field.schemaName];
      }
    }
  }
}

/** Fields that hold a person's phone or ID number, wherever a subgraph exposes them. */
const PERSONAL_FIELD = /^(phone|mobile|idNumber|idCard)$|(Phone|Mobile|IdNumber|IdCard)$/;

/**
 * Every object field named like a phone or ID number records its read in the audit trail (`recordPersonalDataRead`:
 * the record's type and id, the field's name, never its value) before the value is answered, so a subgraph adding
 * such a field cannot forget it. Values on a parent without an `id` (a nested value such as enforcement's
 * Complainant, which records its own unmasked reads) or marked `masked` are not personal data as answered.
 */
function recordPersonalDataReads(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    // By tag, not instanceof: @apollo/subgraph may hold another copy of graphql's classes (CJS beside ESM).
    if (Object.prototype.toString.call(type) !== '[object GraphQLObjectType]' || type.name.startsWith('_')) continue;
    const object = type as GraphQLObjectType;
    for (const field of Object.values(object.getFields())) {
      if (!PERSONAL_FIELD.test(field.name)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = async (source, args, ctx: Context, info) => {
        const value = await resolve(source, args, ctx, info);
        const parent = source as { id?: unknown; masked?: unknown } | null;
        if (value != null && value !== '' && parent?.id != null && parent.masked !== true) {
          let root = info.path;
          while (root.prev) root = root.prev;
          await recordPersonalDataRead(ctx, {
            recordType: object.name,
            recordId: String(parent.id),
            fields: [field.name],
            operation: String(root.key),
          });
        }
        return value;
      };
    }
  }
}
