/**
 * The queries the benchmark and the query-count test share. The federated page crosses subgraphs both ways:
 * entities → sampling (`Entity.samples`), → enforcement (`Entity.cases`, when deployed), and back to entities
 * (`Sample.entity.name` is resolved by the entities subgraph again).
 */

/** The nested part each domain contributes to a page of entities, when that domain is deployed. */
const NESTED: Record<string, string> = {
  sampling: 'samples(first: 3) { totalCount nodes { id number status entity { id name } } }',
  enforcement: 'cases { id number status entity { id name } }',
};

export function federatedDomains(deployed: readonly string[]): string[] {
  return ['entities', ...Object.keys(NESTED).filter((domain) => deployed.includes(domain))];
}

/** A page of entities with their township, licences, and each deployed domain's nested list. */
export function federatedPageQuery(deployed: readonly string[]): string {
  const nested = Object.entries(NESTED)
    .filter(([domain]) => deployed.includes(domain))
    .map(([, selection]) => `      ${selection}`)
    .join('\n');
  return `query FederatedPage($first: Int!, $after: String) {
  entities(first: $first, after: $after) {
    totalCount
    nodes {
      id
      name
      category
      township { id name }
      licenses { id number validUntil }
${nested}
    }
  }
}`;
}

/** What one subgraph answers alone: a page of samples (the sampling subgraph, no entity references). */
export const PASS_THROUGH_QUERY = `query SamplesPage($first: Int!, $after: String) {
  samples(first: $first, after: $after) {
    totalCount
    nodes { id number foodName category sampledOn status verdict }
  }
}`;

/**
 * What the entities subgraph answers alone for the federated page (its first fetch, without the keys the gateway
 * adds): the query the floor (src/floor/entities.ts) answers too, so the subgraph's cost can be set against it.
 */
export const ENTITIES_PAGE_QUERY = `query EntitiesPage($first: Int!, $after: String) {
  entities(first: $first, after: $after) {
    totalCount
    nodes {
      id
      name
      category
      township { id name }
      licenses { id number validUntil }
    }
  }
}`;

/** The cursor of the page after `offset` rows (the kit's cursors carry an offset). */
export const cursorAt = (offset: number) => Buffer.from(`o:${offset}`, 'utf8').toString('base64url');

/** Request bodies for `pages` consecutive pages of `first` rows: the load cycles through them. */
export function pageBodies(query: string, first: number, pages: number): string[] {
  return Array.from({ length: pages }, (_, page) =>
    JSON.stringify({ query, variables: { first, after: page === 0 ? null : cursorAt(page * first) } }),
  );
}
