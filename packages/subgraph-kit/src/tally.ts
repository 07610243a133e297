// Aliased, as every entity file does: a service's production bundle holds this module beside its own entity classes,
// and an unaliased `Entity` made esbuild rename the entities service's class `Entity` to `Entity2`, whose name the
// kit then found without a reference resolver (the production subgraph refused to start).
import { PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';

/** The columns every township-year tally has; `Axis` narrows what `axis` may hold. */
export interface TallyColumns<Axis extends string = string> {
  year: number;
  townshipId: string;
  /** What is counted by: a category, a month, a status, … */
  axis: Axis;
  /** The axis's value ('' where an axis has one row per township and year). */
  value: string;
  n: number;
}

type TallyBase<Axis extends string> = abstract new () => TallyColumns<Axis>;

const bases = new Map<string, TallyBase<string>>();

/**
 * The base of a tally the database keeps: per year, township, axis and value, a count `n` (and whatever the
 * subclass adds), written only by triggers in the transaction of the write that moves it, and read by the figures
 * instead of counting the register's rows. The table is the subclass's: `axis` and `value` are varchar of the lengths
 * given (the existing tables differ there), and the key is (year, township_id, axis, value) in that order.
 *
 * ```ts
 * @TallyTable('sample_tally')
 * export class SampleTally extends Tally({ axis: 20, value: 36 }) {
 *   @Property({ type: 'integer' }) bad!: number;
 * }
 * ```
 *
 * MikroORM keeps a base class's decorators by the class's name, so one class is made per pair of lengths and shared
 * (named after them): two tallies of the same lengths extend the same base, as entities share any base entity.
 */
export function Tally<Axis extends string = string>(lengths: { axis: number; value: number }): TallyBase<Axis> {
  const name = `Tally_${lengths.axis}_${lengths.value}`;
  let base = bases.get(name);
  if (!base) {
    // A class made here has no name of its own to key its metadata by, so it takes one before any decorator runs.
    const made = { [name]: class {} }[name] as unknown as TallyBase<string>;
    const prototype = made.prototype as object;
    PrimaryKey({ type: 'integer' })(prototype, 'year');
    PrimaryKey({ type: 'string', length: 12 })(prototype, 'townshipId');
    PrimaryKey({ type: 'string', length: lengths.axis })(prototype, 'axis');
    PrimaryKey({ type: 'string', length: lengths.value })(prototype, 'value');
    Property({ type: 'integer' })(prototype, 'n');
    base = made;
    bases.set(name, base);
  }
  return base as TallyBase<Axis>;
}

/**
 * The entity of a tally: its table, read-only to the ORM, so a flush never writes a row the triggers own (MikroORM
 * computes no change set for a read-only entity); the figures read it with SQL.
 */
export function TallyTable(tableName: string): ClassDecorator {
  return Table({ tableName, readonly: true });
}
