export { createLogger, type Logger } from './logger';
export { serveGraphQL, type HttpApp, type RouteHandler, type ServeGraphQLOptions } from './serve';
export { shutdownOnSignals } from './shutdown';
export { applyCors, corsOriginsFromEnv, HttpError, MAX_BODY_BYTES, readBody, readJsonBody, sendJson } from './http';
