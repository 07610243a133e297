import { frontendCodegenConfig } from '@shian/graphql-client/codegen';

// The kit's own typed operations (src/gql/): the remotes' codegen reads the same sources (src/codegen.ts), so each
// remote's persisted documents, and through them the gateway's trusted operations, list the kit's operations too.
export default frontendCodegenConfig(import.meta.dirname);
