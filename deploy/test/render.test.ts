import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderKustomization, splitImage, strategicMerge } from '../src/render';

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'shian-render-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: { name: a, labels: { tier: x } }
spec:
  replicas: 1
  template:
    spec:
      containers:
        - name: app
          image: shian/a:1
          env: [{ name: ONE, value: "1" }, { name: TWO, value: "2" }]
`;

describe('strategic merge', () => {
  it('merges lists of named items by name, deletes by $patch and null, replaces other lists', () => {
    const merged = strategicMerge(
      {
        env: [
          { name: 'A', value: '1' },
          { name: 'B', value: '2' },
        ],
        args: ['x'],
        keep: 1,
        drop: 2,
      },
      {
        env: [
          { name: 'B', value: '3' },
          { name: 'A', $patch: 'delete' },
          { name: 'C', value: '4' },
        ],
        args: ['y'],
        drop: null,
      },
    );
    expect(merged).toEqual({
      env: [
        { name: 'B', value: '3' },
        { name: 'C', value: '4' },
      ],
      args: ['y'],
      keep: 1,
    });
  });
});

describe('renderKustomization', () => {
  it('applies resources, targeted patches, images and namespace', () => {
    const dir = tree({
      'base/kustomization.yaml': 'resources: [d.yaml]\n',
      'base/d.yaml': deployment,
      'overlay/kustomization.yaml': `namespace: ns
resources: [../base]
images: [{ name: shian/a, newName: reg/shian/a, newTag: "2" }]
patches:
  - path: p.yaml
    target: { kind: Deployment, labelSelector: tier=x }
`,
      'overlay/p.yaml': `apiVersion: apps/v1
kind: Placeholder
metadata: { name: any }
spec:
  replicas: 3
  template: { spec: { containers: [{ name: app, env: [{ name: TWO, value: "two" }] }] } }
`,
    });
    const [object] = renderKustomization(path.join(dir, 'overlay'));
    expect(object?.kind).toBe('Deployment');
    expect(object?.metadata).toEqual({ name: 'a', namespace: 'ns', labels: { tier: 'x' } });
    const spec = object?.spec as { replicas: number; template: { spec: { containers: Record<string, unknown>[] } } };
    expect(spec.replicas).toBe(3);
    expect(spec.template.spec.containers[0]).toEqual({
      name: 'app',
      image: 'reg/shian/a:2',
      env: [
        { name: 'ONE', value: '1' },
        { name: 'TWO', value: 'two' },
      ],
    });
  });

  it('generates ConfigMaps and Secrets from literals, files and env files', () => {
    const dir = tree({
      'kustomization.yaml': `generatorOptions: { disableNameSuffixHash: true }
configMapGenerator: [{ name: c, envs: [s.env], files: [k=f.txt] }]
secretGenerator: [{ name: s, literals: [PASSWORD=a=b] }]
`,
      's.env': '# comment\nA=1\n\nB=x=y\n',
      'f.txt': 'text\n',
    });
    const [config, secret] = renderKustomization(dir);
    expect(config?.data).toEqual({ A: '1', B: 'x=y', k: 'text\n' });
    expect(secret?.data).toEqual({ PASSWORD: Buffer.from('a=b').toString('base64') });
  });

  it('refuses what it does not implement, files outside its folder, and patches that match nothing', () => {
    expect(() => renderKustomization(tree({ 'kustomization.yaml': 'replicas: []\n' }))).toThrow(/not in the subset/);
    expect(() =>
      renderKustomization(tree({ 'kustomization.yaml': 'configMapGenerator: [{ name: c, literals: [a=b] }]\n' })),
    ).toThrow(/disableNameSuffixHash/);
    const outside = tree({
      'k/kustomization.yaml':
        'generatorOptions: { disableNameSuffixHash: true }\nconfigMapGenerator: [{ name: c, files: [../x] }]\n',
      x: 'secret',
    });
    expect(() => renderKustomization(path.join(outside, 'k'))).toThrow(/outside/);
    const unmatched = tree({
      'kustomization.yaml': 'resources: [d.yaml]\npatches: [{ path: p.yaml }]\n',
      'd.yaml': deployment,
      'p.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: b }\nspec: { replicas: 2 }\n',
    });
    expect(() => renderKustomization(unmatched)).toThrow(/matches no resource/);
    const twice = tree({ 'kustomization.yaml': 'resources: [d.yaml, d.yaml]\n', 'd.yaml': deployment });
    expect(() => renderKustomization(twice)).toThrow(/defined twice/);
  });

  it('splits image references with a registry port', () => {
    expect(splitImage('reg:5000/shian/a:1.2')).toEqual(['reg:5000/shian/a', '1.2']);
    expect(splitImage('reg:5000/shian/a')).toEqual(['reg:5000/shian/a', undefined]);
  });
});
