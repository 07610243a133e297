import { decodeToken, type TokenClaims } from '@shian/graphql-client';
import { createContext, useContext } from 'react';

export interface ModuleContextValue {
  /** Where the module is mounted: `/enforcement` in the shell, `` on its own or embedded. */
  basePath: string;
  user: TokenClaims | null;
}

export const ModuleContext = createContext<ModuleContextValue>({ basePath: '', user: null });

export function moduleContextValue(basePath: string, token: string | null | undefined): ModuleContextValue {
  return { basePath: basePath.replace(/\/+$/, ''), user: decodeToken(token) ?? null };
}

/** Absolute paths inside the module: `to('/cases')` → `/enforcement/cases` under the shell. */
export function useModulePath(): (path: string) => string {
  const { basePath } = useContext(ModuleContext);
  return (path) => `${basePath}${path === '/' ? '' : path}` || '/';
}

export const useCurrentUser = () => useContext(ModuleContext).user;

/** A partner department (公安, 教育科技, 农业农村): its own workbench, not the bureau's menus. */
export const useIsPartner = () => useCurrentUser()?.role === 'partner';

/** Leaders and officers write everywhere, township officers inside their township (the subgraph enforces it). */
export function useCanWrite(): boolean {
  const role = useCurrentUser()?.role;
  return role === 'leader' || role === 'officer' || role === 'township';
}

/** District-wide records (campaigns, draws, joint operations): leaders and officers. */
export function useIsDistrictStaff(): boolean {
  const role = useCurrentUser()?.role;
  return role === 'leader' || role === 'officer';
}

/** The partner department of the token, as the subgraph's enum names it. */
export function usePartnerDepartment(): 'POLICE' | 'EDUCATION' | 'AGRICULTURE' | null {
  const department = useCurrentUser()?.department;
  return department === 'police'
    ? 'POLICE'
    : department === 'education'
      ? 'EDUCATION'
      : department === 'agriculture'
        ? 'AGRICULTURE'
        : null;
}
