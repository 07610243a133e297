import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/**
 * Renders a kustomization the way `kubectl kustomize` does, for the subset of kustomize that deploy/k8s uses, so
 * that the manifests are checked in CI without a kustomize binary (none is installable offline here). Every field
 * outside the subset is refused rather than ignored: a kustomization this renderer accepts renders the same objects
 * under kustomize (ordering aside), and one it cannot render fails loudly instead of being checked half.
 */

export type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; [key: string]: unknown };
  [key: string]: unknown;
};

interface Target {
  kind?: string;
  name?: string;
  labelSelector?: string;
}

interface Generator {
  name: string;
  literals?: string[];
  files?: string[];
  envs?: string[];
  type?: string;
}

interface Kustomization {
  apiVersion?: string;
  kind?: string;
  namespace?: string;
  resources?: string[];
  patches?: { path: string; target?: Target }[];
  images?: { name: string; newName?: string; newTag?: string }[];
  configMapGenerator?: Generator[];
  secretGenerator?: Generator[];
  generatorOptions?: { disableNameSuffixHash?: boolean; labels?: Record<string, string> };
}

const KNOWN_FIELDS = new Set([
  'apiVersion',
  'kind',
  'namespace',
  'resources',
  'patches',
  'images',
  'configMapGenerator',
  'secretGenerator',
  'generatorOptions',
]);

export interface RenderOptions {
  /**
   * Reads a file a generator names. The default reads it from disk; the tests substitute the committed
   * `*.example` of a secrets file that an operator writes and git ignores.
   */
  readFile?: (file: string) => string;
}

const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'IngressClass', 'PriorityClass']);

export function parseYamlDocuments(text: string, source: string): K8sObject[] {
  return parseAllDocuments(text)
    .map((document) => {
      if (document.errors.length > 0) throw new Error(`${source}: ${document.errors[0]?.message}`);
      return document.toJS() as K8sObject | null;
    })
    .filter((object): object is K8sObject => object !== null);
}

const objectId = (o: K8sObject) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;

function insideRoot(root: string, file: string, from: string): string {
  const resolved = path.resolve(root, file);
  // kustomize's default load restrictor: a kustomization reads nothing outside its own folder.
  if (resolved !== root && !resolved.startsWith(`${root}${path.sep}`)) {
    throw new Error(`${from}: ${file} is outside ${root} (kustomize refuses it by default)`);
  }
  return resolved;
}

export function renderKustomization(dir: string, options: RenderOptions = {}): K8sObject[] {
  const root = path.resolve(dir);
  const file = path.join(root, 'kustomization.yaml');
  const [kustomization] = parseYamlDocuments(readFileSync(file, 'utf8'), file) as unknown as Kustomization[];
  if (!kustomization) throw new Error(`${file} is empty`);
  for (const field of Object.keys(kustomization)) {
    if (!KNOWN_FIELDS.has(field)) throw new Error(`${file}: "${field}" is not in the subset this renderer implements`);
  }
  const readFile = options.readFile ?? ((f: string) => readFileSync(f, 'utf8'));

  let objects: K8sObject[] = [];
  for (const resource of kustomization.resources ?? []) {
    // Resources may sit in a parent folder (an overlay's base): kustomize allows that for resources, not for files.
    const target = path.resolve(root, resource);
    if (!existsSync(target)) throw new Error(`${file}: resource ${resource} does not exist`);
    objects.push(
      ...(statSync(target).isDirectory()
        ? renderKustomization(target, options)
        : parseYamlDocuments(readFileSync(target, 'utf8'), target)),
    );
  }
  for (const generator of kustomization.configMapGenerator ?? []) {
    objects.push(generate('ConfigMap', generator, root, file, readFile, kustomization));
  }
  for (const generator of kustomization.secretGenerator ?? []) {
    objects.push(generate('Secret', generator, root, file, readFile, kustomization));
  }
  for (const patch of kustomization.patches ?? []) {
    const patchFile = insideRoot(root, patch.path, file);
    for (const body of parseYamlDocuments(readFileSync(patchFile, 'utf8'), patchFile)) {
      objects = applyPatch(objects, body, patch.target, patchFile);
    }
  }
  for (const image of kustomization.images ?? []) {
    for (const object of objects) setImage(object, image);
  }
  if (kustomization.namespace) {
    for (const object of objects) {
      if (!CLUSTER_SCOPED.has(object.kind)) object.metadata.namespace = kustomization.namespace;
    }
  }
  const seen = new Set<string>();
  for (const object of objects) {
    const id = objectId(object);
    if (seen.has(id)) throw new Error(`${file}: ${id} is defined twice`);
    seen.add(id);
  }
  return objects;
}

