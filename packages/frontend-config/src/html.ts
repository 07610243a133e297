import type { Plugin } from 'vite';

/** The product's name, in every page title. */
export const PRODUCT_NAME = '食安';

/** The shell's page title. */
export const SHELL_TITLE = `${PRODUCT_NAME} · 食品安全监管平台`;

/** A remote's own page title: its navigation label (`DOMAINS`), then the product. */
export const remoteTitle = (label: string) => `${label} · ${PRODUCT_NAME}`;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The whole document around a frontend's `index.html`, which holds only its body (the root element and its entry
 * script); its comments are for its readers and stay out of the page. `lang` starts as zh-CN: the language switch
 * sets it at run time (test/e2e/english.test.ts). The empty icon spares the browser a request for /favicon.ico
 * that every server would answer 404.
 */
export function pageDocument(indexHtml: string, title: string): string {
  const body = indexHtml.replace(/<!--[\s\S]*?-->\s*/g, '').trim();
  if (/<(!doctype|html|head|body)[\s>]/i.test(body)) {
    throw new Error('index.html holds only the page body: its document comes from @shian/frontend-config');
  }
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="icon" href="data:," />
    <title>${escapeHtml(title)}</title>
    <style>body { margin: 0; }</style>
  </head>
  <body>
${body}
  </body>
</html>
`;
}

/**
 * Wraps `index.html` in {@link pageDocument}, in dev and in the build alike. First among the plugins (`pre`), so
 * vite finds the entry script and the federation plugin adds its tags to a whole document.
 */
export function pageDocumentPlugin(title: string): Plugin {
  return {
    name: 'shian:page-document',
    transformIndexHtml: { order: 'pre', handler: (html) => pageDocument(html, title) },
  };
}
