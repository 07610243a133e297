import { serve } from '@shian/subgraph-kit';
import subgraph from './schema';

await serve(subgraph);
