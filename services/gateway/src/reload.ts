import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '@shian/server';

/**
 * The gateway's two deployable artifacts, the supergraph and the trusted-operations manifest, are read from a file
 * or a URL and polled, so that a release swaps them under a running gateway. A candidate that cannot be read,
 * parsed or applied never replaces the one being served: it is logged with the reason and counted, and the next
 * poll tries again.
 */

export type ArtifactName = 'supergraph' | 'trusted-operations';

/** Where an artifact comes from: `file:` paths are read, `http(s):` URLs fetched. */
export interface ArtifactSource {
  /** For logs: the path or URL. */
  location: string;
  read(): Promise<string>;
}

const FETCH_TIMEOUT_MS = 5_000;

/** How the CLIs write an artifact: beside it, then renamed over it, so a gateway polling it never reads half. */
export function writeArtifact(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

export function artifactSource(location: string): ArtifactSource {
  if (/^https?:\/\//i.test(location)) {
    return {
      location,
      async read() {
        const response = await fetch(location, {
          signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
          headers: { 'cache-control': 'no-cache' },
        });
        if (!response.ok) throw new Error(`GET ${location} answered HTTP ${response.status}`);
        return response.text();
      },
    };
  }
  return { location, read: () => readFile(location, 'utf8') };
}

/** Outcome of one attempt to load a new version; what the metrics hook receives. */
export interface ReloadEvent {
  artifact: ArtifactName;
  outcome: 'loaded' | 'failed';
  /** sha256 of the text, first 12 hex digits: which version is served (loaded) or was refused (failed). */
  version?: string;
  reason?: string;
}

export interface ArtifactStatus {
  location: string;
  /** The version being served. */
  version: string;
  loadedAt: string;
  /** New versions applied since start (the first load not counted). */
  reloads: number;
  /** Candidates refused since start (unreadable, invalid, or refused when applied). */
  failures: number;
  lastFailure?: { at: string; reason: string; version?: string };
}

export const versionOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

export interface PollOptions {
  artifact: ArtifactName;
  source: ArtifactSource;
  /** Milliseconds between reads; 0 or less: read once, never poll. */
  intervalMs: number;
  /** Applies a new text; throws (with a reason a person can act on) to keep the current one. */
  apply: (text: string) => void | Promise<void>;
  logger: Logger;
  onEvent?: (event: ReloadEvent) => void;
}

export interface PolledArtifact {
  status(): ArtifactStatus;
  /** Reads the source once now (what each poll does); resolves to the outcome, or undefined when nothing changed. */
  check(): Promise<ReloadEvent | undefined>;
  stop(): void;
}

/**
 * Loads the artifact once (rejecting when that fails: a gateway must not start without one), then, when
 * `intervalMs` > 0, reads it again every interval and applies it when its text changed. Polls never overlap, and
 * a refused text is not retried until it changes again, so a broken file logs once, not once per poll.
 */
export async function pollArtifact(options: PollOptions): Promise<PolledArtifact> {
  const { artifact, source, logger } = options;
  const initial = await source.read();
  await options.apply(initial);
  const status: ArtifactStatus = {
    location: source.location,
    version: versionOf(initial),
    loadedAt: new Date().toISOString(),
    reloads: 0,
    failures: 0,
  };
  let lastSeen = initial;
  let readFailing = false;

  const emit = (event: ReloadEvent) => {
    try {
      options.onEvent?.(event);
    } catch (error) {
      logger.warn({ err: error, artifact }, 'artifact reload hook threw');
    }
    return event;
  };
  const fail = (reason: string, version?: string) => {
    status.failures += 1;
    status.lastFailure = { at: new Date().toISOString(), reason, version };
    logger.error(
      { artifact, location: source.location, version, serving: status.version, reason },
      `${artifact}: the new version was refused, still serving ${status.version}: ${reason}`,
    );
    return emit({ artifact, outcome: 'failed', version, reason });
  };

  const check = async (): Promise<ReloadEvent | undefined> => {
    let text: string;
    try {
      text = await source.read();
    } catch (error) {
      // A source that stays unreachable is one problem, not one per poll.
      if (readFailing) return undefined;
      readFailing = true;
      return fail(`could not read ${source.location}: ${(error as Error).message}`);
    }
    readFailing = false;
    if (text === lastSeen) return undefined;
    lastSeen = text;
    const version = versionOf(text);
    try {
      await options.apply(text);
    } catch (error) {
      return fail((error as Error).message, version);
    }
    status.version = version;
    status.loadedAt = new Date().toISOString();
    status.reloads += 1;
    logger.info({ artifact, location: source.location, version }, `${artifact}: now serving ${version}`);
    return emit({ artifact, outcome: 'loaded', version });
  };

  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = () => {
    if (stopped || options.intervalMs <= 0) return;
    timer = setTimeout(async () => {
      await check();
      schedule();
    }, options.intervalMs);
    // Polling alone never keeps the process alive: the HTTP server does.
    timer.unref();
  };
  schedule();

  return {
    status: () => ({ ...status, lastFailure: status.lastFailure && { ...status.lastFailure } }),
    check,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

/**
 * SUPERGRAPH_POLL_MS and TRUSTED_OPERATIONS_POLL_MS: a number of milliseconds, `0` for off. Default 10 s, except
 * under NODE_ENV=test, where a test that wants polling says so.
 */
export function pollIntervalFromEnv(raw: string | undefined, env: NodeJS.ProcessEnv): number {
  if (raw !== undefined && raw.trim() !== '') {
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0) throw new Error(`poll interval ${raw} is not a number of milliseconds`);
    return value;
  }
  return env.NODE_ENV === 'test' ? 0 : 10_000;
}
