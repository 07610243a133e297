import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError } from 'graphql';
import { costLimitPlugin } from './cost';

/** The operation limits every gateway applies, whatever the mode; a client that hits one gets BAD_USER_INPUT. */
export const LIMITS = {
  maxDepth: 15,
  maxAliases: 30,
  maxTokens: 5000,
  // A list's cost is multiplied by its `first` (literal or variable; a default page of 20 without one): 50 000 lets
  // a page of 100 wide rows through (a few thousand each) and refuses a list nested in a list (100 × 100 rows).
  maxCost: 50_000,
  maxDirectives: 50,
  maxBatch: 10,
};

/**
 * graphql-armor's validation rules and plugins. Introspection is not exempt from the depth limit: otherwise a
 * deep `ofType { ofType { … } }` chain would pass in development. Limits are not echoed back to the caller.
 */
export function armor(production: boolean) {
  const protection = new ApolloArmor({
    maxDepth: {
      n: LIMITS.maxDepth,
      ignoreIntrospection: false,
      flattenFragments: true,
      exposeLimits: false,
      errorMessage: MESSAGES.depth,
    },
    // armor's cost rule runs at validation, before variables are known, so `first: $n` escaped it: costLimit()
    // below counts the same way once the variables are in.
    costLimit: { enabled: false },
    maxAliases: { n: LIMITS.maxAliases, exposeLimits: false, errorMessage: MESSAGES.aliases },
    maxTokens: { n: LIMITS.maxTokens, exposeLimits: false, errorMessage: MESSAGES.tokens },
    maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: false, errorMessage: MESSAGES.directives },
    // Suggestions ("Did you mean …") reveal the schema to someone probing it: hidden in production only.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { ...protection, formatError: stripSyntaxErrorPrefix };
}

/** The cost limit, variables included (see cost.ts). A plugin: place it after the identity check. */
export function costLimit<T extends BaseContext>(): ApolloServerPlugin<T> {
  return costLimitPlugin<T>(LIMITS.maxCost, MESSAGES.cost);
}

const MESSAGES = {
  depth: `查询嵌套层级过深(上限 ${LIMITS.maxDepth} 层)`,
  cost: '查询过于复杂,请减少列表条数或字段后再试',
  aliases: `查询别名过多(上限 ${LIMITS.maxAliases} 个)`,
  tokens: '查询过长,请拆分后再试',
  directives: '查询指令过多',
};
const OUR_MESSAGES = new Set(Object.values(MESSAGES));

/** armor prefixes its refusals with "Syntax Error: "; ours are written for the user, so the prefix goes. */
function stripSyntaxErrorPrefix(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = formatted.message.replace(/^Syntax Error: /, '');
  return OUR_MESSAGES.has(message) ? { ...formatted, message } : formatted;
}
