/** Who is calling, as every subgraph sees it after verifying the token. */
export type Role = 'leader' | 'officer' | 'township' | 'village' | 'partner';
export type Department = 'police' | 'education' | 'agriculture';

export interface Identity {
  username: string;
  /** Display name, as the UI shows it (zh-CN). */
  name: string;
  role: Role;
  /** Set for `township`: the only township whose records this caller sees; for `village`, their village's township. */
  townshipId?: string;
  /** Set for `village` (协管员/信息员): the only village (村/社区, 12-digit code) whose businesses this caller sees. */
  villageId?: string;
  /** Set for `partner`: the department whose shared records this caller sees. */
  department?: Department;
  /**
   * Set only for a platform service acting on its own (no person behind it): taken by a subgraph from a verified
   * gateway credential's `act` claim, never from a user token (tokens.ts does not read it).
   */
  service?: ServiceName;
}

/** The platform's own background services that call the subgraphs without a user. */
export type ServiceName = 'reminders';

/**
 * The fixed identity of each service. A gateway credential names the service only (`act: { service }`), and the
 * subgraph takes the identity from here, so a credential cannot widen a service's role or scope.
 */
export const SERVICE_IDENTITIES: Readonly<Record<ServiceName, Readonly<Identity>>> = {
  reminders: { username: 'system:reminders', name: '提醒服务', role: 'leader', service: 'reminders' },
};

export const isServiceName = (value: unknown): value is ServiceName =>
  typeof value === 'string' && Object.hasOwn(SERVICE_IDENTITIES, value);

/** Usernames of this form belong to services: a user token naming one is refused (tokens.ts). */
export const SERVICE_USERNAME_PREFIX = 'system:';

export const ROLE_LABELS: Record<Role, string> = {
  leader: '局领导',
  officer: '执法人员',
  township: '乡镇(街道)监管员',
  village: '村(社区)协管员',
  partner: '协作部门',
};

export const DEPARTMENT_LABELS: Record<Department, string> = {
  police: '公安',
  education: '教育科技',
  agriculture: '农业农村',
};

export const DEPARTMENTS = Object.keys(DEPARTMENT_LABELS) as Department[];

/**
 * The bureau's own staff: leader, officer and township officer. Partners are outside the bureau, and so are village
 * liaisons (协管员/信息员, village committee members, not bureau staff): every register that asks `isBureau` refuses
 * them unless it lets them in on purpose.
 */
export function isBureau(identity: Identity): boolean {
  return identity.role === 'leader' || identity.role === 'officer' || identity.role === 'township';
}

/**
 * The township a village code belongs to: a village's 12-digit administrative code starts with its township's
 * 9-digit one (511902001 → 511902001201).
 */
export function townshipOfVillage(villageId: string): string {
  return villageId.slice(0, 9);
}

/** Bureau staff who see every township. */
export function seesAllTownships(identity: Identity): boolean {
  return identity.role === 'leader' || identity.role === 'officer';
}

/** Writes in the bureau's domains: officers and leaders everywhere, township officers inside their township. */
export function canWrite(identity: Identity): boolean {
  return identity.role === 'leader' || identity.role === 'officer' || identity.role === 'township';
}
