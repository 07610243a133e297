import { migrationTests } from '@shian/subgraph-kit/testing';
import subgraph from '../src/schema';

await migrationTests(subgraph);
