// The browser-safe part of @shian/auth: its root also carries Node-only code (keys, node:crypto).
import { DEPARTMENT_LABELS, type Department, ROLE_LABELS, type Role } from '@shian/auth/identity';
import { DOMAINS, PLANNED_DOMAINS } from '@shian/platform';
import type { TokenClaims } from '@shian/graphql-client';
import { useMemo } from 'react';
import { t } from './i18n';
import type { RemotesManifest } from './manifest';
import { useSession } from './session';

export interface Section {
  name: string;
  label: string;
}

/**
 * The navigation the shell was built with: the five planned domains, deployed or not, then every other domain of
 * DOMAINS (those added with `pnpm new:domain`).
 */
export const SECTIONS: readonly Section[] = [
  ...PLANNED_DOMAINS,
  ...DOMAINS.filter((d) => !PLANNED_DOMAINS.some((p) => p.name === d.name)).map(({ name, label }) => ({ name, label })),
];

/**
 * SECTIONS, plus every remote of the run-time manifest that the build did not know: a domain added and deployed
 * after this shell was built appears in the navigation without rebuilding the shell.
 */
export function sectionsOf(manifest: Pick<RemotesManifest, 'remotes'>): Section[] {
  const known = new Set(SECTIONS.map((s) => s.name));
  const added = Object.entries(manifest.remotes)
    .filter(([name]) => !known.has(name))
    .map(([name, remote]) => ({ name, label: remote.label || name }));
  return [...SECTIONS, ...added];
}

/**
 * A village liaison (村(社区)协管员) works in one page of the entities module, their report page: no other domain's
 * menu or route (the subgraphs refuse them the rest anyway).
 */
export const LIAISON_SECTIONS: readonly Section[] = [{ name: 'entities', label: '上报隐患或线索' }];

export function sectionsFor(manifest: Pick<RemotesManifest, 'remotes'>, role: string | undefined): Section[] {
  return role === 'village' ? [...LIAISON_SECTIONS] : sectionsOf(manifest);
}

export function useSections(): Section[] {
  const { manifest, user } = useSession();
  const role = user?.role;
  return useMemo(() => sectionsFor(manifest, role), [manifest, role]);
}

/** 局领导, 执法人员, 乡镇(街道)监管员, 协作部门 · 公安 … in the current language (ui-kit's catalog has them). */
export function roleLabel(user: Pick<TokenClaims, 'role' | 'department'>): string {
  const role = t(ROLE_LABELS[user.role as Role] ?? user.role);
  const department = user.department ? DEPARTMENT_LABELS[user.department as Department] : undefined;
  return department ? `${role} · ${t(department)}` : role;
}
