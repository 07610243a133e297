#!/usr/bin/env node
// `pnpm new:domain <name> [--label 中文名称]`: a subgraph and a remote shaped like every other, registered in
// DOMAINS (ports, the gateway's composition, the launcher, the shell's navigation and remotes manifest), installed
// and built. Plain Node, so that it needs nothing but the repository.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { invalidLabel, invalidName, nameForms } from './names.mjs';
import { addDomain, addGatewayDependency, nextPorts } from './registry.mjs';
import { migrationTimestamp, renderTemplate } from './render.mjs';

const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATES = join(PACKAGE_DIR, 'templates');

const USAGE = `pnpm new:domain <name> [options]
  <name>                  lower-case words joined by hyphens, e.g. inspections-demo
  --label <中文名称>       the navigation label (default: the name)
  --subgraph-port <n>     default: the next free port after every domain's (4006, …)
  --remote-port <n>       default: the next free remote port (5006, …)
  --offline               install from pnpm's store only
  --no-install            write and register the files only
  --no-build              skip building the new service, the composition and the new remote`;

function parseArgs(argv) {
  const options = { install: true, build: true, offline: false };
  const positional = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--') continue;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--label') options.label = value();
    else if (arg === '--subgraph-port') options.subgraphPort = Number(value());
    else if (arg === '--remote-port') options.remotePort = Number(value());
    else if (arg === '--offline') options.offline = true;
    else if (arg === '--no-install') options.install = false;
    else if (arg === '--no-build') options.build = false;
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length > 1) throw new Error(`one name only (got ${positional.join(', ')})`);
  return { ...options, name: positional[0] };
}

function run(root, command, args) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal})`);
  }
}

/**
 * Generates the domain into the repository at `root`.
 * @param {string} root
 * @param {ReturnType<typeof parseArgs>} options
 */
export function newDomain(root, options) {
  if (!options.name) throw new Error(`a name is needed\n\n${USAGE}`);
  const problem = invalidName(options.name);
  if (problem) throw new Error(problem);
  const serviceDir = join(root, 'services', options.name);
  const frontendDir = join(root, 'frontends', options.name);
  for (const dir of [serviceDir, frontendDir]) {
    if (existsSync(dir)) throw new Error(`${relative(root, dir)} exists already`);
  }
  const domainsFile = join(root, 'packages/platform/src/domains.ts');
  const gatewayPackage = join(root, 'services/gateway/package.json');
  const domainsSource = readFileSync(domainsFile, 'utf8');
  const free = nextPorts(domainsSource);
  const ports = {
    subgraphPort: options.subgraphPort ?? free.subgraphPort,
    remotePort: options.remotePort ?? free.remotePort,
  };
  for (const [key, port] of Object.entries(ports)) {
    if (!Number.isInteger(port) || port < 1024 || port > 65535) throw new Error(`${key} ${port} is not a usable port`);
  }
  const label = options.label?.trim() || options.name;
  const labelProblem = invalidLabel(label);
  if (labelProblem) throw new Error(labelProblem);
  const forms = nameForms(options.name, label);
  const values = { ...forms, ...ports, timestamp: migrationTimestamp() };

  // Registered first: a name already in DOMAINS fails here, before any file is written.
  const registered = addDomain(domainsSource, { name: forms.name, label: forms.label, ...ports });
  const service = renderTemplate(join(TEMPLATES, 'service'), serviceDir, values);
  const frontend = renderTemplate(join(TEMPLATES, 'frontend'), frontendDir, values);
  writeFileSync(domainsFile, registered);
  writeFileSync(
    gatewayPackage,
    addGatewayDependency(readFileSync(gatewayPackage, 'utf8'), `@shian/service-${forms.name}`),
  );
  console.log(
    `wrote services/${forms.name} (${service.length} files), frontends/${forms.name} (${frontend.length} files);\n` +
      `registered ${forms.name} in packages/platform/src/domains.ts (subgraph ${ports.subgraphPort}, remote ${ports.remotePort}) ` +
      'and in services/gateway/package.json',
  );

  if (options.install) {
    // The new packages change the lockfile: never frozen (pnpm freezes it by default when CI is set).
    run(root, 'pnpm', ['install', '--no-frozen-lockfile', ...(options.offline ? ['--offline'] : [])]);
    // The placeholders change line lengths, and the gateway's package.json is rewritten by JSON.stringify (which
    // spreads its short arrays over lines): format what was written the way the rest of the repository is.
    run(root, 'pnpm', [
      'exec',
      'biome',
      'format',
      '--write',
      `services/${forms.name}`,
      `frontends/${forms.name}`,
      'packages/platform/src/domains.ts',
      'services/gateway/package.json',
    ]);
    // The per-subgraph Kubernetes manifests are generated from DOMAINS and committed; @shian/deploy's test fails
    // while they lag behind it. Its script runs TypeScript through swc, so only once the install is done.
    run(root, 'pnpm', ['--filter', '@shian/deploy', 'generate']);
  }
  if (options.install && options.build) {
    // The remote is checked against the committed API schema and does not depend on the gateway's build (README,
    // Development): compose first (the service's SDL, then the gateway), as `pnpm build` does, then the remote.
    for (const filter of ['--filter=@shian/gateway...', `--filter=@shian/frontend-${forms.name}`]) {
      run(root, 'pnpm', ['exec', 'turbo', 'run', 'build', filter, '--output-logs=errors-only']);
    }
  }
  const pending = options.install
    ? ''
    : `
  pnpm install && pnpm --filter @shian/deploy generate   # not run (--no-install): the deploy manifests`;
  console.log(`
Done. Next:${pending}
  pnpm turbo run test --filter=@shian/service-${forms.name} --filter=@shian/frontend-${forms.name}
  pnpm check:schema                 # composition, breaking changes, every frontend's operations
  pnpm --filter @shian/service-${forms.name} build:production   # dist/main.js, dist/migrate.js, dist/seed.js
  npm start                         # ${forms.label} at http://localhost:5000/${forms.name}
Commit services/${forms.name}, frontends/${forms.name}, packages/platform/src/domains.ts, services/gateway (package.json,
supergraph.graphql, api-schema.graphql), deploy/k8s (the generated subgraph manifests) and pnpm-lock.yaml.
Its image is mapped in both overlays (production: the gateway's registry and tag); change that mapping if it differs.
The guide: docs/adding-a-domain.md.`);
  return { ...forms, ...ports, serviceDir, frontendDir };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const options = parseArgs(process.argv.slice(2));
    if (options.help) console.log(USAGE);
    else newDomain(join(PACKAGE_DIR, '../..'), options);
  } catch (error) {
    console.error(`new:domain: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
