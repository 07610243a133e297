/**
 * The platform's domains: one subgraph and one remote each. This list is the single place that says which
 * domains exist; the gateway composes, the launcher starts and the shell's remotes manifest lists exactly these.
 * `pnpm new:domain` appends to it.
 */
export interface DomainDefinition {
  /** Folder name under services/ and frontends/, and the subgraph's name in the supergraph. */
  name: string;
  /** The navigation label in the shell (zh-CN). */
  label: string;
  subgraphPort: number;
  remotePort: number;
}

export const DOMAINS: DomainDefinition[] = [
  { name: 'entities', label: '主体与属地', subgraphPort: 4001, remotePort: 5001 },
  { name: 'sampling', label: '抽检监测', subgraphPort: 4002, remotePort: 5002 },
  { name: 'enforcement', label: '执法办案', subgraphPort: 4003, remotePort: 5003 },
  { name: 'training', label: '培训考核', subgraphPort: 4004, remotePort: 5004 },
  { name: 'publicity', label: '宣传与舆情', subgraphPort: 4005, remotePort: 5005 },
  { name: 'risk', label: '风险与应急', subgraphPort: 4006, remotePort: 5006 },
];

/** The five domains the shell's navigation always shows, deployed or not (a missing one shows a notice). */
export const PLANNED_DOMAINS: ReadonlyArray<Pick<DomainDefinition, 'name' | 'label'>> = [
  { name: 'entities', label: '主体与属地' },
  { name: 'sampling', label: '抽检监测' },
  { name: 'enforcement', label: '执法办案' },
  { name: 'training', label: '培训考核' },
  { name: 'publicity', label: '宣传与舆情' },
];

export const GATEWAY_PORT = 4000;
export const SHELL_PORT = 5000;
export const PARTNER_DEMO_PORT = 5100;
/** The development OpenID provider (services/idp). */
export const IDP_PORT = 4400;
