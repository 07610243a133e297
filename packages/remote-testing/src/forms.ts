import { fireEvent, screen, within } from '@testing-library/dom';
import { act } from 'react';

/**
 * Opens an antd select by its label (inside `scope`, the dialog where the page has a filter of the same name) and
 * clicks the option with this title (the last one: popups stay mounted).
 */
export async function pick(label: string, option: string | RegExp, scope: HTMLElement = document.body) {
  await act(async () => fireEvent.mouseDown(within(scope).getByLabelText(label)));
  const items = await screen.findAllByTitle(option);
  await act(async () => fireEvent.click(items.at(-1)!));
}

/** Types a date into an antd DatePicker by its label and confirms it, as a user typing would. */
export async function fillDate(label: string, value: string) {
  const input = screen.getByLabelText(label);
  await act(async () => {
    fireEvent.mouseDown(input);
    fireEvent.change(input, { target: { value } });
  });
  await act(async () => fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 }));
}
