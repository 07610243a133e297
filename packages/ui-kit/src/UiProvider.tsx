import { App as AntApp } from 'antd';
import type { ReactNode } from 'react';
import { ShianFrameProvider, type UiLocale } from './locale';

/**
 * What a page needs around it: `ShianFrameProvider` (antd and dayjs in the user's locale; passes through under the
 * shell's) and antd's `App`, for `App.useApp()` (message, modal). Kept out of the frame entry because `App` brings
 * antd's message, notification and modal code, which the shell's first screen does not need.
 */
export function ShianUiProvider({ children, locale }: { children: ReactNode; locale?: UiLocale }) {
  return (
    <ShianFrameProvider locale={locale}>
      <AntApp>{children}</AntApp>
    </ShianFrameProvider>
  );
}
