import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { frontendCodegenConfig } from '@shian/graphql-client/codegen';

const KIT_SRC = fileURLToPath(new URL('.', import.meta.url));

/** The kit's `graphql(...)` operations and fragments (not its generated `gql/`): what a remote's codegen reads besides its own. */
export const REMOTE_KIT_DOCUMENTS = [`${KIT_SRC}**/*.{ts,tsx,graphql}`, `!${join(KIT_SRC, 'gql')}/**`];

/**
 * The kit's GraphQL documents that a frontend which is no remote (the shell) reads too: the fragment every list reads
 * its page with (`...Paging`) and the operations the shell shares with a remote.
 */
export const SHARED_DOCUMENTS = join(KIT_SRC, 'documents', '*.graphql');

/**
 * A remote's codegen: the frontends' one configuration, reading the kit's operations as well as the remote's. The
 * operations the kit runs (useTownshipOptions, …) thereby land in the remote's `persisted-documents.json`, which the
 * gateway's trusted operations are collected from: a remote that uses the kit is allowed to run what the kit sends.
 *
 * A remote's `codegen.ts`:  `export default remoteCodegenConfig(import.meta.dirname);`
 */
export function remoteCodegenConfig(frontendDir: string): CodegenConfig {
  const config = frontendCodegenConfig(frontendDir);
  const own = Array.isArray(config.documents) ? config.documents : [config.documents!];
  return { ...config, documents: [...(own as string[]), ...REMOTE_KIT_DOCUMENTS] };
}
