import { Link } from '@shian/router';
import { type ReactNode, useContext } from 'react';
import { ModuleContext, useModulePath } from './module';

/**
 * A link to a page of this module, `to` written as on its own (`/cases/${id}`): under the shell it leads to
 * `/enforcement/cases/…`, so a list's or a record's link does not resolve the module's base path itself.
 */
export function ModuleLink({ to, children }: { to: string; children: ReactNode }) {
  return <Link to={useModulePath()(to)}>{children}</Link>;
}

/**
 * A link to a page of another module (`module="sampling" to="/S26-00123"`): under the shell, which mounts each remote
 * under its domain's name, `/sampling/S26-00123`. A module on its own or embedded in a partner's page has no other
 * module to lead to, so there the text stands without a link.
 */
export function OtherModuleLink({ module, to, children }: { module: string; to: string; children: ReactNode }) {
  const inShell = useContext(ModuleContext).basePath !== '';
  return inShell ? <Link to={`/${module}${to}`}>{children}</Link> : <>{children}</>;
}
