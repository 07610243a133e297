import { Link } from '@shian/router';
import type { ReactNode } from 'react';
import { useModulePath } from './module';

/**
 * A link to a page of this module, `to` written as on its own (`/cases/${id}`): under the shell it leads to
 * `/enforcement/cases/…`, so a list's or a record's link does not resolve the module's base path itself.
 */
export function ModuleLink({ to, children }: { to: string; children: ReactNode }) {
  return <Link to={useModulePath()(to)}>{children}</Link>;
}
