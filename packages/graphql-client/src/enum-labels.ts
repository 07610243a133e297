import {
  type DocumentNode,
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  Kind,
  parse,
  type SelectionSetNode,
  type Source,
  type TypeNode,
} from 'graphql';

/**
 * The words of the API's enums, generated: the schema describes each enum value with its label (`"""立案""" FILED`,
 * docs/domain.md#glossary), so a frontend takes them from there instead of writing them again. For each enum its
 * operations read or send, `src/gql/labels.ts` gets one `<Enum>Labels` const (value → description), in the schema's
 * order and typed by the enum's generated type. Only enum value descriptions are emitted, and only for enums whose
 * every value has one: a label set is complete or not there.
 *
 * The message check (`@shian/frontend-config/i18n-check`) counts a const's texts as used where a source imports it.
 */

interface DocumentFile {
  document?: DocumentNode;
}

/** A named type of the schema, told by its tag: codegen may hand over a schema of another copy of graphql-js. */
const kindOf = (type: unknown) => (type as { [Symbol.toStringTag]?: string } | undefined)?.[Symbol.toStringTag];

function unwrap(type: GraphQLType | undefined): GraphQLNamedType | undefined {
  let current: unknown = type;
  while (current && typeof current === 'object' && 'ofType' in current) current = current.ofType;
  return current as GraphQLNamedType | undefined;
}

function namedTypeOf(node: TypeNode): string {
  return node.kind === Kind.NAMED_TYPE ? node.name.value : namedTypeOf(node.type);
}

/**
 * The enums an operation reads (its fields) or sends (its variables, their input objects included): those the
 * generated `graphql.ts` declares a type of. An argument's literal (`filter: { search: $search }`) brings no enum of
 * its input type along, as it brings no type there.
 */
export function enumsUsed(schema: GraphQLSchema, documents: readonly DocumentFile[]): GraphQLEnumType[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const add = (type: GraphQLType | undefined) => {
    const named = unwrap(type);
    if (!named || seen.has(named.name)) return;
    seen.add(named.name);
    if (kindOf(named) === 'GraphQLEnumType') found.add(named.name);
    if (kindOf(named) === 'GraphQLInputObjectType') {
      for (const field of Object.values((named as GraphQLInputObjectType).getFields())) add(field.type);
    }
  };
  const walk = (selections: SelectionSetNode | undefined, parent: GraphQLNamedType | undefined | null) => {
    if (!selections || !parent || !('getFields' in parent)) return;
    const fields = parent.getFields() as Record<string, GraphQLField<unknown, unknown>>;
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = fields[selection.name.value];
        if (!field) continue;
        add(field.type);
        walk(selection.selectionSet, unwrap(field.type));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        walk(selection.selectionSet, on);
      }
    }
  };
  for (const { document } of documents) {
    for (const definition of document?.definitions ?? []) {
      if (definition.kind === Kind.OPERATION_DEFINITION) {
        for (const variable of definition.variableDefinitions ?? []) {
          add(schema.getType(namedTypeOf(variable.type)) ?? undefined);
        }
        walk(definition.selectionSet, schema.getRootType(definition.operation));
      } else if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        walk(definition.selectionSet, schema.getType(definition.typeCondition.name.value));
      }
    }
  }
  // The schema's order, so that the generated file does not churn with the order operations are read in.
  return Object.values(schema.getTypeMap()).filter((type): type is GraphQLEnumType => found.has(type.name));
}

/**
 * Each enum's values in the order the schema's SDL declares them (where codegen kept its sources): codegen hands
 * plugins a schema sorted by name, but a label map's order is the order a Select offers its options in.
 */
export function declaredOrder(schema: GraphQLSchema): Map<string, string[]> {
  const order = new Map<string, string[]>();
  const sources = (schema.extensions as { sources?: readonly Source[] } | undefined)?.sources ?? [];
  for (const source of sources) {
    for (const definition of parse(source.body).definitions) {
      if (definition.kind === Kind.ENUM_TYPE_DEFINITION || definition.kind === Kind.ENUM_TYPE_EXTENSION) {
        const values = (definition.values ?? []).map((value) => value.name.value);
        order.set(definition.name.value, [...(order.get(definition.name.value) ?? []), ...values]);
      }
    }
  }
  return order;
}

export function enumLabelsModule(enums: readonly GraphQLEnumType[], order = new Map<string, string[]>()): string {
  const labelled = enums.filter((type) => type.getValues().every((value) => value.description?.trim()));
  const lines = [
    "// The labels of the API's enums, from the schema's enum value descriptions (@shian/graphql-client/enum-labels).",
  ];
  if (labelled.length === 0) return `${[...lines, 'export {};'].join('\n')}\n`;
  lines.push(`import type { ${labelled.map((type) => type.name).join(', ')} } from './graphql';`);
  for (const type of labelled) {
    lines.push('', `export const ${type.name}Labels: Readonly<Record<${type.name}, string>> = {`);
    const declared = order.get(type.name) ?? [];
    const rank = (name: string) => (declared.includes(name) ? declared.indexOf(name) : declared.length);
    const values = [...type.getValues()].sort((a, b) => rank(a.name) - rank(b.name));
    for (const value of values) lines.push(`  ${value.name}: ${JSON.stringify(value.description?.trim())},`);
    lines.push('};');
  }
  return `${lines.join('\n')}\n`;
}

/** The codegen plugin: `src/gql/labels.ts` of the enums the documents use. */
export const enumLabelsPlugin = {
  plugin: (schema: GraphQLSchema, documents: DocumentFile[]) =>
    enumLabelsModule(enumsUsed(schema, documents), declaredOrder(schema)),
};

/**
 * A codegen preset writing `labels.ts` with the plugin above. A preset, because codegen accepts a preset object in
 * its configuration (as the client preset is passed) but a plugin only by a module name it then imports, which a
 * TypeScript module in the workspace is not.
 */
export const enumLabelsPreset = {
  buildGeneratesSection: <O extends { baseOutputDir: string }>(options: O) => [
    {
      ...options,
      filename: options.baseOutputDir,
      plugins: [{ enumLabels: {} }],
      pluginMap: { enumLabels: enumLabelsPlugin },
    },
  ],
};
