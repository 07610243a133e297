import { seedDemoData } from '../seeds/seed';
import subgraph from './subgraph';

/**
 * The subgraph with its demo data: what the workspace's `shian-subgraph` (start, seed), the tests and the packed
 * `dist/seed.js` use. The server of a production build starts from `./subgraph`, which carries no demo data.
 */
export default { ...subgraph, seed: seedDemoData };
