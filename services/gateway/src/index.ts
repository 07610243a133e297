export { startGateway, SUPERGRAPH_PATH, type Gateway, type GatewayOptions } from './gateway';
export {
  composeSupergraph,
  CompositionFailed,
  loadDomainSubgraphs,
  schemaPath,
  type ComposedSupergraph,
  type SubgraphSource,
} from './compose';
export { LIMITS } from './limits';
export { GATEWAY_TIMEOUT, SUBGRAPH_UNAVAILABLE } from './subgraphs';
export { FAULT_DEFAULTS, type FaultSettings } from './faults';
