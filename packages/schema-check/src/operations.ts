import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gqlPluckFromCodeStringSync } from '@graphql-tools/graphql-tag-pluck';
import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  visit,
} from 'graphql';

/** One operation a frontend sends, with the fragments it needs: what the checks validate and name. */
export interface FrontendOperation {
  /** The frontend's folder name (`entities`, `shell`, …), or the shared package's (`remote-kit`). */
  frontend: string;
  /** Where it lives, relative to the repository: `frontends/entities`, `packages/remote-kit`. */
  folder: string;
  /** `query EntityDetail` */
  label: string;
  name: string;
  /** The source file, relative to the repository. */
  file: string;
  document: DocumentNode;
}

const SOURCE = /\.(ts|tsx|graphql|gql)$/;

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      // Codegen's own output repeats the operations: the sources are what the developer wrote.
      if (entry !== 'gql' && entry !== 'node_modules') files.push(...sourceFiles(full));
    } else if (SOURCE.test(entry) && !entry.endsWith('.d.ts')) files.push(full);
  }
  return files.sort();
}

/**
 * The documents of one file: `graphql(...)` / gql`...` in code, the whole file for .graphql. A document that does
 * not parse goes to `problems` when given (and is skipped), else it throws.
 */
function documentsOf(file: string, repoRoot: string, problems?: string[]) {
  const text = readFileSync(file, 'utf8');
  const bodies = /\.(graphql|gql)$/.test(file)
    ? [text]
    : gqlPluckFromCodeStringSync(file, text, { skipIndent: true }).map((source) => source.body);
  const documents: { definitions: DefinitionNode[]; file: string }[] = [];
  for (const body of bodies) {
    try {
      documents.push({ definitions: [...parse(body).definitions], file });
    } catch (error) {
      const message = `${path.relative(repoRoot, file)}: a GraphQL document does not parse: ${(error as Error).message}`;
      if (!problems) throw new Error(message);
      problems.push(message);
    }
  }
  return documents;
}

function fragmentsUsed(node: DefinitionNode, fragments: Map<string, FragmentDefinitionNode>): FragmentDefinitionNode[] {
  const found = new Map<string, FragmentDefinitionNode>();
  const walk = (definition: DefinitionNode) =>
    visit(definition, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = fragments.get(name);
        if (fragment && !found.has(name)) {
          found.set(name, fragment);
          walk(fragment);
        }
      },
    });
  walk(node);
  return [...found.values()];
}

/**
 * Packages whose documents every remote's codegen reads besides the remote's own (remote-kit's `remoteCodegenConfig`):
 * their operations are checked once, under the package, and their fragments are there for any frontend to spread.
 */
const SHARED_DOCUMENTS = ['packages/remote-kit'];

/**
 * The operations of every frontend (`frontends/<name>/src`) and of the shared packages, found the way codegen finds
 * them. A frontend's fragments may live in any of its files or a shared package's, so each operation gets the ones
 * it spreads. Documents that do not parse are pushed to `problems` when it is given (one unfinished page must not
 * stop the gateway's build), else thrown.
 */
export function collectOperations(repoRoot: string, problems?: string[]): FrontendOperation[] {
  const frontendsDir = path.join(repoRoot, 'frontends');
  if (!existsSync(frontendsDir)) return [];
  const documentsIn = (folder: string) =>
    sourceFiles(path.join(repoRoot, folder, 'src')).flatMap((file) => documentsOf(file, repoRoot, problems));
  const shared = SHARED_DOCUMENTS.map((folder) => ({ folder, documents: documentsIn(folder) }));
  const frontends = readdirSync(frontendsDir)
    .sort()
    .map((name) => ({ folder: `frontends/${name}`, documents: documentsIn(`frontends/${name}`) }));
  const sharedFragments = shared.flatMap((s) => s.documents);
  const operations: FrontendOperation[] = [];
  for (const { folder, documents } of [...frontends, ...shared]) {
    const frontend = path.basename(folder);
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const { definitions } of [...sharedFragments, ...documents])
      for (const d of definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    for (const { definitions, file } of documents) {
      for (const definition of definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        const operation = definition as OperationDefinitionNode;
        const name = operation.name?.value ?? '(anonymous)';
        operations.push({
          frontend,
          folder,
          name,
          label: `${operation.operation} ${name}`,
          file: path.relative(repoRoot, file),
          document: { kind: Kind.DOCUMENT, definitions: [operation, ...fragmentsUsed(operation, fragments)] },
        });
      }
    }
  }
  return operations;
}
