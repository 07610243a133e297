import { isLocalDate } from '@shian/clock';
import type { GraphQLScalarType } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

/**
 * A calendar date without time or zone ("2024-03-01"): what most of the bureau's dates are (issued on, due on).
 * graphql-scalars' type, its SDL and input parsing unchanged; a stored date is served after the clock's check, which
 * reads digits where graphql-scalars builds a Date per value (a page of licences spent 2 % of its CPU there).
 * Anything else still meets graphql-scalars' serialiser and its error.
 */
// Made by the class graphql-scalars made its type with: under vitest, type-graphql and this file may load different
// copies of graphql, and type-graphql knows a scalar by its class.
const ScalarType = GraphQLLocalDate.constructor as typeof GraphQLScalarType;
export const LocalDate = new ScalarType({
  ...GraphQLLocalDate.toConfig(),
  serialize: (value) => (isLocalDate(value) ? value : GraphQLLocalDate.serialize(value)),
});

/** Today's date in China ("YYYY-MM-DD"), the calendar that deadlines and expiry are judged by. */
export { todayInChina } from '@shian/clock';