function generate(
  kind: 'ConfigMap' | 'Secret',
  generator: Generator,
  root: string,
  from: string,
  readFile: (file: string) => string,
  kustomization: Kustomization,
): K8sObject {
  if (!kustomization.generatorOptions?.disableNameSuffixHash) {
    // kustomize would append a content hash to the name and rewrite every reference: not in the subset.
    throw new Error(`${from}: set generatorOptions.disableNameSuffixHash (name hashes are not in the subset)`);
  }
  const data: Record<string, string> = {};
  for (const literal of generator.literals ?? []) {
    const at = literal.indexOf('=');
    data[literal.slice(0, at)] = literal.slice(at + 1);
  }
  for (const entry of generator.files ?? []) {
    const at = entry.indexOf('=');
    const key = at >= 0 ? entry.slice(0, at) : path.basename(entry);
    data[key] = readFile(insideRoot(root, at >= 0 ? entry.slice(at + 1) : entry, from));
  }
  for (const envFile of generator.envs ?? []) {
    for (const line of readFile(insideRoot(root, envFile, from)).split('\n')) {
      const trimmed = line.trim();
      if (!trimmed || trimmed.startsWith('#')) continue;
      const at = trimmed.indexOf('=');
      if (at <= 0) throw new Error(`${envFile}: "${trimmed}" is not KEY=value`);
      data[trimmed.slice(0, at)] = trimmed.slice(at + 1);
    }
  }
  const metadata = { name: generator.name, ...labelsOf(kustomization.generatorOptions?.labels) };
  if (kind === 'ConfigMap') return { apiVersion: 'v1', kind, metadata, data };
  const encoded = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v).toString('base64')]));
  return { apiVersion: 'v1', kind, metadata, type: generator.type ?? 'Opaque', data: encoded };
}

const labelsOf = (labels?: Record<string, string>) => (labels ? { labels: { ...labels } } : {});

function matchesSelector(object: K8sObject, selector: string): boolean {
  const labels = object.metadata.labels ?? {};
  return selector.split(',').every((term) => {
    const [key, value] = term.split('=').map((s) => s.trim());
    return key !== undefined && labels[key] === value;
  });
}

function applyPatch(objects: K8sObject[], patch: K8sObject, target: Target | undefined, from: string): K8sObject[] {
  const matches = (o: K8sObject) =>
    target
      ? (!target.kind || o.kind === target.kind) &&
        (!target.name || o.metadata.name === target.name) &&
        (!target.labelSelector || matchesSelector(o, target.labelSelector))
      : o.kind === patch.kind && o.metadata.name === patch.metadata?.name;
  if (!objects.some(matches)) throw new Error(`${from}: the patch matches no resource`);
  if ((patch as { $patch?: string }).$patch === 'delete') return objects.filter((o) => !matches(o));
  return objects.map((o) => {
    if (!matches(o)) return o;
    // With a target, the patch's kind and name are placeholders: kustomize gives the copy the target's own.
    const { metadata, apiVersion: _apiVersion, kind: _kind, ...rest } = patch;
    const body = target ? { ...rest, metadata: { ...metadata, name: o.metadata.name } } : patch;
    return strategicMerge(o, body) as K8sObject;
  });
}

type Json = null | string | number | boolean | Json[] | { [key: string]: Json };

const isObject = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Strategic merge as kustomize applies it to the fields used here: maps merge key by key, null removes a key, and
 * lists whose items all carry a `name` (containers, env, volumes, volumeMounts, ports) merge item by item, an item
 * with `$patch: delete` removing its namesake; any other list is replaced.
 */
export function strategicMerge(base: unknown, patch: unknown): unknown {
  if (isObject(base) && isObject(patch)) {
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) delete out[key];
      else out[key] = key in base ? strategicMerge(base[key], value) : value;
    }
    return out;
  }
  if (Array.isArray(base) && Array.isArray(patch) && [...base, ...patch].every((i) => isObject(i) && 'name' in i)) {
    const out = [...base] as Record<string, Json>[];
    for (const item of patch as Record<string, Json>[]) {
      const at = out.findIndex((existing) => existing.name === item.name);
      if (item.$patch === 'delete') {
        if (at >= 0) out.splice(at, 1);
      } else if (at >= 0) out[at] = strategicMerge(out[at], item) as Record<string, Json>;
      else out.push(item);
    }
    return out;
  }
  return patch;
}

export function podSpecOf(object: K8sObject): Record<string, unknown> | undefined {
  const spec = object.spec as Record<string, unknown> | undefined;
  if (object.kind === 'Deployment' || object.kind === 'Job') {
    return (spec?.template as { spec?: Record<string, unknown> } | undefined)?.spec;
  }
  return undefined;
}

export type Container = Record<string, unknown> & { name: string; image: string };

export function containersOf(object: K8sObject): Container[] {
  const pod = podSpecOf(object);
  if (!pod) return [];
  return [...((pod.initContainers as Container[]) ?? []), ...((pod.containers as Container[]) ?? [])];
}

function setImage(object: K8sObject, image: { name: string; newName?: string; newTag?: string }): void {
  for (const container of containersOf(object)) {
    const [name, tag] = splitImage(container.image);
    if (name !== image.name) continue;
    container.image = `${image.newName ?? name}${image.newTag ? `:${image.newTag}` : tag ? `:${tag}` : ''}`;
  }
}

/** `registry:5000/shian/gateway:1.2` → [`registry:5000/shian/gateway`, `1.2`]. */
export function splitImage(image: string): [string, string | undefined] {
  const slash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  return colon > slash ? [image.slice(0, colon), image.slice(colon + 1)] : [image, undefined];
}
