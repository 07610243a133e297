import { ROLE_LABELS, DEPARTMENT_LABELS, type Department, type Role } from '@shian/auth';
import { PLANNED_DOMAINS } from '@shian/platform';
import type { TokenClaims } from '@shian/graphql-client';

/** The five sections of the navigation, deployed or not. */
export const SECTIONS = PLANNED_DOMAINS;

/** 局领导, 执法人员, 乡镇(街道)监管员, 协作部门 · 公安 … */
export function roleLabel(user: Pick<TokenClaims, 'role' | 'department'>): string {
  const role = ROLE_LABELS[user.role as Role] ?? user.role;
  const department = user.department ? DEPARTMENT_LABELS[user.department as Department] : undefined;
  return department ? `${role} · ${department}` : role;
}
