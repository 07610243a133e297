/**
 * The gateway is given by its base URL (`http://localhost:4000`); callers sometimes pass the GraphQL endpoint
 * itself (`…/graphql`). Both are accepted so that a host, a partner page and a remote never disagree.
 */
export function gatewayBase(gatewayUrl: string): string {
  return gatewayUrl.replace(/\/+$/, '').replace(/\/graphql$/, '');
}

export const graphqlEndpoint = (gatewayUrl: string) => `${gatewayBase(gatewayUrl)}/graphql`;
export const tokenEndpoint = (gatewayUrl: string) => `${gatewayBase(gatewayUrl)}/auth/token`;
