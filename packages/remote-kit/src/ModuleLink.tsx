import { Link } from '@shian/router';
import { type ReactNode, useContext } from 'react';
import { ModuleContext, useIsBureauStaff, useModulePath } from './module';

/**
 * A link to a page of this module, `to` written as on its own (`/cases/${id}`): under the shell it leads to
 * `/enforcement/cases/…`, so a list's or a record's link does not resolve the module's base path itself.
 */
export function ModuleLink({ to, children }: { to: string; children: ReactNode }) {
  return <Link to={useModulePath()(to)}>{children}</Link>;
}

/**
 * A link to a page of another module (`module="sampling" to="/S26-00123"`): under the shell, which mounts each remote
 * under its domain's name, `/sampling/S26-00123`. Only the bureau's staff have the other modules there (a partner
 * department its workbench, a village liaison their report page), and a module on its own or embedded in a partner's
 * page has none: for them the text stands without a link. A link to the module it is shown in is a `ModuleLink`.
 */
export function OtherModuleLink({ module, to, children }: { module: string; to: string; children: ReactNode }) {
  const here = useContext(ModuleContext);
  const staff = useIsBureauStaff();
  // A shared component's link to a record of the module it is shown in (a kit table of cases in enforcement).
  if (module === here.module) return <ModuleLink to={to}>{children}</ModuleLink>;
  return here.basePath !== '' && staff ? <Link to={`/${module}${to}`}>{children}</Link> : children;
}

/** A record's business as its query reads it (`entity { ...EntityRef }`); no name where the register did not answer. */
type BusinessRef = { id: string; name?: string | null };

/** A business as a record names it: its name, else its id (the register did not answer), else —. */
export const businessName = (entity: BusinessRef | null | undefined) => entity?.name ?? entity?.id ?? '—';

/** A record's business by `businessName`, leading to its page in the entities module (`OtherModuleLink`). */
export function EntityLink({ entity }: { entity?: BusinessRef | null }) {
  if (!entity) return <>—</>;
  return (
    <OtherModuleLink module="entities" to={`/${entity.id}`}>
      {businessName(entity)}
    </OtherModuleLink>
  );
}

/**
 * The other modules' records a page refers to, by their addresses under the shell: a case (`/enforcement/cases/…`),
 * an inspection (`/enforcement/inspections/…`) and a sample (`/sampling/…`), each an `OtherModuleLink`, so those
 * addresses are written here once.
 */
interface RecordLinkProps {
  id: string;
  children: ReactNode;
}

export const CaseLink = ({ id, children }: RecordLinkProps) => (
  <OtherModuleLink module="enforcement" to={`/cases/${id}`}>
    {children}
  </OtherModuleLink>
);

export const InspectionLink = ({ id, children }: RecordLinkProps) => (
  <OtherModuleLink module="enforcement" to={`/inspections/${id}`}>
    {children}
  </OtherModuleLink>
);

export const SampleLink = ({ id, children }: RecordLinkProps) => (
  <OtherModuleLink module="sampling" to={`/${id}`}>
    {children}
  </OtherModuleLink>
);
