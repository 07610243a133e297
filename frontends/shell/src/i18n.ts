/**
 * The frame's translator: ui-kit's one i18n instance, from `@shian/ui-kit/frame` (importing `@shian/ui-kit` from the
 * frame would bring every page's components into the first load: 286 → 440 KB gzip, over the 300 KB budget).
 */
export { addMessages, addMessagesLoader, t, useT } from '@shian/ui-kit/frame';
