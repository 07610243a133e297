import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEPLOY_DIR, K8S_DIR } from './generate';
import { type K8sObject, renderKustomization } from './render';

export const OVERLAYS = ['development', 'production'] as const;
export type Overlay = (typeof OVERLAYS)[number];

const REPO_ROOT = path.resolve(DEPLOY_DIR, '..');
const CONFIG_DIR = path.join(K8S_DIR, 'base', 'config');

/**
 * Stand-ins for the files git ignores, so an overlay renders in a fresh clone (CI): a secret the operator writes
 * reads as its committed `.example`; the released supergraph as the committed one; the trusted operations (collected
 * by the gateway's CLI at release, checked by the gateway's own tests) as an empty manifest.
 */
export function readWithStandIns(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8');
  if (existsSync(`${file}.example`)) return readFileSync(`${file}.example`, 'utf8');
  if (file === path.join(CONFIG_DIR, 'supergraph.graphql')) {
    return readFileSync(path.join(REPO_ROOT, 'services', 'gateway', 'supergraph.graphql'), 'utf8');
  }
  if (file === path.join(CONFIG_DIR, 'trusted-operations.json')) return '{}\n';
  throw new Error(`${file} does not exist (and has no stand-in)`);
}

export function renderOverlay(overlay: Overlay, { standIns = false } = {}): K8sObject[] {
  return renderKustomization(path.join(K8S_DIR, 'overlays', overlay), standIns ? { readFile: readWithStandIns } : {});
}
