import type { TokenClaims } from '@shian/graphql-client';
import { Route, Routes } from '@shian/router';
import type { ComponentType } from 'react';
import { useCurrentUser } from './module';
import { ModuleNav, type ModuleSection } from './ModuleNav';

/**
 * One page of a module and the pages below it: where it answers and, when it heads a section of the module's menu,
 * that section, which stays selected on the pages below it.
 */
export interface ModulePage {
  /** The page's path inside the module as a route's (`''` the module's first page, `plans`, `*` any other). */
  path: string;
  page: ComponentType;
  /** The label of the menu section this page heads (its key is `/<path>`); a page without one is reached by links. */
  section?: string;
  /** With `section`: the roles the section is offered to, when not everyone who reaches the module. */
  readers?: readonly string[];
  /** The pages below this one, by their path under it (`{ new: PlanFormPage, ':id': PlanPage }`). */
  subpages?: Readonly<Record<string, ComponentType>>;
}

/** A module's pages in the order of its menu, and the menu's label when not the module's. */
export type ModulePages = readonly ModulePage[] | { menu: string; pages: readonly ModulePage[] };

/** What each caller reaches: one table for everyone, or one chosen by the caller (a partner, a village liaison). */
export type ModulePageTable = ModulePages | ((user: TokenClaims | null) => ModulePages);

/**
 * The module's routes and menu from its page table: a section of the menu for every page that heads one, in the
 * table's order, and no menu where none does (a village liaison's single page).
 */
export function ModulePageRoutes({ table }: { table: ModulePageTable }) {
  const user = useCurrentUser();
  const chosen = typeof table === 'function' ? table(user) : table;
  const { menu, pages } = 'pages' in chosen ? chosen : { menu: undefined, pages: chosen };
  const sections: ModuleSection[] = pages.flatMap(({ path, section, readers }) =>
    section ? [{ key: `/${path}`, label: section, readers }] : [],
  );
  const routes = pages.flatMap(({ path, page, subpages = {} }) => [
    [path, page] as const,
    ...Object.entries(subpages).map(([under, subpage]) => [path ? `${path}/${under}` : under, subpage] as const),
  ]);
  return (
    <>
      {sections.length > 0 && <ModuleNav sections={sections} label={menu} />}
      <Routes>
        {routes.map(([path, Page]) =>
          path === '' ? <Route key="" index element={<Page />} /> : <Route key={path} path={path} element={<Page />} />,
        )}
      </Routes>
    </>
  );
}
