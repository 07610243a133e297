import { decodeToken, type TokenClaims } from '@shian/graphql-client';
import { createContext, useContext } from 'react';

export interface ModuleContextValue {
  /** Where the module is mounted: `/risk` in the shell, `` on its own. */
  basePath: string;
  user: TokenClaims | null;
}

export const ModuleContext = createContext<ModuleContextValue>({ basePath: '', user: null });

export function moduleContextValue(basePath: string, token: string | null | undefined): ModuleContextValue {
  return { basePath: basePath.replace(/\/+$/, ''), user: decodeToken(token) ?? null };
}

/** Absolute paths inside the module: `to('/duties')` → `/risk/duties` under the shell. */
export function useModulePath(): (path: string) => string {
  const { basePath } = useContext(ModuleContext);
  return (path) => `${basePath}${path === '/' ? '' : path}` || '/';
}

export const useCurrentUser = () => useContext(ModuleContext).user;

/** Leaders and officers write everywhere, township officers inside their township (the subgraph enforces it). */
export function useCanWrite(): boolean {
  const role = useCurrentUser()?.role;
  return role === 'leader' || role === 'officer' || role === 'township';
}

/** The risk matrix is the bureau leaders' to change (the subgraph refuses anyone else). */
export const useIsLeader = () => useCurrentUser()?.role === 'leader';

/** A partner department reads only the consultations and incidents that name it. */
export const useIsPartner = () => useCurrentUser()?.role === 'partner';
