/**
 * `pnpm --filter @shian/deploy generate`: writes the per-subgraph manifests and adds a missing subgraph's image to
 * the overlays' `images:` (run it after `pnpm new:domain`, which runs it itself unless --no-install).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatedFiles, K8S_DIR } from './generate';
import { overlayImageFiles } from './images';

for (const [file, text] of Object.entries(generatedFiles())) {
  const target = path.join(K8S_DIR, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote deploy/k8s/${file}`);
}

// Written by hand: touched only when an image is missing, so a complete kustomization stays byte for byte as it was.
for (const [file, text] of Object.entries(overlayImageFiles())) {
  const target = path.join(K8S_DIR, file);
  if (readFileSync(target, 'utf8') === text) continue;
  writeFileSync(target, text);
  console.log(`added the missing subgraph images to deploy/k8s/${file} (registry and tag as the gateway's)`);
}
