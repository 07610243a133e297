import { serve } from '@shian/subgraph-kit';
import subgraph from './subgraph';

await serve(subgraph);
