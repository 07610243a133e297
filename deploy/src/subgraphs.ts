import { DOMAINS, type DomainDefinition, envName } from '@shian/platform';
import type { K8sObject } from './render';

/**
 * The Kubernetes objects of one subgraph, made from the platform's list of domains, so that five near-identical
 * YAML files are not kept in step by hand and `pnpm new:domain` is followed by `pnpm --filter @shian/deploy
 * generate`. The generated files are committed (kubectl applies them as they are); a test fails when they differ
 * from what this file makes.
 */

export const PART_OF = 'shian';
export const NAME_LABEL = 'app.kubernetes.io/name';
export const COMPONENT_LABEL = 'app.kubernetes.io/component';
/** Pods that verify the gateway's credential: the production overlay mounts the gateway's public key into these. */
export const GATEWAY_KEY_LABEL = 'shian.gov.cn/gateway-key';

export const imageOf = (deployable: string) => `shian/${deployable}`;
/** The non-root user the Node images run as (deploy/images/*.Containerfile). */
export const NODE_UID = 10001;

export const labels = (name: string, component: string, extra: Record<string, string> = {}) => ({
  [NAME_LABEL]: name,
  [COMPONENT_LABEL]: component,
  'app.kubernetes.io/part-of': PART_OF,
  ...extra,
});

export const podSecurityContext = (uid = NODE_UID) => ({
  runAsNonRoot: true,
  runAsUser: uid,
  runAsGroup: uid,
  seccompProfile: { type: 'RuntimeDefault' },
});

export const containerSecurityContext = (readOnlyRootFilesystem = true) => ({
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem,
  capabilities: { drop: ['ALL'] },
});

const probe = (path: string, periodSeconds: number, failureThreshold: number) => ({
  httpGet: { path, port: 'http' },
  periodSeconds,
  timeoutSeconds: 2,
  failureThreshold,
});

/** The settings every subgraph process reads (each overlay generates these objects). */
const subgraphEnvFrom = [{ configMapRef: { name: 'shian-settings' } }, { secretRef: { name: 'shian-database' } }];

function subgraphEnv(domain: DomainDefinition) {
  return [
    { name: 'SUBGRAPH_HOST', value: '0.0.0.0' },
    { name: envName(domain.name, 'PORT'), value: String(domain.subgraphPort) },
    // A subgraph asks the gateway on a caller's behalf (which township a business is in): in-cluster, not loopback.
    { name: 'GATEWAY_URL', value: 'http://gateway:4000/graphql' },
  ];
}

const tmpVolume = { name: 'tmp', emptyDir: { sizeLimit: '64Mi' } };
const tmpMount = { name: 'tmp', mountPath: '/tmp' };

