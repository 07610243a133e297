import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateGatewayKeyPair, type ProcessRole, unsafeProductionSettings } from '@shian/auth';
import { DOMAINS, envName } from '@shian/platform';
import * as models from 'kubernetes-models';
import { afterAll, describe, expect, it } from 'vitest';
import { DEPLOY_DIR, generatedFiles, K8S_DIR } from '../src/generate';
import { OVERLAYS, type Overlay, renderOverlay } from '../src/overlays';
import { type Container, containersOf, type K8sObject, podSpecOf, splitImage } from '../src/render';
import { COMPONENT_LABEL, NAME_LABEL } from '../src/subgraphs';
// The check a production entities runs before it serves (its SubgraphDefinition.productionSettings).
import { photoStoreProblems } from '../../services/entities/src/villages/photo-store';

const rendered: Record<Overlay, K8sObject[]> = {
  development: renderOverlay('development', { standIns: true }),
  production: renderOverlay('production', { standIns: true }),
};
const DOMAIN_NAMES = DOMAINS.map((d) => d.name);
/** Images that are not ours, each with the reason it is allowed. */
const THIRD_PARTY_IMAGES = new Set(['docker.io/library/postgres']); // development overlay's throwaway database

const find = (objects: K8sObject[], kind: string, name: string) =>
  objects.find((o) => o.kind === kind && o.metadata.name === name);
