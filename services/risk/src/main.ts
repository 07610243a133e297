import { runSubgraphCommand } from '@shian/subgraph-kit';
import subgraph from './subgraph';

await runSubgraphCommand(subgraph, ['start']);
