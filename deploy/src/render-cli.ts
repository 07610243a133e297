/**
 * `pnpm --filter @shian/deploy render <development|production> [--stand-ins]`: prints the overlay as `kubectl
 * kustomize` would (the subset src/render.ts implements). --stand-ins renders without the operator's secret files
 * (their committed examples instead): to read the result, never to apply it.
 */
import { stringify } from 'yaml';
import { OVERLAYS, type Overlay, renderOverlay } from './overlays';

const overlay = process.argv[2] as Overlay;
if (!OVERLAYS.includes(overlay)) {
  console.error(`usage: render <${OVERLAYS.join('|')}> [--stand-ins]`);
  process.exit(2);
}
const objects = renderOverlay(overlay, { standIns: process.argv.includes('--stand-ins') });
process.stdout.write(objects.map((o) => stringify(o, { lineWidth: 0, aliasDuplicateObjects: false })).join('---\n'));
