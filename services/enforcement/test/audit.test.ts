import { AUDIT_TABLE } from '@shian/subgraph-kit';
import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';
import { linkedGateway } from './gateway';

const COMPLAINANTS = `query($masked: Boolean) {
  complaints(first: 5) { nodes { id complainant(masked: $masked) { name phone idNumber masked } } }
}`;

describe.each(await dialects())('enforcement on the audit trail on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true, gateway: linkedGateway });
  const reads = async (username: string) =>
    (await t.orm.em
      .fork()
      .getConnection()
      .execute(`select record_id, changes from ${AUDIT_TABLE} where kind = 'READ' and actor_username = ?`, [
        username,
      ])) as { record_id: string; changes: string }[];

  it('an unmasked read of complainants is recorded per complaint; masked reads are not', async () => {
    const officer = await t.execute(COMPLAINANTS, {}, { as: 'officer' });
    expect(officer.errors).toBeUndefined();
    const shown = (officer.data?.complaints.nodes ?? []).filter(
      (n: { complainant: { masked: boolean; name: string | null; phone: string | null } }) =>
        !n.complainant.masked && (n.complainant.name || n.complainant.phone),
    );
    expect(shown.length).toBeGreaterThan(0);
    const recorded = await reads('officer');
    expect(recorded.map((r) => r.record_id).sort()).toEqual(shown.map((n: { id: string }) => n.id).sort());
    const fields = JSON.parse(recorded[0]!.changes).map((c: { field: string }) => c.field);
    expect(fields).toContain('complainant.phone');
    // Names of fields only: the phone number itself never enters the trail.
    for (const node of shown) expect(JSON.stringify(recorded)).not.toContain(node.complainant.phone);

    await t.execute(COMPLAINANTS, { masked: true }, { as: 'township' });
    await t.execute(COMPLAINANTS, {}, { as: 'admin' });
    expect(await reads('admin')).toEqual([]);
    expect(await reads('township')).toEqual([]);
  });

  it('the demo history is on the trail and the case history reads it, oldest first, as before', async () => {
    const res = await t.execute(
      '{ cases(first: 20) { nodes { id history { id recordType recordId at username actor action changes { field label from to } } } } }',
    );
    expect(res.errors).toBeUndefined();
    const withHistory = res.data?.cases.nodes.filter((c: { history: unknown[] }) => c.history.length > 0);
    expect(withHistory.length).toBeGreaterThan(0);
    for (const c of withHistory) {
      const times = c.history.map((h: { at: string }) => h.at);
      expect([...times].sort()).toEqual(times);
      expect(c.history[0]).toMatchObject({ recordType: 'CASE', recordId: c.id });
      expect(c.history[0].changes[0].label).toBeTruthy();
    }
  });

  it('auditTrail.enforcement: a case’s rows (its history and its children’s) for leaders only', async () => {
    const { data } = await t.execute('{ cases(first: 1) { nodes { id } } }');
    const id = data?.cases.nodes[0].id;
    const query = `query($id: ID) { auditTrail(filter: { recordId: $id }, first: 100) { enforcement { nodes { recordType recordId action actor { username } } } } }`;
    const leader = await t.execute(query, { id }, { as: 'admin' });
    expect(leader.errors).toBeUndefined();
    expect(leader.data?.auditTrail.enforcement.nodes.length).toBeGreaterThan(0);
    for (const as of ['officer', 'township', 'police']) {
      expect((await t.execute(query, { id }, { as })).errors?.[0]?.extensions?.code, as).toBe('FORBIDDEN');
    }
  });
});
