import { fileURLToPath } from 'node:url';
import { frontendCodegenConfig } from '@shian/graphql-client/codegen';

// The remotes' kit's shared documents (packages/remote-kit/src/documents: the `...Paging` fragment every list reads
// its page with, the operations the shell shares with a remote). The shell does not depend on the kit (its code is
// the remotes'), so the folder is named by its path, and is an input of the shell's build in turbo.json.
const KIT_DOCUMENTS = fileURLToPath(new URL('../../packages/remote-kit/src/documents/*.graphql', import.meta.url));

const config = frontendCodegenConfig(import.meta.dirname);

export default { ...config, documents: [...(config.documents as string[]), KIT_DOCUMENTS] };
