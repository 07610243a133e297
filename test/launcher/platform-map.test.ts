import { DEMO_PASSWORD, DEMO_USERS, ROLE_LABELS } from '@shian/auth';
import { DOMAINS, GATEWAY_PORT, IDP_PORT, PARTNER_DEMO_PORT, SHELL_PORT } from '@shian/platform';
import { describe, expect, it } from 'vitest';
import { platformPlan, readDemoUsers, readPlatformMap } from '../../scripts/lib/platform.mjs';

/**
 * `npm start` reads DOMAINS and DEMO_USERS from the TypeScript sources as text (it runs before anything can
 * compile TypeScript). These tests keep that reading equal to what the packages export.
 */
describe('the launcher reads the platform map as the packages define it', () => {
  it('reads DOMAINS and the fixed ports', () => {
    expect(readPlatformMap()).toEqual({
      domains: DOMAINS,
      gatewayPort: GATEWAY_PORT,
      shellPort: SHELL_PORT,
      partnerDemoPort: PARTNER_DEMO_PORT,
      idpPort: IDP_PORT,
    });
  });

  it('reads the demo users and their role labels', () => {
    expect(readDemoUsers()).toEqual({
      password: DEMO_PASSWORD,
      users: DEMO_USERS.map((u) => ({
        username: u.username,
        name: u.name,
        role: u.role,
        roleLabel: ROLE_LABELS[u.role],
      })),
    });
  });

  it('plans one subgraph per domain and the ports of env.ts', () => {
    const plan = platformPlan({ portOffset: 0, env: { ENTITIES_PORT: '4101' } });
    const subgraphs = plan.processes.filter((p) => p.kind === 'subgraph');
    expect(subgraphs.map((p) => p.name)).toEqual(DOMAINS.map((d) => d.name));
    expect(subgraphs.find((p) => p.name === 'entities')?.port).toBe(4101);
    expect(plan.env).toMatchObject({ GATEWAY_PORT: String(GATEWAY_PORT), SHELL_PORT: String(SHELL_PORT) });
  });
});
