/**
 * Query counts measured the way the platform runs (Node with swc's module hooks, not vitest's transform, which
 * hides async costs of module loading): prints one JSON line `{ "10": …, "100": … }` with the counts and the SQL.
 * Argument: the dialect (sqlite, postgresql); DATABASE_URL for PostgreSQL.
 */
import type { Dialect } from '@shian/subgraph-kit';
import { measureCounts } from './counts';

const dialect = (process.argv[2] ?? 'sqlite') as Dialect;
const result = await measureCounts(dialect, [10, 100], process.env.DATABASE_URL);
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
