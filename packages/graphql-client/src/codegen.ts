import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { preset as clientPreset } from '@graphql-codegen/client-preset';
import { enumLabelsPreset } from './enum-labels';

/** The supergraph's API schema, composed by the gateway's build (`services/gateway/api-schema.graphql`). */
export const API_SCHEMA_PATH = fileURLToPath(new URL('../../../services/gateway/api-schema.graphql', import.meta.url));

export interface FrontendCodegenOptions {
  /** Defaults to the gateway's API schema; `SHIAN_API_SCHEMA` in the environment overrides both. */
  schema?: string;
}

/**
 * The one codegen configuration every frontend uses: typed documents (client preset) in `src/gql/`, from the
 * `graphql(...)` calls in `src/**` and any `src/**\/*.graphql`, checked against the supergraph's API schema.
 * `build` runs codegen before `vite build`, so an operation the schema no longer supports fails the build. It also
 * writes `src/gql/persisted-documents.json`, every operation by its sha256: in production the gateway runs only
 * the operations of these manifests (services/gateway/src/trusted.ts). And `src/gql/labels.ts`: the labels of the
 * enums the operations use, from the schema's enum value descriptions (./enum-labels.ts).
 *
 * A frontend's `codegen.ts`:  `export default frontendCodegenConfig(import.meta.dirname);`
 */
export function frontendCodegenConfig(frontendDir: string, options: FrontendCodegenOptions = {}): CodegenConfig {
  const src = join(frontendDir, 'src');
  return {
    schema: process.env.SHIAN_API_SCHEMA ?? options.schema ?? API_SCHEMA_PATH,
    documents: [`${src}/**/*.{ts,tsx,graphql}`, `!${src}/gql/**`],
    ignoreNoDocuments: true,
    errorsOnly: true,
    generates: {
      [`${src}/gql/`]: {
        // The preset object itself, so frontends need no dependency on it: only on the CLI.
        preset: clientPreset,
        // persisted-documents.json (sha256 → document) beside the types: the gateway's trusted operations.
        presetConfig: { fragmentMasking: false, persistedDocuments: true },
        config: {
          useTypeImports: true,
          // The scalars arrive as strings: "2024-03-01" (LocalDate) and ISO timestamps (DateTimeISO).
          scalars: { LocalDate: 'string', DateTimeISO: 'string', DateTime: 'string' },
          strictScalars: false,
          defaultScalarType: 'unknown',
        },
      },
      [`${src}/gql/labels.ts`]: { preset: enumLabelsPreset },
    },
  };
}
