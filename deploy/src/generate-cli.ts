/** `pnpm --filter @shian/deploy generate`: writes the per-subgraph manifests (run it after `pnpm new:domain`). */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatedFiles, K8S_DIR } from './generate';

for (const [file, text] of Object.entries(generatedFiles())) {
  const target = path.join(K8S_DIR, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote deploy/k8s/${file}`);
}
