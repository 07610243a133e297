import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMAINS } from '@shian/platform';
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { K8S_DIR } from './generate';
import { OVERLAYS, type Overlay } from './overlays';
import { imageOf } from './subgraphs';

/**
 * The overlays' `images:` lists are written by hand (the operator edits the registry and tags), but a subgraph
 * missing from them is deployed under its bare name — an unnamed, untagged image in production. So `pnpm
 * --filter @shian/deploy generate` (which `pnpm new:domain` runs) adds an entry for every domain that has none,
 * modelled on the gateway's entry (same registry, same tag: CI builds and tags every image together), and leaves
 * every existing entry, comment and order as it is.
 */

export const kustomizationFile = (overlay: Overlay) => path.join(K8S_DIR, 'overlays', overlay, 'kustomization.yaml');

export interface ImageEntry {
  name: string;
  newName?: string;
  newTag?: string;
}

/** The overlay's `images:` entries as written. */
export function overlayImages(overlay: Overlay, text = readFileSync(kustomizationFile(overlay), 'utf8')): ImageEntry[] {
  return ((parseDocument(text).toJS() as { images?: ImageEntry[] }).images ?? []).map((i) => ({ ...i }));
}

/**
 * The kustomization's text with an entry added for each domain that has none (unchanged text when none is
 * missing). The new entry copies the gateway's: its newTag, and its newName with `gateway` replaced by the domain.
 */
export function withDomainImages(text: string): string {
  const doc = parseDocument(text);
  const images = doc.get('images');
  if (!isSeq(images)) throw new Error('the kustomization has no images: list');
  const entries = images.items.filter(isMap) as YAMLMap[];
  const named = (name: string) => entries.find((e) => e.get('name') === name);
  const gateway = named(imageOf('gateway'));
  if (!gateway) throw new Error(`the kustomization's images: has no ${imageOf('gateway')} to model a subgraph's on`);
  const gatewayName = gateway.get('newName') as string | undefined;
  if (gatewayName !== undefined && !gatewayName.endsWith('/gateway')) {
    throw new Error(`cannot tell the registry from ${imageOf('gateway')}'s newName ${gatewayName}`);
  }
  const missing = DOMAINS.filter((d) => !named(imageOf(d.name)));
  if (missing.length === 0) return text;
  // After the last subgraph already listed, so the list keeps its gateway, subgraphs…, web order.
  const domainImages = new Set(DOMAINS.map((d) => imageOf(d.name)));
  let at = images.items.findLastIndex((e) => isMap(e) && domainImages.has(e.get('name') as string)) + 1;
  if (at === 0) at = images.items.indexOf(gateway) + 1;
  for (const domain of missing) {
    const entry = doc.createNode({
      name: imageOf(domain.name),
      ...(gatewayName === undefined ? {} : { newName: gatewayName.replace(/gateway$/, domain.name) }),
      ...(gateway.has('newTag') ? { newTag: gateway.get('newTag') } : {}),
    }) as YAMLMap;
    // Quoted like the gateway's tag ("0.1.0" is a string kustomize must not read as a number).
    const tagNode = gateway.get('newTag', true) as { type?: string } | undefined;
    const newTag = entry.get('newTag', true) as { type?: string } | undefined;
    if (tagNode?.type && newTag) newTag.type = tagNode.type;
    images.items.splice(at++, 0, entry);
  }
  return doc.toString({ lineWidth: 0 });
}

/** Each overlay's kustomization with the missing subgraph images added, by path relative to deploy/k8s. */
export function overlayImageFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const overlay of OVERLAYS) {
    files[path.relative(K8S_DIR, kustomizationFile(overlay))] = withDomainImages(
      readFileSync(kustomizationFile(overlay), 'utf8'),
    );
  }
  return files;
}
