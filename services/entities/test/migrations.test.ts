import { migrationTests } from '@shian/subgraph-kit/testing';
import subgraph from '../src/schema';

// Kept: PostgreSQL's covering index for the overdue sum is declared on OverdueTally (entities/ResponsibilityTally.ts)
// so that PostgreSQL's diff keeps it; SQLite keeps that table in key order and has no such index.
await migrationTests(subgraph, { sqlite: [/^create index `overdue_tally_sum`/] });
