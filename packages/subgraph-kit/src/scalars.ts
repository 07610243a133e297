import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

const base = GraphQLLocalDate.toConfig();

/** graphql-scalars' own refusal is English and technical; the bureau's staff read the message in Chinese. */
function refused(value: unknown, error: unknown): never {
  const shown = typeof value === 'string' ? value : JSON.stringify(value);
  throw new GraphQLError(`日期 ${shown} 无效:应为存在的日期,格式 YYYY-MM-DD`, {
    extensions: { code: 'BAD_USER_INPUT' },
    originalError: error instanceof Error ? error : undefined,
  });
}

/**
 * A calendar date without time or zone ("2024-03-01"): what most of the bureau's dates are (issued on, due on).
 * graphql-scalars' LocalDate with a Chinese message for a date that does not exist (2024-02-30) or is malformed.
 */
export const LocalDate = new GraphQLScalarType({
  ...base,
  parseValue(value: unknown) {
    try {
      return base.parseValue?.(value);
    } catch (error) {
      refused(value, error);
    }
  },
  parseLiteral(ast: ValueNode, variables?: Record<string, unknown> | null) {
    try {
      return base.parseLiteral?.(ast, variables);
    } catch (error) {
      refused('value' in ast ? ast.value : ast.kind, error);
    }
  },
});

/** Today's date in China ("YYYY-MM-DD"), the calendar that deadlines and expiry are judged by. */
export { todayInChina } from '@shian/clock';
