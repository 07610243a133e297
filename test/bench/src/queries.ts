/**
 * The queries the benchmark and the query-count test share. The federated page crosses subgraphs both ways:
 * entities → sampling (`Entity.samples`), → enforcement (`Entity.cases`, when deployed), and back to entities
 * (`Sample.entity.name` is resolved by the entities subgraph again).
 */

/** The nested part each domain contributes to a page of entities, when that domain is deployed. */
const NESTED: Record<string, string> = {
  sampling: 'samples(first: 3) { totalCount nodes { id number status entity { id name } } }',
  enforcement: 'cases(first: 3) { totalCount nodes { id } }',
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
  return `query FederatedPage($first: Int!) {
  entities(first: $first) {
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
export const PASS_THROUGH_QUERY = `query SamplesPage($first: Int!) {
  samples(first: $first) {
    totalCount
    nodes { id number foodName category sampledOn status verdict }
  }
}`;
