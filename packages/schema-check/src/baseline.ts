import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The published contract, kept as files so that a clean clone with no history can check against it: one SDL per
 * subgraph whose contract has started (`<subgraph>.graphql`), and the breaking changes accepted on purpose. The API
 * schema's baseline is the composition of these, so a domain without a baseline yet changes freely.
 */
export const baselineDir = (repoRoot: string) => path.join(repoRoot, 'services', 'gateway', 'schema-baseline');
export const ACKNOWLEDGED_FILE = 'acknowledged-changes.json';

export function readBaselines(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.graphql'))
      .sort()
      .map((file) => [file.replace(/\.graphql$/, ''), readFileSync(path.join(dir, file), 'utf8')]),
  );
}

export function writeBaseline(dir: string, subgraph: string, sdl: string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${subgraph}.graphql`);
  writeFileSync(file, sdl.endsWith('\n') ? sdl : `${sdl}\n`);
  return file;
}

/** A breaking change accepted on purpose, with the reason a reviewer can judge. */
export interface Acknowledgement {
  /** graphql-inspector's change type, e.g. `FIELD_REMOVED`. */
  change: string;
  /** The schema coordinate, e.g. `Entity.phone`. */
  path: string;
  /** Where: `api` and/or subgraph names; absent means every schema the change appears in. */
  schemas?: string[];
  reason: string;
}

export function readAcknowledged(dir: string): Acknowledgement[] {
  const file = path.join(dir, ACKNOWLEDGED_FILE);
  if (!existsSync(file)) return [];
  let entries: unknown;
  try {
    entries = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(entries)) throw new Error(`${file} must hold a JSON array of acknowledged changes`);
  return entries.map((entry, i) => {
    const e = entry as Partial<Acknowledgement>;
    const where = `${path.basename(file)} entry ${i + 1}`;
    if (typeof e.change !== 'string' || !e.change)
      throw new Error(`${where}: "change" (e.g. FIELD_REMOVED) is missing`);
    if (typeof e.path !== 'string' || !e.path) throw new Error(`${where}: "path" (e.g. Entity.phone) is missing`);
    if (typeof e.reason !== 'string' || e.reason.trim().length < 5) {
      throw new Error(`${where}: "reason" must say why the change is safe to make`);
    }
    if (e.schemas !== undefined && (!Array.isArray(e.schemas) || e.schemas.some((s) => typeof s !== 'string'))) {
      throw new Error(`${where}: "schemas" must be a list of names ("api", subgraph names)`);
    }
    return { change: e.change, path: e.path, schemas: e.schemas, reason: e.reason };
  });
}
