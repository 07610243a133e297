/**
 * The text edits that register a domain: an entry in DOMAINS (packages/platform/src/domains.ts) and the gateway's
 * devDependency on the service (so that turbo builds its SDL before composing). Pure functions on file contents,
 * so that tests check them without touching the repository.
 */

const DOMAINS_LIST = /export const DOMAINS\b[^=]*=\s*\[([\s\S]*?)\];/;
const PLANNED_LIST = /export const PLANNED_DOMAINS\b[^=]*=\s*\[([\s\S]*?)\];/;

/** @param {string} body */
function entries(body) {
  return [...body.matchAll(/\{([^}]*)\}/g)].map(([, fields]) => {
    const value = (key) => new RegExp(`\\b${key}\\s*:\\s*(?:'([^']*)'|"([^"]*)"|(\\d+))`).exec(fields);
    const read = (key) => {
      const match = value(key);
      return match ? (match[3] !== undefined ? Number(match[3]) : (match[1] ?? match[2])) : undefined;
    };
    return {
      name: read('name'),
      label: read('label'),
      subgraphPort: read('subgraphPort'),
      remotePort: read('remotePort'),
    };
  });
}

/**
 * The domains of domains.ts, as text (the same reading scripts/lib/platform.mjs does).
 * @param {string} source
 */
export function readDomains(source) {
  const list = DOMAINS_LIST.exec(source)?.[1];
  if (list === undefined)
    throw new Error('packages/platform/src/domains.ts: cannot find `export const DOMAINS = [...]`');
  const planned = PLANNED_LIST.exec(source)?.[1];
  return { domains: entries(list), planned: planned === undefined ? [] : entries(planned) };
}

/**
 * The next ports after every domain's, deployed or planned: a planned domain (sampling 4002, …) keeps the port
 * the docs give it even before it lands. Planned domains take 4001…/5001… in their order.
 * @param {string} source
 * @param {{ gatewayPort?: number, reserved?: number[] }} [options]
 */
export function nextPorts(source, options = {}) {
  const { domains, planned } = readDomains(source);
  const subgraph = new Set(domains.map((d) => d.subgraphPort));
  const remote = new Set(domains.map((d) => d.remotePort));
  planned.forEach((_, i) => {
    subgraph.add(4001 + i);
    remote.add(5001 + i);
  });
  const reserved = new Set(options.reserved ?? [4000, 5000, 5100]);
  const next = (used, from) => {
    let port = Math.max(from, ...used) + 1;
    while (used.has(port) || reserved.has(port)) port += 1;
    return port;
  };
  return { subgraphPort: next(subgraph, 4000), remotePort: next(remote, 5000) };
}

const quote = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * domains.ts with one more DOMAINS entry, written like the others, at the end of the list.
 * @param {string} source
 * @param {{ name: string, label: string, subgraphPort: number, remotePort: number }} domain
 */
export function addDomain(source, domain) {
  const match = DOMAINS_LIST.exec(source);
  if (!match) throw new Error('packages/platform/src/domains.ts: cannot find `export const DOMAINS = [...]`');
  if (readDomains(source).domains.some((d) => d.name === domain.name)) {
    throw new Error(`domain "${domain.name}" is already in DOMAINS`);
  }
  const entry = `  { name: ${quote(domain.name)}, label: ${quote(domain.label)}, subgraphPort: ${domain.subgraphPort}, remotePort: ${domain.remotePort} },\n`;
  const body = match[1].replace(/\s*$/, '');
  const separator = body === '' ? '\n' : body.endsWith(',') ? '\n' : ',\n';
  const closeAt = match.index + match[0].length - 2; // the `];`
  const listStart = match.index + match[0].indexOf('[', match[0].indexOf('=')) + 1;
  return `${source.slice(0, listStart)}${body}${separator}${entry}${source.slice(closeAt)}`;
}

/**
 * The gateway's package.json with the service as a devDependency, keys sorted like pnpm writes them.
 * @param {string} text
 * @param {string} packageName
 */
export function addGatewayDependency(text, packageName) {
  const pkg = JSON.parse(text);
  const dev = { ...(pkg.devDependencies ?? {}), [packageName]: 'workspace:*' };
  pkg.devDependencies = Object.fromEntries(Object.entries(dev).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
