/** Who is calling, as every subgraph sees it after verifying the token. */
export type Role = 'leader' | 'officer' | 'township' | 'partner';
export type Department = 'police' | 'education' | 'agriculture';

export interface Identity {
  username: string;
  /** Display name, as the UI shows it (zh-CN). */
  name: string;
  role: Role;
  /** Set for `township`: the only township whose records this caller sees. */
  townshipId?: string;
  /** Set for `partner`: the department whose shared records this caller sees. */
  department?: Department;
}

export const ROLE_LABELS: Record<Role, string> = {
  leader: '局领导',
  officer: '执法人员',
  township: '乡镇(街道)监管员',
  partner: '协作部门',
};

export const DEPARTMENT_LABELS: Record<Department, string> = {
  police: '公安',
  education: '教育科技',
  agriculture: '农业农村',
};

export const DEPARTMENTS = Object.keys(DEPARTMENT_LABELS) as Department[];

/** The bureau's own staff: leader, officer and township officer. Partners are outside the bureau. */
export function isBureau(identity: Identity): boolean {
  return identity.role !== 'partner';
}

/** Bureau staff who see every township. */
export function seesAllTownships(identity: Identity): boolean {
  return identity.role === 'leader' || identity.role === 'officer';
}

/** Writes in the bureau's domains: officers and leaders everywhere, township officers inside their township. */
export function canWrite(identity: Identity): boolean {
  return identity.role === 'leader' || identity.role === 'officer' || identity.role === 'township';
}