export function subgraphObjects(domain: DomainDefinition): K8sObject[] {
  const name = domain.name;
  const podLabels = labels(name, 'subgraph', { [GATEWAY_KEY_LABEL]: 'verify' });
  const deployment: K8sObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels: podLabels },
    spec: {
      replicas: 1,
      selector: { matchLabels: { [NAME_LABEL]: name } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels: podLabels },
        spec: {
          automountServiceAccountToken: false,
          securityContext: podSecurityContext(),
          containers: [
            {
              name: 'app',
              image: imageOf(name),
              // The image's entry is `node dist/main.js`: it serves and never migrates (the Job below does).
              ports: [{ name: 'http', containerPort: domain.subgraphPort }],
              env: subgraphEnv(domain),
              envFrom: subgraphEnvFrom,
              resources: {
                requests: { cpu: '100m', memory: '192Mi' },
                limits: { cpu: '500m', memory: '384Mi' },
              },
              startupProbe: probe('/live', 2, 30),
              livenessProbe: probe('/live', 10, 3),
              // Not ready until the database answers and the migration Job has applied every migration.
              readinessProbe: probe('/ready', 5, 2),
              securityContext: containerSecurityContext(),
              volumeMounts: [tmpMount],
            },
          ],
          volumes: [tmpVolume],
        },
      },
    },
  };
  const service: K8sObject = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, labels: labels(name, 'subgraph') },
    spec: {
      selector: { [NAME_LABEL]: name },
      ports: [{ name: 'http', port: domain.subgraphPort, targetPort: 'http' }],
    },
  };
  const policy: K8sObject = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: `${name}-from-gateway`, labels: labels(name, 'subgraph') },
    spec: {
      podSelector: { matchLabels: { [NAME_LABEL]: name } },
      policyTypes: ['Ingress'],
      // Only the gateway: a subgraph also checks the gateway's signed credential, this keeps everything else off.
      ingress: [
        {
          from: [{ podSelector: { matchLabels: { [NAME_LABEL]: 'gateway' } } }],
          ports: [{ protocol: 'TCP', port: domain.subgraphPort }],
        },
      ],
    },
  };
  const migrateLabels = labels(`${name}-migrate`, 'migration', { [GATEWAY_KEY_LABEL]: 'verify' });
  const migration = subgraphJob(domain, {
    job: `${name}-migrate`,
    labels: migrateLabels,
    // Safe with several runs at once (a database lock per subgraph): a re-run is harmless.
    entry: 'dist/migrate.js',
    backoffLimit: 4,
    resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
  });
  return [deployment, service, policy, migration];
}

/** The gateway's address for each subgraph (<DOMAIN>_URL, read by packages/platform). */
export function subgraphUrls(domains: DomainDefinition[] = DOMAINS): K8sObject {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'subgraph-urls', labels: labels('gateway', 'gateway') },
    data: Object.fromEntries(
      domains.map((d) => [envName(d.name, 'URL'), `http://${d.name}:${d.subgraphPort}/graphql`]),
    ),
  };
}

/** Production runs two replicas of each subgraph, and keeps one through voluntary disruptions. */
export function subgraphDisruptionBudget(domain: DomainDefinition): K8sObject {
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: domain.name, labels: labels(domain.name, 'subgraph') },
    spec: { minAvailable: 1, selector: { matchLabels: { [NAME_LABEL]: domain.name } } },
  };
}

/** Development only: the demo data. Started beside the migration Job, it fails and is retried until the schema is there. */
export function seedJob(domain: DomainDefinition): K8sObject {
  return subgraphJob(domain, {
    job: `${domain.name}-seed`,
    labels: labels(`${domain.name}-seed`, 'seed'),
    entry: 'dist/seed.js',
    backoffLimit: 6,
    resources: { requests: { cpu: '100m', memory: '192Mi' }, limits: { cpu: '1', memory: '512Mi' } },
  });
}

interface JobSpec {
  job: string;
  labels: Record<string, string>;
  entry: string;
  backoffLimit: number;
  resources: Record<string, Record<string, string>>;
}

/** One run of a subgraph artifact's entry (migrate, seed) with the subgraph's own settings. */
function subgraphJob(domain: DomainDefinition, spec: JobSpec): K8sObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: spec.job, labels: spec.labels },
    spec: {
      backoffLimit: spec.backoffLimit,
      // A finished Job disappears, so the next `kubectl apply -k` (new image) creates and runs it again.
      ttlSecondsAfterFinished: 600,
      template: {
        metadata: { labels: spec.labels },
        spec: {
          restartPolicy: 'OnFailure',
          automountServiceAccountToken: false,
          securityContext: podSecurityContext(),
          containers: [
            {
              name: 'app',
              image: imageOf(domain.name),
              command: ['node', spec.entry],
              env: subgraphEnv(domain),
              envFrom: subgraphEnvFrom,
              resources: spec.resources,
              securityContext: containerSecurityContext(),
              volumeMounts: [tmpMount],
            },
          ],
          volumes: [tmpVolume],
        },
      },
    },
  };
}
