import { Menu } from '@shian/antd';
import { useLocation, useNavigate } from '@shian/router';
import { useT } from '@shian/ui-kit';
import { useContext } from 'react';
import { ModuleContext, useCurrentUser, useModulePath } from './module';

export interface ModuleSection {
  /** The section's path inside the module (`/` for the module's first page). */
  key: string;
  label: string;
  /** The roles the section is for, when not everyone who reaches the module (the page refuses the others too). */
  readers?: readonly string[];
}

/**
 * The module's horizontal menu of sections: the section of the current address is selected (`/` when no other
 * matches), a click goes to it under the module's base path. `label` names the menu (default: the module's).
 */
export function ModuleNav({ sections, label }: { sections: readonly ModuleSection[]; label?: string }) {
  const t = useT();
  const to = useModulePath();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const role = useCurrentUser()?.role ?? '';
  const moduleLabel = useContext(ModuleContext).label;
  const items = sections
    .filter((s) => !s.readers || s.readers.includes(role))
    .map(({ key, label: text }) => ({ key, label: t(text) }));
  const base = to('/');
  const rest = pathname.startsWith(base) ? pathname.slice(base === '/' ? 0 : base.length) : pathname;
  const section = items.find((s) => s.key !== '/' && rest.startsWith(s.key))?.key ?? '/';
  return (
    <Menu
      mode="horizontal"
      aria-label={t(label ?? moduleLabel)}
      selectedKeys={[section]}
      onClick={({ key }) => navigate(to(key))}
      items={items}
      style={{ marginBottom: 16 }}
    />
  );
}
