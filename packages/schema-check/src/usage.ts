import {
  type DocumentNode,
  getNamedType,
  type GraphQLInputType,
  type GraphQLNamedType,
  GraphQLInputObjectType,
  type GraphQLSchema,
  isInputObjectType,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/**
 * The schema coordinates an operation depends on: `Type` for every type it reads or sends, `Type.field` for
 * every field it selects, `Type.field.arg` for every argument it passes, `Input.field` for every input field it
 * writes (all of them, recursively, for an input sent as a variable, since the variable's value is not known) and
 * `Enum.VALUE` for every enum literal.
 */
export function coordinatesOf(schema: GraphQLSchema, document: DocumentNode): Set<string> {
  const used = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  const addInput = (type: GraphQLInputType | GraphQLNamedType | null | undefined, seen = new Set<string>()) => {
    if (!type) return;
    const named = getNamedType(type);
    if (!named || seen.has(named.name)) return;
    seen.add(named.name);
    used.add(named.name);
    if (isInputObjectType(named)) {
      for (const field of Object.values((named as GraphQLInputObjectType).getFields())) {
        used.add(`${named.name}.${field.name}`);
        addInput(field.type, seen);
      }
    }
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field) return;
        used.add(parent.name);
        used.add(`${parent.name}.${field.name}`);
        used.add(getNamedType(field.type).name);
      },
      Argument(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (parent && field) used.add(`${parent.name}.${field.name}.${node.name.value}`);
        const argument = typeInfo.getArgument();
        if (argument) used.add(getNamedType(argument.type).name);
      },
      ObjectField(node) {
        const parent = typeInfo.getParentInputType();
        if (parent) used.add(`${getNamedType(parent).name}.${node.name.value}`);
        const type = typeInfo.getInputType();
        if (type) used.add(getNamedType(type).name);
      },
      EnumValue(node) {
        const type = typeInfo.getInputType();
        if (type) used.add(`${getNamedType(type).name}.${node.value}`);
      },
      VariableDefinition(node) {
        addInput(typeFromAST(schema, node.type as never) as GraphQLInputType | undefined);
      },
    }),
  );
  return used;
}

/** Change types whose path names a member (`Enum.VALUE`, `Input.field`) but that affect every user of the type. */
const TYPE_WIDE = new Set([
  'ENUM_VALUE_REMOVED',
  'INPUT_FIELD_ADDED',
  'INPUT_FIELD_REMOVED',
  'INPUT_FIELD_TYPE_CHANGED',
  'UNION_MEMBER_REMOVED',
  'OBJECT_TYPE_INTERFACE_REMOVED',
  'TYPE_REMOVED',
  'TYPE_KIND_CHANGED',
]);
/** Change types whose path names an argument but that affect every call of the field (a new required argument). */
const FIELD_WIDE = new Set(['FIELD_ARGUMENT_ADDED']);

/** Whether an operation that depends on `coordinates` is affected by a change of `type` at `path`. */
export function affects(change: { type: string; path?: string }, coordinates: Set<string>): boolean {
  if (!change.path) return false;
  const segments = change.path.split('.');
  if (coordinates.has(change.path)) return true;
  if (FIELD_WIDE.has(change.type) && segments.length >= 3 && coordinates.has(segments.slice(0, 2).join('.'))) {
    return true;
  }
  return (TYPE_WIDE.has(change.type) || segments.length === 1) && coordinates.has(segments[0]!);
}