const workloads = (objects: K8sObject[]) => objects.filter((o) => o.kind === 'Deployment' || o.kind === 'Job');
const podLabels = (o: K8sObject) =>
  ((o.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels ?? {}) as Record<
    string,
    string
  >;
const selects = (selector: Record<string, string>, labels: Record<string, string>) =>
  Object.entries(selector).every(([k, v]) => labels[k] === v);

function modelFor(object: K8sObject): { validate(): void } {
  const [group, version] = object.apiVersion.includes('/') ? object.apiVersion.split('/') : ['', object.apiVersion];
  const groupKey = group ? group.replace(/\.([a-z])/g, (_, c: string) => c.toUpperCase()) : 'v1';
  const namespace = (models as unknown as Record<string, Record<string, Record<string, unknown>>>)[groupKey];
  const kinds = (group ? namespace?.[version as string] : namespace) as Record<string, unknown> | undefined;
  const Model = kinds?.[object.kind] as (new (data: unknown) => { validate(): void }) | undefined;
  if (!Model) throw new Error(`no kubernetes-models schema for ${object.apiVersion} ${object.kind}`);
  return new Model(object);
}

describe('generated manifests', () => {
  it('are what deploy/src/subgraphs.ts makes (run `pnpm --filter @shian/deploy generate` after a change)', () => {
    for (const [file, text] of Object.entries(generatedFiles())) {
      const target = path.join(K8S_DIR, file);
      expect(existsSync(target), `deploy/k8s/${file} is missing`).toBe(true);
      expect(readFileSync(target, 'utf8'), `deploy/k8s/${file} is stale`).toBe(text);
    }
  });
});

describe.each(OVERLAYS)('overlay %s', (overlay) => {
  const objects = rendered[overlay];

  it('validates against the Kubernetes schemas', () => {
    const problems: string[] = [];
    for (const object of objects) {
      try {
        modelFor(object).validate();
      } catch (error) {
        problems.push(`${object.kind}/${object.metadata.name}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
    expect(objects.length).toBeGreaterThan(30);
  });

  it('puts everything in its one namespace', () => {
    const namespaces = objects.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name);
    expect(namespaces).toHaveLength(1);
    for (const o of objects.filter((x) => x.kind !== 'Namespace')) expect(o.metadata.namespace).toBe(namespaces[0]);
  });

  it('runs every container non-root, without capabilities, with requests and limits', () => {
    for (const workload of workloads(objects)) {
      const pod = podSpecOf(workload) as { securityContext?: Record<string, unknown> };
      expect(pod.securityContext?.runAsNonRoot, workload.metadata.name).toBe(true);
      expect(pod.securityContext?.runAsUser, workload.metadata.name).toBeGreaterThan(0);
      expect(pod.securityContext?.seccompProfile, workload.metadata.name).toEqual({ type: 'RuntimeDefault' });
      for (const container of containersOf(workload)) {
        const where = `${workload.kind}/${workload.metadata.name}/${container.name}`;
        const security = container.securityContext as Record<string, unknown> | undefined;
        expect(security?.allowPrivilegeEscalation, where).toBe(false);
        expect(security?.capabilities, where).toEqual({ drop: ['ALL'] });
        expect(security?.readOnlyRootFilesystem, where).toBe(true);
        const resources = container.resources as Record<string, Record<string, string>> | undefined;
        for (const kind of ['requests', 'limits']) {
          expect(resources?.[kind]?.cpu, `${where} ${kind}.cpu`).toBeTruthy();
          expect(resources?.[kind]?.memory, `${where} ${kind}.memory`).toBeTruthy();
        }
      }
    }
  });

  it('probes every serving container (Jobs run to completion and have none)', () => {
    for (const deployment of objects.filter((o) => o.kind === 'Deployment')) {
      for (const container of containersOf(deployment)) {
        const where = `${deployment.metadata.name}/${container.name}`;
        const ours = splitImage(container.image)[0].includes('shian/');
        const live = container.livenessProbe as { httpGet?: { path: string } } | undefined;
        const ready = container.readinessProbe as { httpGet?: { path: string } } | undefined;
        expect(live, `${where} liveness`).toBeTruthy();
        expect(ready, `${where} readiness`).toBeTruthy();
        if (ours) {
          expect(live?.httpGet?.path, where).toBe('/live');
          expect(ready?.httpGet?.path, where).toBe('/ready');
        }
      }
    }
  });

  it('references only ConfigMaps and Secrets it defines, and keys they hold', () => {
    const has = (kind: string, name: string) => Boolean(find(objects, kind, name));
    for (const workload of workloads(objects)) {
      const pod = podSpecOf(workload) as { volumes?: Record<string, { name?: string; secretName?: string }>[] };
      for (const container of containersOf(workload)) {
        for (const source of (container.envFrom ?? []) as Record<string, { name: string }>[]) {
          if (source.configMapRef)
            expect(has('ConfigMap', source.configMapRef.name), source.configMapRef.name).toBe(true);
          if (source.secretRef) expect(has('Secret', source.secretRef.name), source.secretRef.name).toBe(true);
        }
      }
      for (const volume of pod.volumes ?? []) {
        if (volume.configMap)
          expect(has('ConfigMap', volume.configMap.name as string), volume.configMap.name).toBe(true);
        if (volume.secret)
          expect(has('Secret', volume.secret.secretName as string), volume.secret.secretName).toBe(true);
      }
    }
  });

  it("gives every Service a Deployment's pods and a port they open", () => {
    for (const service of objects.filter((o) => o.kind === 'Service')) {
      const spec = service.spec as { selector: Record<string, string>; ports: { targetPort: string | number }[] };
      const targets = objects.filter((o) => o.kind === 'Deployment' && selects(spec.selector, podLabels(o)));
      expect(
        targets.map((t) => t.metadata.name),
        `Service ${service.metadata.name}`,
      ).toHaveLength(1);
      const ports = containersOf(targets[0] as K8sObject).flatMap(
        (c) => (c.ports ?? []) as { name?: string; containerPort: number }[],
      );
      for (const port of spec.ports) {
        expect(
          ports.some((p) => p.name === port.targetPort || p.containerPort === port.targetPort),
          `Service ${service.metadata.name} port ${port.targetPort}`,
        ).toBe(true);
      }
    }
  });

  it('denies ingress by default, and admits only the gateway to a subgraph', () => {
    const policies = objects.filter((o) => o.kind === 'NetworkPolicy');
    const defaultDeny = policies.find((p) => {
      const spec = p.spec as { podSelector: Record<string, unknown>; ingress?: unknown[]; policyTypes: string[] };
      return Object.keys(spec.podSelector).length === 0 && !spec.ingress && spec.policyTypes.includes('Ingress');
    });
    expect(defaultDeny, 'a default-deny ingress policy').toBeTruthy();
    const gatewayLabels = podLabels(find(objects, 'Deployment', 'gateway') as K8sObject);
    for (const name of DOMAIN_NAMES) {
      const labels = podLabels(find(objects, 'Deployment', name) as K8sObject);
      const own = policies.filter(
        (p) =>
          p !== defaultDeny &&
          selects((p.spec as { podSelector: { matchLabels: Record<string, string> } }).podSelector.matchLabels, labels),
      );
      expect(own.length, `policies of ${name}`).toBeGreaterThan(0);
      for (const policy of own) {
        const rules = (
          policy.spec as { ingress: { from: Record<string, { matchLabels: Record<string, string> }>[] }[] }
        ).ingress;
        for (const peer of rules.flatMap((r) => r.from ?? [{}])) {
          // A peer admits the gateway's pods and nothing else: a pod selector within the namespace matching them.
          expect(Object.keys(peer), `${policy.metadata.name}`).toEqual(['podSelector']);
          expect(selects(peer.podSelector?.matchLabels ?? {}, gatewayLabels), policy.metadata.name).toBe(true);
          const others = workloads(objects).filter(
            (w) => w.metadata.name !== 'gateway' && selects(peer.podSelector?.matchLabels ?? {}, podLabels(w)),
          );
          expect(
            others.map((w) => w.metadata.name),
            policy.metadata.name,
          ).toEqual([]);
        }
      }
    }
    // Every serving pod is reachable by some policy of its own, or it would be cut off by the default deny.
    for (const deployment of objects.filter((o) => o.kind === 'Deployment')) {
      const reachable = policies.some(
        (p) =>
          p !== defaultDeny &&
          selects(
            (p.spec as { podSelector: { matchLabels: Record<string, string> } }).podSelector.matchLabels,
            podLabels(deployment),
          ),
      );
      expect(reachable, `${deployment.metadata.name} admitted by a policy`).toBe(true);
    }
  });

  it('migrates each subgraph in a Job, never in its Deployment', () => {
    for (const name of DOMAIN_NAMES) {
      const job = find(objects, 'Job', `${name}-migrate`) as K8sObject;
      expect(job, `${name}-migrate`).toBeTruthy();
      expect(containersOf(job)[0]?.command).toEqual(['node', 'dist/migrate.js']);
      const deployment = find(objects, 'Deployment', name) as K8sObject;
      for (const container of containersOf(deployment)) {
        expect(JSON.stringify([container.command, container.args]), name).not.toMatch(/migrate|seed/);
      }
    }
  });

  it('scales the gateway (2+ replicas by its autoscaler) and keeps a replica of whatever runs more than one', () => {
    const hpa = objects.find((o) => o.kind === 'HorizontalPodAutoscaler') as K8sObject;
    const spec = hpa.spec as { scaleTargetRef: { name: string }; minReplicas: number };
    expect(spec.scaleTargetRef.name).toBe('gateway');
    expect(spec.minReplicas).toBeGreaterThanOrEqual(2);
    const budgets = objects.filter((o) => o.kind === 'PodDisruptionBudget');
    for (const deployment of objects.filter((o) => o.kind === 'Deployment')) {
      const replicas =
        deployment.metadata.name === 'gateway'
          ? spec.minReplicas
          : ((deployment.spec as { replicas?: number }).replicas ?? 1);
      const budget = budgets.find((b) =>
        selects(
          (b.spec as { selector: { matchLabels: Record<string, string> } }).selector.matchLabels,
          podLabels(deployment),
        ),
      );
      expect(Boolean(budget), `${deployment.metadata.name}: ${replicas} replicas`).toBe(replicas > 1);
    }
  });

  it('routes / to the web and /graphql to the gateway', () => {
    const ingress = objects.find((o) => o.kind === 'Ingress') as K8sObject;
    const paths = (
      ingress.spec as { rules: { http: { paths: { path: string; backend: { service: { name: string } } }[] } }[] }
    ).rules
      .flatMap((r) => r.http.paths)
      .map((p) => [p.path, p.backend.service.name]);
    expect(paths).toEqual(
      expect.arrayContaining([
        ['/', 'web'],
        ['/graphql', 'gateway'],
      ]),
    );
  });

  it('uses only images the Containerfiles build', () => {
    const titles = new Map<string, string>();
    for (const file of ['gateway', 'subgraph', 'idp', 'web']) {
      const text = readFileSync(path.join(DEPLOY_DIR, 'images', `${file}.Containerfile`), 'utf8');
      const title = /org\.opencontainers\.image\.title="([^"]+)"/.exec(text)?.[1] as string;
      const parameter = '$' + '{SUBGRAPH}'; // the Containerfile's build argument, literally
      if (title.includes(parameter)) {
        expect(text).toMatch(/COPY \$\{SUBGRAPH\}\/ \/app\//);
        for (const name of DOMAIN_NAMES) titles.set(title.replace(parameter, name), file);
      } else {
        expect(text).toContain(`COPY ${title.replace('shian/', '')}/ `);
        titles.set(title, file);
      }
    }
    for (const container of workloads(objects).flatMap(containersOf)) {
      const [name] = splitImage(container.image);
      if (THIRD_PARTY_IMAGES.has(name)) continue;
      const short = name.slice(name.indexOf('shian/'));
      expect(titles.has(short), `${container.image} has no Containerfile`).toBe(true);
    }
  });
});

describe('production overlay', () => {
  const objects = rendered.production;
  const dir = mkdtempSync(path.join(tmpdir(), 'shian-deploy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /**
   * The environment a container starts with: its env, then envFrom's ConfigMaps and Secrets. A `*_FILE` variable
   * must name a file in a mounted ConfigMap or Secret that holds that key; the operator's key files are examples
   * here, so the check then reads a key pair made for the test in their place.
   */
  function environment(workload: K8sObject, container: Container): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {};
    for (const source of (container.envFrom ?? []) as Record<string, { name: string }>[]) {
      const ref = source.configMapRef ?? source.secretRef;
      const object = find(objects, source.configMapRef ? 'ConfigMap' : 'Secret', ref?.name as string) as K8sObject;
      for (const [key, value] of Object.entries((object.data ?? {}) as Record<string, string>)) {
        env[key] = source.secretRef ? Buffer.from(value, 'base64').toString() : value;
      }
    }
    for (const variable of (container.env ?? []) as { name: string; value?: string }[])
      env[variable.name] = variable.value;
    const keys = generateGatewayKeyPair();
    const pod = podSpecOf(workload) as {
      volumes: { name: string; configMap?: { name: string }; secret?: { secretName: string } }[];
    };
    for (const [variable, value] of Object.entries(env).filter(([name]) => name.endsWith('_FILE'))) {
      const mount = ((container.volumeMounts ?? []) as { name: string; mountPath: string }[]).find((m) =>
        (value as string).startsWith(`${m.mountPath}/`),
      );
      expect(mount, `${variable}=${value} is not in a mounted volume`).toBeTruthy();
      const volume = pod.volumes.find((v) => v.name === mount?.name);
      const holder = volume?.configMap
        ? find(objects, 'ConfigMap', volume.configMap.name)
        : find(objects, 'Secret', volume?.secret?.secretName as string);
      const key = path.basename(value as string);
      expect(Object.keys((holder?.data ?? {}) as object), `${variable}: ${key} in ${holder?.metadata.name}`).toContain(
        key,
      );
      const file = path.join(dir, `${workload.metadata.name}-${key}`);
      writeFileSync(file, variable.startsWith('GATEWAY_SIGNING') ? keys.privateKey : keys.publicKey);
      env[variable] = file;
    }
    return env;
  }

  it('sets every setting production requires, for the gateway, each subgraph and each migration', () => {
    const checked: string[] = [];
    for (const workload of workloads(objects)) {
      const component = workload.metadata.labels?.[COMPONENT_LABEL];
      const role: ProcessRole | undefined =
        component === 'gateway'
          ? 'gateway'
          : component === 'subgraph' || component === 'migration'
            ? 'subgraph'
            : undefined;
      if (!role) continue;
      const container = containersOf(workload)[0] as Container;
      const env = environment(workload, container);
      expect(env.NODE_ENV, workload.metadata.name).toBe('production');
      // The same function the processes call before they serve: an empty list is what lets them start.
      expect(unsafeProductionSettings(env, role), workload.metadata.name).toEqual([]);
      expect(env.AUTH_ISSUER && env.AUTH_JWKS_URL, `${workload.metadata.name}: the bureau's OIDC issuer`).toBeTruthy();
      if (role === 'subgraph') {
        expect(env.DATABASE_URL, workload.metadata.name).toMatch(/^postgres(ql)?:\/\//);
        expect(env.SUBGRAPH_HOST).toBe('0.0.0.0');
        expect(env.GATEWAY_URL).toBe('http://gateway:4000/graphql');
      } else {
        for (const name of DOMAIN_NAMES) expect(env[envName(name, 'URL')]).toMatch(new RegExp(`^http://${name}:`));
        expect(env.SUPERGRAPH_PATH && env.TRUSTED_OPERATIONS_FILE).toBeTruthy();
      }
      checked.push(workload.metadata.name);
    }
    expect(checked).toEqual(
      expect.arrayContaining(['gateway', ...DOMAIN_NAMES, ...DOMAIN_NAMES.map((n) => `${n}-migrate`)]),
    );
  });

  it('gives entities, and only entities, a photo store its start accepts: the bucket, and the key pair as a Secret', () => {
    const deployment = find(objects, 'Deployment', 'entities') as K8sObject;
    const env = environment(deployment, containersOf(deployment)[0] as Container);
    expect(env.PHOTO_STORE).toBe('s3');
    expect(photoStoreProblems(env)).toEqual([]);
    // The patch replaces envFrom: the settings every subgraph needs are still there.
    expect(unsafeProductionSettings(env, 'subgraph')).toEqual([]);
    expect(env.DATABASE_URL).toMatch(/^postgres(ql)?:\/\//);
    const secret = find(objects, 'Secret', 'entities-photo-store') as K8sObject;
    expect(Object.keys((secret.data ?? {}) as object).sort()).toEqual(['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']);
    const settings = find(objects, 'ConfigMap', 'entities-photo-store') as K8sObject;
    expect(Object.keys((settings.data ?? {}) as object)).not.toContain('S3_SECRET_ACCESS_KEY');
    for (const workload of workloads(objects).filter((w) => w !== deployment)) {
      for (const container of containersOf(workload)) {
        expect(JSON.stringify(container.envFrom ?? []), workload.metadata.name).not.toContain('photo-store');
      }
    }
  });

  it('runs two replicas of each subgraph and no development provider or seed', () => {
    for (const name of DOMAIN_NAMES)
      expect((find(objects, 'Deployment', name) as K8sObject).spec).toMatchObject({ replicas: 2 });
    expect(objects.filter((o) => ['idp', 'seed'].includes(o.metadata.labels?.[COMPONENT_LABEL] ?? ''))).toEqual([]);
    expect(objects.some((o) => o.metadata.labels?.[NAME_LABEL] === 'postgres')).toBe(false);
  });

  it('holds no real secret in git: every secret file it reads is ignored, with an example beside it', () => {
    const secrets = path.join(K8S_DIR, 'overlays', 'production', 'secrets');
    expect(readFileSync(path.join(secrets, '.gitignore'), 'utf8')).toMatch(/^\*$/m);
    for (const file of ['database.env', 'gateway-signing-key.pem', 'gateway-public-key.pem', 'photo-store.env']) {
      expect(existsSync(path.join(secrets, `${file}.example`)), file).toBe(true);
    }
  });
});

describe('development overlay', () => {
  it('runs the development provider, the demo data and development settings', () => {
    const objects = rendered.development;
    expect(find(objects, 'Deployment', 'idp')).toBeTruthy();
    for (const name of DOMAIN_NAMES) expect(find(objects, 'Job', `${name}-seed`)).toBeTruthy();
    expect((find(objects, 'ConfigMap', 'shian-settings') as K8sObject).data).toMatchObject({ NODE_ENV: 'development' });
  });

  it("keeps entities' photos on a volume of their own (the image's filesystem is read-only)", () => {
    const deployment = find(rendered.development, 'Deployment', 'entities') as K8sObject;
    const container = containersOf(deployment)[0] as Container;
    const directory = ((container.env ?? []) as { name: string; value?: string }[]).find(
      (v) => v.name === 'VILLAGE_PHOTOS_DIR',
    )?.value;
    expect(directory).toMatch(/^\//);
    const mount = ((container.volumeMounts ?? []) as { name: string; mountPath: string }[]).find(
      (m) => m.mountPath === directory,
    );
    const volumes = (podSpecOf(deployment) as { volumes: { name: string; emptyDir?: unknown }[] }).volumes;
    expect(volumes.find((v) => v.name === mount?.name)?.emptyDir).toBeTruthy();
    // The generated envFrom is untouched in development.
    expect(container.envFrom).toHaveLength(2);
  });
});
