import type { Identity } from './identity';

export const DEMO_PASSWORD = 'shian-demo';

/**
 * The township user's township is the first one in the demo data (the entities seed makes it first).
 * Kept here so that the identity provider and the seed agree without importing each other.
 */
export const DEMO_TOWNSHIP_ID = '511902001';

/** The village user's village: one of the first township's (the entities seed's first village there). */
export const DEMO_VILLAGE_ID = '511902001201';

export const DEMO_USERS: readonly Identity[] = [
  { username: 'admin', name: '王局长', role: 'leader' },
  { username: 'officer', name: '李执法', role: 'officer' },
  { username: 'township', name: '张监管', role: 'township', townshipId: DEMO_TOWNSHIP_ID },
  {
    username: 'village',
    name: '赵信息员',
    role: 'village',
    townshipId: DEMO_TOWNSHIP_ID,
    villageId: DEMO_VILLAGE_ID,
  },
  { username: 'police', name: '公安分局联络员', role: 'partner', department: 'police' },
  { username: 'education', name: '教育科技局联络员', role: 'partner', department: 'education' },
  { username: 'agriculture', name: '农业农村局联络员', role: 'partner', department: 'agriculture' },
];

/** The development identity provider's check: demo users only, one shared password. */
export function authenticateDemoUser(username: string, password: string): Identity | undefined {
  if (password !== DEMO_PASSWORD) return undefined;
  return DEMO_USERS.find((user) => user.username === username);
}
