import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IndexHtmlTransformHook, Plugin, UserConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { pageDocument } from '../src/html';
import { remoteConfig, shellConfig } from '../src/vite';
import { frontendVitestConfig } from '../src/vitest.js';

const frontend = (name: string) => fileURLToPath(new URL(`../../../frontends/${name}/`, import.meta.url));

/** What vite makes of the frontend's index.html: the config's page-document plugin run on the file. */
function builtIndexHtml(config: UserConfig, name: string): string {
  const plugin = (config.plugins as Plugin[]).find((p) => p?.name === 'shian:page-document');
  const hook = plugin?.transformIndexHtml as { order: string; handler: IndexHtmlTransformHook };
  expect(hook.order).toBe('pre');
  const html = readFileSync(`${frontend(name)}index.html`, 'utf8');
  return hook.handler.call({} as never, html, { path: '/index.html', filename: 'index.html' }) as string;
}

function expectWholeDocument(html: string, title: string) {
  expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
  expect(html).toContain('<meta charset="UTF-8" />');
  expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1.0" />');
  expect(html).toContain('<link rel="icon" href="data:," />');
  expect(html).toContain('<style>body { margin: 0; }</style>');
  expect(html).toContain(`<title>${title}</title>`);
  expect(html).toMatch(
    /<body>\n<div id="root"><\/div>\n<script type="module" src="\/src\/main.tsx"><\/script>\n {2}<\/body>\n<\/html>\n$/,
  );
}

describe('the page document', () => {
  it("wraps a remote's index.html, titled with its navigation label", () => {
    const config = remoteConfig({ domain: 'entities', dir: frontend('entities') });
    expectWholeDocument(builtIndexHtml(config, 'entities'), '主体与属地 · 食安');
  });

  it("wraps the shell's index.html with the platform's title", () => {
    expectWholeDocument(builtIndexHtml(shellConfig({ dir: frontend('shell') }), 'shell'), '食安 · 食品安全监管平台');
  });

  it('escapes the title and refuses an index.html that is a whole document already', () => {
    expect(pageDocument('<div id="root"></div>', 'A & <B>')).toContain('<title>A &amp; &lt;B&gt;</title>');
    expect(() => pageDocument('<!doctype html><html><body></body></html>', 'x')).toThrow(/only the page body/);
  });
});

describe('frontendVitestConfig', () => {
  it("runs test/ in happy-dom after remote-testing's setup, then the frontend's own, in one module graph, 60 s a test", () => {
    expect(frontendVitestConfig({ setupFiles: ['./test/excel.ts'] })).toEqual({
      test: {
        environment: 'happy-dom',
        include: ['test/**/*.test.{ts,tsx}'],
        setupFiles: ['@shian/remote-testing/setup', './test/excel.ts'],
        isolate: false,
        testTimeout: 60_000,
      },
    });
    expect(frontendVitestConfig().test?.setupFiles).toEqual(['@shian/remote-testing/setup']);
  });
});
