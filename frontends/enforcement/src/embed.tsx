import type { UiLocale } from '@shian/ui-kit';
import { createRoot } from 'react-dom/client';
import App from './App';

export interface MountOptions {
  /** The gateway's base URL, e.g. `http://localhost:4000`. */
  gatewayUrl: string;
  /**
   * A department token your backend obtained (client credentials at the bureau's identity provider). Optional
   * when `getToken` is given: the module then asks for its first token itself.
   */
  token?: string;
  /**
   * Async, resolves to a fresh token from your backend. The module calls it before the current token expires (it
   * reads the token's `exp`) and when the gateway answers UNAUTHENTICATED, then retries what was refused. Partner
   * tokens live at most 15 minutes: without `getToken`, mount again with a new token when one expires.
   */
  getToken?: () => Promise<string>;
  /** `zh-CN` (default) or `en`. */
  locale?: UiLocale;
  /**
   * A path of the host page the module may own (e.g. `/enforcement`): its pages then appear in the address bar under
   * it. Without one, the module navigates inside itself and never touches the host page's URL.
   */
  basePath?: string;
}

/**
 * Renders the enforcement module into `element` and returns the function that removes it again. Everything it
 * needs is inside this file's bundle (React included): the host page brings nothing but the element.
 */
export function mount(element: Element, options: MountOptions): () => void {
  if (!element) throw new Error('mount(element, options): element is required');
  if (!options?.gatewayUrl) throw new Error('mount(element, options): gatewayUrl is required');
  if (!options.token && typeof options.getToken !== 'function')
    throw new Error('mount(element, options): token or getToken is required');
  const root = createRoot(element);
  root.render(
    <App
      gatewayUrl={options.gatewayUrl}
      token={options.token}
      getToken={options.getToken}
      locale={options.locale}
      basePath={options.basePath ?? ''}
      routing={options.basePath ? 'browser' : 'memory'}
    />,
  );
  let mounted = true;
  return () => {
    if (!mounted) return;
    mounted = false;
    root.unmount();
    element.replaceChildren();
  };
}

export default mount;
