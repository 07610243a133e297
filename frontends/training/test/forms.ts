import { act, fireEvent, screen, within } from '@testing-library/react';

/**
 * Opens an antd select by its label (inside `scope`, the dialog where the page has a filter of the same name) and
 * clicks the option with this title (the last one: popups stay mounted).
 */
export async function pick(label: string, option: string, scope: HTMLElement = document.body) {
  await act(async () => fireEvent.mouseDown(within(scope).getByLabelText(label)));
  const items = await screen.findAllByTitle(option);
  await act(async () => fireEvent.click(items.at(-1)!));
}
