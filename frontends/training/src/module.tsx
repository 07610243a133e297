import { decodeToken, type TokenClaims } from '@shian/graphql-client';
import { createContext, useContext } from 'react';

export interface ModuleContextValue {
  /** Where the module is mounted: `/training` in the shell, `` on its own. */
  basePath: string;
  user: TokenClaims | null;
}

export const ModuleContext = createContext<ModuleContextValue>({ basePath: '', user: null });

export function moduleContextValue(basePath: string, token: string | null | undefined): ModuleContextValue {
  return { basePath: basePath.replace(/\/+$/, ''), user: decodeToken(token) ?? null };
}

/** Absolute paths inside the module: `to("/assessments")` → `/training/assessments` under the shell. */
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

/** Leaders and bureau officers: officers' training is the district's own record (township officers see none). */
export function useCanWriteDistrict(): boolean {
  const role = useCurrentUser()?.role;
  return role === 'leader' || role === 'officer';
}
