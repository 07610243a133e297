import { readFileSync } from 'node:fs';
import { DOMAINS } from '@shian/platform';
import { describe, expect, it } from 'vitest';
import { kustomizationFile, overlayImages, withDomainImages } from '../src/images';
import { OVERLAYS, renderOverlay } from '../src/overlays';
import { containersOf, splitImage } from '../src/render';
import { imageOf } from '../src/subgraphs';

/*
 * Every subgraph the platform deploys (DOMAINS, which `pnpm new:domain` appends to) must be named in both overlays'
 * `images:`; otherwise kustomize leaves the bare `shian/<name>` in place and production pulls an image of no
 * registry and no tag. The list of subgraphs comes from the platform, not from this file, so the next generated
 * domain fails here until `pnpm --filter @shian/deploy generate` (which the generator runs) has added it.
 */

describe.each(OVERLAYS)("overlay %s's images", (overlay) => {
  const entries = overlayImages(overlay);
  const objects = renderOverlay(overlay, { standIns: true });

  it.each(DOMAINS.map((d) => d.name))('names the %s subgraph with a tag', (name) => {
    const entry = entries.find((e) => e.name === imageOf(name));
    expect(entry, `${imageOf(name)} is missing from deploy/k8s/overlays/${overlay}/kustomization.yaml`).toBeDefined();
    expect(entry?.newTag, `${imageOf(name)} has no newTag`).toBeTruthy();
    if (overlay === 'production') {
      // The same registry as the gateway: CI pushes every image to one place.
      const gateway = entries.find((e) => e.name === imageOf('gateway'));
      expect(entry?.newName).toBe(gateway?.newName?.replace(/gateway$/, name));
    }
    // And the rendered Deployment and migration Job run exactly that image.
    const workloads = objects.filter(
      (o) =>
        (o.kind === 'Deployment' && o.metadata.name === name) ||
        (o.kind === 'Job' && o.metadata.name === `${name}-migrate`),
    );
    expect(workloads).toHaveLength(2);
    for (const container of workloads.flatMap(containersOf)) {
      expect(container.image).toBe(`${entry?.newName ?? imageOf(name)}:${entry?.newTag}`);
    }
  });

  it('leaves none of its own images untagged (and in production, without a registry)', () => {
    for (const workload of objects.filter((o) => o.kind === 'Deployment' || o.kind === 'Job')) {
      for (const container of containersOf(workload)) {
        const [name, tag] = splitImage(container.image);
        if (!name.includes('shian/')) continue;
        expect(tag, `${workload.kind}/${workload.metadata.name}: ${container.image}`).toBeTruthy();
        if (overlay === 'production') expect(name, container.image).not.toMatch(/^shian\//);
      }
    }
  });

  it('is what `generate` leaves it as (no image for it to add)', () => {
    const text = readFileSync(kustomizationFile(overlay), 'utf8');
    expect(withDomainImages(text)).toBe(text);
  });
});

describe('generate adding a missing subgraph image', () => {
  const production = `# a comment the operator wrote
images:
  - name: shian/gateway
    newName: registry.example.gov.cn/shian/gateway
    newTag: "0.1.0"
  - name: shian/entities # pinned while we test
    newName: registry.example.gov.cn/shian/entities
    newTag: "0.0.9"
  - name: shian/web
    newName: registry.example.gov.cn/shian/web
    newTag: "0.1.0"
`;

  it("adds every missing one after the subgraphs, with the gateway's registry and quoted tag, changing nothing else", () => {
    const result = withDomainImages(production);
    const missing = DOMAINS.filter((d) => d.name !== 'entities');
    const added = missing
      .map(
        (d) => `  - name: shian/${d.name}\n    newName: registry.example.gov.cn/shian/${d.name}\n    newTag: "0.1.0"\n`,
      )
      .join('');
    const [before, after] = production.split('  - name: shian/web\n');
    expect(result).toBe(`${before}${added}  - name: shian/web\n${after}`);
  });

  it('models a development entry (tag only) on the gateway', () => {
    const result = withDomainImages('images:\n  - name: shian/gateway\n    newTag: dev\n');
    for (const d of DOMAINS) expect(result).toContain(`  - name: shian/${d.name}\n    newTag: dev\n`);
    expect(result).not.toContain('newName');
  });

  it('refuses an images list it cannot model an entry on', () => {
    expect(() => withDomainImages('images:\n  - name: shian/web\n    newTag: dev\n')).toThrow(/shian\/gateway/);
    expect(() =>
      withDomainImages('images:\n  - name: shian/gateway\n    newName: registry.example.gov.cn/gw\n    newTag: x\n'),
    ).toThrow(/registry/);
  });
});
