import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

interface InboxRefresh {
  /** Bumped after the user changes a mark, so that the bell counts again at once rather than at the next minute. */
  version: number;
  changed: () => void;
}

const Context = createContext<InboxRefresh>({ version: 0, changed: () => {} });

/** Around the layout: the inbox page tells the header's bell that a mark changed. */
export function InboxRefreshProvider({ children }: { children: ReactNode }) {
  const [version, setVersion] = useState(0);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  const value = useMemo(() => ({ version, changed }), [version, changed]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export const useInboxRefresh = () => useContext(Context);
