import { decodeToken, type TokenClaims } from '@shian/graphql-client';
import { createContext, type ReactNode, useContext, useMemo } from 'react';

export interface ModuleContextValue {
  /** The domain the module serves (`enforcement`): how other modules' links name it (`OtherModuleLink`). */
  module: string;
  /** Where the module is mounted: `/<domain>` in the shell, `` on its own or embedded. */
  basePath: string;
  /** The module's name in Chinese (抽检监测): the standalone page's title, the navigation's label. */
  label: string;
  user: TokenClaims | null;
}

// Not a Module Federation singleton: each remote bundles the kit, so each has its own context and a remote never
// reads another's base path.
export const ModuleContext = createContext<ModuleContextValue>({ module: '', basePath: '', label: '', user: null });

export function moduleContextValue(
  basePath: string,
  token: string | null | undefined,
  label = '',
  module = '',
): ModuleContextValue {
  return { module, basePath: basePath.replace(/\/+$/, ''), label, user: decodeToken(token) ?? null };
}

/** The module context for `token` under `basePath`: what a remote's App sets up, and what tests wrap pages in. */
export function ModuleScope(props: {
  basePath: string;
  token?: string | null;
  label?: string;
  module?: string;
  children: ReactNode;
}) {
  const { basePath, token, label, module } = props;
  const value = useMemo(() => moduleContextValue(basePath, token, label, module), [basePath, token, label, module]);
  return <ModuleContext.Provider value={value}>{props.children}</ModuleContext.Provider>;
}

/** Absolute paths inside the module: `to('/plans')` → `/sampling/plans` under the shell, `/plans` on its own. */
export function useModulePath(): (path: string) => string {
  const { basePath } = useContext(ModuleContext);
  return (path) => `${basePath}${path === '/' ? '' : path}` || '/';
}

export const useCurrentUser = () => useContext(ModuleContext).user;

/**
 * The bureau's own staff (leaders, officers, township officers): they work in every module of the shell, where a
 * partner department has its workbench and a village liaison their report page.
 */
export function useIsBureauStaff(): boolean {
  const role = useCurrentUser()?.role;
  return role === 'leader' || role === 'officer' || role === 'township';
}

/**
 * The bureau's staff write: leaders and officers everywhere, township officers inside their township (the subgraph
 * enforces it).
 */
export const useCanWrite = useIsBureauStaff;

/**
 * Leaders and bureau officers: the district's own records (plans, campaigns, draws, officers' training) are theirs
 * to write, not a township's.
 */
export function useCanWriteDistrict(): boolean {
  const role = useCurrentUser()?.role;
  return role === 'leader' || role === 'officer';
}

/**
 * Who may write a given record, for a page that knows the record only once its query answers: a township's record
 * its writers (`useCanWrite`), the district's own (an officers' session, an opinion event of no township) only the
 * district's writers (`useCanWriteDistrict`), as the subgraphs decide.
 */
export function useCanWriteRecord(): (districtRecord: boolean) => boolean {
  const writer = useCanWrite();
  const districtWriter = useCanWriteDistrict();
  return (districtRecord) => (districtRecord ? districtWriter : writer);
}

/** Bureau leaders: what only they may change (the risk matrix); the subgraph refuses anyone else. */
export const useIsLeader = () => useCurrentUser()?.role === 'leader';

/** A partner department (公安, 教育科技, 农业农村): it sees what is shared with it, not the bureau's menus. */
export const useIsPartner = () => useCurrentUser()?.role === 'partner';

/** The token's partner department as the subgraphs' enum names it (`PartnerDepartment`); null for the bureau. */
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
