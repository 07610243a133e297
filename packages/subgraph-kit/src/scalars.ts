import { GraphQLLocalDate } from 'graphql-scalars';

/** A calendar date without time or zone ("2024-03-01"): what most of the bureau's dates are (issued on, due on). */
export const LocalDate = GraphQLLocalDate;

/** Today's date in China ("YYYY-MM-DD"), the calendar that deadlines and expiry are judged by. */
export { todayInChina } from '@shian/clock';
