import { fireEvent, screen, within } from '@testing-library/dom';
import { act } from 'react';

/**
 * A button's name as the source writes it: antd may space a button of two Chinese characters (保 存, 确 定), so such a
 * name matches with or without the space; any other name (a RegExp for a button with an icon's name too) as given.
 */
const buttonName = (name: string | RegExp) =>
  typeof name === 'string' && /^\p{Script=Han}{2}$/u.test(name) ? new RegExp(`^${name[0]}\\s*${name[1]}$`) : name;

/** Clicks the button `name` once it is on the page and returns the dialog it opens (remote-kit's FormDialog). */
export async function openDialog(name: string | RegExp): Promise<HTMLElement> {
  // Found before the act: React holds the page's updates until an act's callback ends, so a button drawn once a
  // query answers (a list's rows, a record) would never appear to a find inside it.
  const button = await screen.findByRole('button', { name: buttonName(name) });
  await act(async () => fireEvent.click(button));
  return screen.findByRole('dialog');
}

/** Clicks the dialog's own button `name`: 保存 unless said (确定, 提交, 登记…). */
export async function pressInDialog(dialog: HTMLElement, name: string | RegExp = '保存') {
  await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: buttonName(name) })));
}
