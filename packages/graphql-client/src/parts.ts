import { DOMAINS, PLANNED_DOMAINS } from '@shian/platform';
import { CombinedError } from '@urql/core';

/**
 * Partial answers. Root fields, fields that cross into another subgraph and each part of `WorkReport` are
 * nullable, so a subgraph that is down or fails costs only its own fields: the gateway answers the rest, with
 * `null` where that subgraph's fields were and an error naming it (`extensions.serviceName`). urql then gives both
 * `data` and `error`: a page renders the data it has and marks what is missing with these helpers.
 */

/** The domains' names in the shell, from the platform's one list (a generated domain is in it). */
export const DOMAIN_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  [...PLANNED_DOMAINS, ...DOMAINS].map((domain) => [domain.name, domain.label]),
);

export const domainLabel = (serviceName: string) => DOMAIN_LABELS[serviceName] ?? serviceName;

export interface PartError {
  message: string;
  /** The subgraph that failed (the gateway sets it on every error that came from, or could not reach, one). */
  serviceName?: string;
  code?: string;
  path?: readonly (string | number)[];
}

interface ErrorLike {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

function graphQLErrorsOf(error: unknown): readonly ErrorLike[] {
  if (error instanceof CombinedError) return error.graphQLErrors;
  const list = (error as { graphQLErrors?: unknown } | null)?.graphQLErrors;
  return Array.isArray(list) ? (list as ErrorLike[]) : [];
}

// Older gateways and some fetch failures name the subgraph only in the message ("子图 sampling 不可用").
const NAMED = /子图\s*([\w-]+)/;

/** Every GraphQL error of a result, with the subgraph it names. */
export function partErrors(error: unknown): PartError[] {
  return graphQLErrorsOf(error).map((e) => {
    const named = e.extensions?.serviceName;
    const serviceName = typeof named === 'string' ? named : NAMED.exec(e.message)?.[1];
    const code = e.extensions?.code;
    return { message: e.message, serviceName, code: typeof code === 'string' ? code : undefined, path: e.path };
  });
}

const startsWith = (path: readonly (string | number)[] | undefined, prefix: readonly (string | number)[]) =>
  !!path && prefix.every((key, i) => key === '*' || path[i] === key);

/**
 * The subgraphs named by a result's errors, each once, in order: those whose fields came back null. With `under`
 * (a response path, `'*'` for any list index), only errors at or below it, e.g. `['samples']` for a list's own.
 */
export function failedDomains(error: unknown, under?: readonly (string | number)[]): string[] {
  const names = partErrors(error)
    .filter((e) => e.serviceName && (!under || startsWith(e.path, under)))
    .map((e) => e.serviceName as string);
  return [...new Set(names)];
}

/** Whether the errors of a result are only about some of its fields (there is data to show beside them). */
export const isPartial = (data: unknown, error: unknown) => data != null && partErrors(error).length > 0;
