// `pnpm dev`'s one addition to the running platform: when a subgraph's schema.graphql changes (each subgraph
// rewrites it on restart when its schema changed: `shian-subgraph dev`), compose the supergraph again. The gateway
// polls the supergraph file (SUPERGRAPH_POLL_MS), so it serves the new API without a restart.
import { watch } from 'node:fs';
import { join } from 'node:path';
import { run } from './bootstrap.mjs';
import { fail, info } from './log.mjs';

async function composeSupergraph() {
  info('a subgraph schema changed: composing the supergraph');
  const code = await run('pnpm', ['--silent', '--filter', '@shian/gateway', 'run', 'build']);
  if (code !== 0) fail('composition failed: the gateway keeps serving the previous supergraph');
}

/**
 * @param {{ domains: { name: string }[] }} plan
 * @param {string} root
 * @param {() => Promise<void>} [composeOnce] one composition; several changes in a burst make one call, never two at once
 * @returns {() => void} stops watching
 */
export function recomposeOnSchemaChange(plan, root, composeOnce = composeSupergraph) {
  let timer;
  let composing = Promise.resolve();
  const compose = () => {
    composing = composing.then(composeOnce, composeOnce);
  };
  const watchers = plan.domains.map((domain) =>
    // The folder, not the file: a file replaced by rename is a new inode a file watcher would not follow.
    watch(join(root, 'services', domain.name), (_event, file) => {
      if (file !== 'schema.graphql') return;
      clearTimeout(timer);
      timer = setTimeout(compose, 300);
    }),
  );
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}
