export { serviceName, tracingEndpoint } from './config';
export { startTracing, tracingStarted } from './sdk';
export { type StatementDatabase, type StatementLogContext, traceStatements } from './statements';
