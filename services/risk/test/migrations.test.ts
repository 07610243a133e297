import { migrationTests } from '@shian/subgraph-kit/testing';
import subgraph from '../src/schema';

// Kept: on SQLite, incident's report_hours and report_rule_source carry the defaults SQLite needed to add them as
// NOT NULL columns (migration incident_report_hours). Dropping a default means rebuilding the table, and a rebuild of
// a table others reference fails inside the migrations' transaction (SQLite ignores `foreign_keys = off` there; tried
// on the demo data). The ORM always writes both columns, so the defaults never apply.
await migrationTests(subgraph, { sqlite: [/`incident(__temp_alter)?`/, /^pragma foreign_keys = o(n|ff);$/] });
