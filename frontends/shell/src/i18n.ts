/**
 * The frame's translator: ui-kit's one i18n instance (`t`, `useT`, `addMessages`), reached without ui-kit's root.
 * `@shian/ui-kit/frame` does not export them, and importing `@shian/ui-kit` from the frame would bring every page's
 * components into the first load (measured: 286 → 440 KB gzip, over the 300 KB budget). Same module as the one
 * the pages and remotes use, so one language for the page. Replace with `@shian/ui-kit/frame` once it exports them.
 */
export { addMessages, t, useT } from '../../../packages/ui-kit/src/i18n';
