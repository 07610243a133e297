import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { tracingStarted } from './sdk';

/** The part of MikroORM's LogContext a statement span is made from. */
export interface StatementLogContext {
  /** The statement as sent, with placeholders: MikroORM inlines the values only when 'query-params' is logged. */
  query?: string;
  /** Milliseconds from handing the statement to the driver to its answer (absent for begin/commit). */
  took?: number;
  level?: 'info' | 'warning' | 'error';
  results?: number;
  affected?: number;
}

export interface StatementDatabase {
  /** `sqlite` or `postgresql` (OpenTelemetry's db.system.name values). */
  system: string;
  /** The database's name (a file's name for SQLite). */
  namespace: string;
}

interface QueryLogger {
  logQuery(context: StatementLogContext): void;
}

/**
 * Makes every statement an ORM runs inside a traced request a span, child of whatever span is active where the
 * statement was issued (the request's server span, in a subgraph), by wrapping the logger MikroORM reports each statement to once it has
 * answered. Chosen over patching pg or libsql: the same hook serves both dialects, needs no loader hook under ES
 * modules and survives bundling, where require-time patching of a bundled driver never happens. The price is
 * MikroORM's millisecond clock: a span starts `took` ms before it ends. Returns the logger unchanged when tracing is
 * off, so an untraced process pays nothing per statement.
 */
export function traceStatements<L extends QueryLogger>(logger: L, database: StatementDatabase): L {
  if (!tracingStarted()) return logger;
  const tracer = trace.getTracer('@shian/telemetry');
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (entry: StatementLogContext) => {
    const parent = context.active();
    // Statements outside any request (migrations, the seed, timers) would each be a trace of one span.
    if (entry.query && trace.getSpan(parent)) {
      const end = Date.now();
      const { operation, collection } = describeStatement(entry.query);
      const span = tracer.startSpan(
        collection ? `${operation} ${collection}` : operation,
        {
          kind: SpanKind.CLIENT,
          startTime: end - (entry.took ?? 0),
          attributes: {
            'db.system.name': database.system,
            'db.namespace': database.namespace,
            'db.operation.name': operation,
            ...(collection && { 'db.collection.name': collection }),
            'db.query.text': entry.query,
            ...(entry.results !== undefined && { 'db.response.returned_rows': entry.results }),
          },
        },
        parent,
      );
      if (entry.level === 'error') span.setStatus({ code: SpanStatusCode.ERROR });
      span.end(end);
    }
    logQuery(entry);
  };
  return logger;
}

/** `select … from "entity" …` → SELECT, entity: the span name OpenTelemetry's database conventions ask for. */
export function describeStatement(sql: string): { operation: string; collection?: string } {
  const operation = (/^\s*([a-z]+)/i.exec(sql)?.[1] ?? 'SQL').toUpperCase();
  const collection = /\b(?:from|into|update)\s+[`"]?([\w.]+)[`"]?/i.exec(sql)?.[1];
  return collection ? { operation, collection } : { operation };
}
