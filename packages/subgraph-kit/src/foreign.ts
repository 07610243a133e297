import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** What a subgraph holds of a type another subgraph owns: its key. */
export interface ForeignKey {
  id: string;
}

export interface ForeignType<T extends ForeignKey> {
  new (): T;
  /** The reference a field resolver returns: the key alone; the gateway asks the owner for the rest. */
  of(id: string): T;
}

/**
 * A type another subgraph owns, declared here by its `id` key only (a Federation stub). `resolvable` says whether this
 * subgraph resolves the key: only where it adds fields to the type (then `references` must declare how it loads and
 * scopes them; buildFederatedSchema refuses a resolvable key without one). Every other field stays the owner's.
 *
 * ```ts
 * export const TownshipRef = foreignType('Township');
 * export type TownshipRef = InstanceType<typeof TownshipRef>;
 * ```
 */
export function foreignType(
  typeName: string,
  { resolvable = false }: { resolvable?: boolean } = {},
): ForeignType<ForeignKey> {
  class Reference implements ForeignKey {
    id!: string;

    static of(id: string): Reference {
      return Object.assign(new Reference(), { id });
    }
  }
  Field(() => ID)(Reference.prototype, 'id');
  ObjectType(typeName)(Reference);
  Directive(resolvable ? '@key(fields: "id")' : '@key(fields: "id", resolvable: false)')(Reference);
  Object.defineProperty(Reference, 'name', { value: `${typeName}Ref` });
  return Reference;
}
