import { ShianUiProvider } from '@shian/ui-kit';
import type { ComponentType } from 'react';

/**
 * A page the shell loads on demand (App.tsx), in ui-kit's full provider (antd's App: its messages and dialogs),
 * which comes with the pages' chunks: the frame's first load carries only the frame's provider.
 */
export function uiPage(Page: ComponentType): ComponentType {
  return function UiPage() {
    return (
      <ShianUiProvider>
        <Page />
      </ShianUiProvider>
    );
  };
}
