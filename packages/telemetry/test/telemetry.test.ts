import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { trace } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { serviceName, tracingEndpoint } from '../src/config';
import { describeStatement, traceStatements } from '../src/statements';

describe('with OTEL_EXPORTER_OTLP_ENDPOINT unset', () => {
  it('starts no SDK and loads none of it', async () => {
    delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    delete process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
    const { tracingStarted } = await import('../src/sdk');
    await import('../src/register');
    expect(tracingStarted()).toBe(false);
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    expect(
      loaded.filter((file) => /@opentelemetry[/+](sdk-node|instrumentation-http|instrumentation-undici)/.test(file)),
    ).toEqual([]);
    // No tracer provider registered: the API's tracers stay no-ops.
    expect(trace.getTracer('x').startSpan('y').isRecording()).toBe(false);
  });

  it('leaves the ORM logger as it was', () => {
    const logQuery = () => {};
    const logger = { logQuery };
    expect(traceStatements(logger, { system: 'sqlite', namespace: 'entities.db' }).logQuery).toBe(logQuery);
  });
});

describe('configuration', () => {
  it('is on with either OTLP endpoint variable, off when the SDK is disabled', () => {
    expect(tracingEndpoint({})).toBeUndefined();
    expect(tracingEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: ' ' })).toBeUndefined();
    expect(tracingEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe('http://collector:4318');
    expect(tracingEndpoint({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/v1/traces' })).toBe(
      'http://c:4318/v1/traces',
    );
    expect(
      tracingEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }),
    ).toBeUndefined();
  });

  it('names the service from OTEL_SERVICE_NAME, else from the package it was started in', () => {
    const dir = (name: string) => {
      const at = mkdtempSync(path.join(tmpdir(), 'shian-telemetry-'));
      writeFileSync(path.join(at, 'package.json'), JSON.stringify({ name }));
      return at;
    };
    expect(serviceName({}, dir('@shian/gateway'))).toBe('gateway');
    expect(serviceName({}, dir('@shian/service-entities'))).toBe('entities');
    expect(serviceName({ OTEL_SERVICE_NAME: 'gateway-eu' }, dir('@shian/gateway'))).toBe('gateway-eu');
    expect(serviceName({}, mkdtempSync(path.join(tmpdir(), 'shian-telemetry-')))).toBe('unknown_service:node');
  });
});

describe('statement span names', () => {
  it('are the operation and the table', () => {
    expect(describeStatement('select "e0".* from "entity" as "e0" where "e0"."id" in (?)')).toEqual({
      operation: 'SELECT',
      collection: 'entity',
    });
    expect(describeStatement('insert into `sample` (`id`) values (?)')).toEqual({
      operation: 'INSERT',
      collection: 'sample',
    });
    expect(describeStatement('update "case" set "status" = $1')).toEqual({ operation: 'UPDATE', collection: 'case' });
    expect(describeStatement('begin')).toEqual({ operation: 'BEGIN' });
  });
});
