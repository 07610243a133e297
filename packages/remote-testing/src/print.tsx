import { render, screen } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { expect, type Mock, vi } from 'vitest';
import type { RenderInModuleOptions } from './index';

/**
 * A remote's print views under test: `open(path, token?)` renders the module's pages (`pages`, its
 * `<ModulePageRoutes table={PAGES} />`) at `path` under `basePath`, with `window.print` stood in for by `print`, which
 * starts each opening uncalled: a view prints by itself once its record has loaded, and a test says whether it did.
 */
export function printViews(
  renderInModule: (element: ReactNode, options?: RenderInModuleOptions) => ReactElement,
  pages: ReactNode,
  basePath: string,
) {
  const print: Mock<() => void> = vi.fn();
  const open = (path: string, token?: string) => {
    print.mockClear();
    // Stubbed at each opening: the setup puts stubbed globals back after every test.
    vi.stubGlobal('print', print);
    return render(renderInModule(pages, { path: `${basePath}${path}`, token }));
  };
  return { open, print };
}

/** What the printed form holds beside `label` (labels are the grid's row headers), once the label is there. */
export const printedCell = async (label: string) =>
  (await screen.findByRole('rowheader', { name: label })).nextElementSibling?.textContent;

/**
 * The form titled `title` is on the page and holds `cells` (label → the text beside it, `''` for a cell left blank
 * for the hand), and it was printed once.
 */
export async function expectPrinted(print: Mock, title: string, cells: Record<string, string>) {
  for (const [label, text] of Object.entries(cells)) expect(await printedCell(label), label).toBe(text);
  expect(screen.getByRole('heading', { name: title })).toBeTruthy();
  expect(print).toHaveBeenCalledTimes(1);
}

/** The view shows `message` (a refusal, or why there is no record) in place of the form, and printed nothing. */
export async function expectNotPrinted(print: Mock, message: string) {
  expect((await screen.findByRole('alert')).textContent).toContain(message);
  expect(screen.queryByRole('article')).toBeNull();
  expect(print).not.toHaveBeenCalled();
}
