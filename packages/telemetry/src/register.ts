/**
 * Imported first by every server's entry (the gateway's main, the subgraph kit's serve): starts tracing when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set, and does nothing else otherwise. Nothing here is asynchronous, so the SDK is
 * running before the modules imported after this one evaluate (an awaited import would let them run first).
 */
import { startTracing } from './sdk';

startTracing();
