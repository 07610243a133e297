import { describe, expect, it } from 'vitest';
import { type Caller, codes, data, gql } from '../harness/graphql';

const officer = { as: 'officer' };
const township = { as: 'township' };
const police = { as: 'police' };
const TOWNSHIP = '511902001';

const RISK_LEVELS = ['LOW', 'GENERAL', 'HIGH', 'MAJOR'] as const;
const INCIDENT_LEVELS = ['I', 'II', 'III', 'IV'] as const;

const FIGURES = `risksByLevel { level count } risks duties dutiesDone dutiesOverdue hazardsFound hazardsRectified
  consultations incidentsByLevel { level count } incidents drills`;

/** Today and a day `days` away, as the subgraph's LocalDate in China Standard Time. */
const chinaDay = (days = 0) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The year's figures counted again with the lists' own filters, each a connection's totalCount, so that the
 * report and the lists a figure opens cannot drift apart.
 */
async function countedFromLists(caller: Caller, year: number) {
  const count = (alias: string, list: string, filter: string) =>
    `${alias}: ${list}(first: 1, filter: { year: ${year}${filter ? `, ${filter}` : ''} }) { totalCount }`;
  const result = await data(
    caller,
    `{
      ${count('risks', 'risks', '')}
      ${RISK_LEVELS.map((level) => count(`risk_${level}`, 'risks', `level: ${level}`)).join('\n')}
      ${count('duties', 'duties', '')}
      ${count('dutiesDone', 'duties', 'status: DONE')}
      ${count('dutiesOverdue', 'duties', 'overdue: true')}
      ${count('hazardsFound', 'hazards', '')}
      ${count('hazardsOpen', 'hazards', 'status: OPEN')}
      ${count('consultations', 'consultations', '')}
      ${count('incidents', 'incidents', '')}
      ${INCIDENT_LEVELS.map((level) => count(`incident_${level}`, 'incidents', `level: ${level}`)).join('\n')}
      ${count('drills', 'drills', '')}
    }`,
  );
  const n = (alias: string) => result[alias].totalCount as number;
  return {
    risksByLevel: RISK_LEVELS.map((level) => ({ level, count: n(`risk_${level}`) })),
    risks: n('risks'),
    duties: n('duties'),
    dutiesDone: n('dutiesDone'),
    dutiesOverdue: n('dutiesOverdue'),
    hazardsFound: n('hazardsFound'),
    hazardsRectified: n('hazardsFound') - n('hazardsOpen'),
    consultations: n('consultations'),
    incidentsByLevel: INCIDENT_LEVELS.map((level) => ({ level, count: n(`incident_${level}`) })),
    incidents: n('incidents'),
    drills: n('drills'),
  };
}

const reportOf = async (caller: Caller, year: number) =>
  (await data(caller, `query ($year: Int!) { workReport(year: $year) { risk { ${FIGURES} } } }`, { year })).workReport
    .risk;

describe('risk and emergencies through the gateway', () => {
  it('answers the six lists as connections of docs/api.md#lists-connections, with the demo records', async () => {
    const result = await data(
      officer,
      `{ risks { totalCount nodes { id code title category level } pageInfo { hasNextPage endCursor } }
         duties { totalCount nodes { id code task status clock { status overdue } } pageInfo { hasNextPage endCursor } }
         hazardInvestigations { totalCount nodes { id code theme hazardCount } pageInfo { hasNextPage endCursor } }
         consultations { totalCount nodes { id code title conclusions { duty { id } } } pageInfo { hasNextPage endCursor } }
         incidents { totalCount nodes { id code title level reportClock { status } } pageInfo { hasNextPage endCursor } }
         drills { totalCount nodes { id code scenario } pageInfo { hasNextPage endCursor } } }`,
    );
    for (const list of ['risks', 'duties', 'hazardInvestigations', 'consultations', 'incidents', 'drills']) {
      const connection = result[list];
      expect(connection.totalCount, list).toBeGreaterThan(0);
      expect(connection.nodes.length, list).toBe(Math.min(20, connection.totalCount));
      expect(connection.pageInfo.hasNextPage, list).toBe(connection.totalCount > 20);
      // Demo records are 2025's; earlier files of the suite (the audit trail's) add this year's.
      for (const node of connection.nodes) expect(node.code, list).toMatch(/^[A-Z]{2}-20\d{2}-\d{3,4}$/);
    }
    // The demo records say so in their names: they are never claimed as facts.
    expect(result.incidents.nodes.map((n: { title: string }) => n.title)).toEqual(
      expect.arrayContaining([expect.stringContaining('(演示)误食野生菌中毒事件')]),
    );
    expect(result.hazardInvestigations.nodes.some((n: { hazardCount: number }) => n.hazardCount > 0)).toBe(true);

    // The next page continues where the first ended, without repeating a record.
    if (result.duties.pageInfo.hasNextPage) {
      const next = await data(officer, 'query ($after: String) { duties(after: $after) { nodes { id } } }', {
        after: result.duties.pageInfo.endCursor,
      });
      const first = new Set(result.duties.nodes.map((n: { id: string }) => n.id));
      expect(next.duties.nodes.length).toBeGreaterThan(0);
      for (const node of next.duties.nodes) expect(first.has(node.id)).toBe(false);
    }
    const over = await gql(officer, '{ risks(first: 101) { totalCount } }');
    expect(codes(over)).toContain('BAD_USER_INPUT');
  });

  it('answers workReport(2025).risk with the figures the lists count, for the district and a township', async () => {
    for (const caller of [officer, township]) {
      const [report, lists] = await Promise.all([reportOf(caller, 2025), countedFromLists(caller, 2025)]);
      expect(report, JSON.stringify(caller)).toEqual(lists);
    }
    const district = await reportOf(officer, 2025);
    for (const figure of ['risks', 'duties', 'dutiesDone', 'hazardsFound', 'hazardsRectified', 'consultations'])
      expect(district[figure], figure).toBeGreaterThan(0);
    expect(district.incidents).toBeGreaterThan(0);
    expect(district.drills).toBeGreaterThan(0);
    expect(district.hazardsRectified).toBeLessThanOrEqual(district.hazardsFound);
    expect(district.dutiesDone + district.dutiesOverdue).toBeLessThanOrEqual(district.duties);
    // A township's report is its own records only.
    const mine = await reportOf(township, 2025);
    expect(mine.hazardsFound).toBeLessThan(district.hazardsFound);
  });

  it('answers zeros for 2024, a year before the domain had records', async () => {
    expect(await reportOf(officer, 2024)).toEqual({
      risksByLevel: RISK_LEVELS.map((level) => ({ level, count: 0 })),
      risks: 0,
      duties: 0,
      dutiesDone: 0,
      dutiesOverdue: 0,
      hazardsFound: 0,
      hazardsRectified: 0,
      consultations: 0,
      incidentsByLevel: INCIDENT_LEVELS.map((level) => ({ level, count: 0 })),
      incidents: 0,
      drills: 0,
    });
  });

  it('shows a township officer only their township’s hazards', async () => {
    const hazards = '{ hazards(first: 100) { totalCount nodes { id township { id } entity { id township { id } } } } }';
    const [mine, all] = await Promise.all([data(township, hazards), data(officer, hazards)]);
    expect(mine.hazards.totalCount).toBeGreaterThan(0);
    expect(mine.hazards.totalCount).toBeLessThan(all.hazards.totalCount);
    expect(mine.hazards.nodes).toHaveLength(Math.min(100, mine.hazards.totalCount));
    for (const node of mine.hazards.nodes) {
      expect(node.township.id).toBe(TOWNSHIP);
      expect(node.entity.township.id).toBe(TOWNSHIP);
    }
    // What the officer sees outside the township stays out of reach by id, and a filter cannot widen the scope.
    const elsewhere = all.hazards.nodes.find((n: { township: { id: string } }) => n.township.id !== TOWNSHIP);
    expect(elsewhere).toBeDefined();
    const byId = await gql(township, 'query ($id: ID!) { hazard(id: $id) { id } }', { id: elsewhere.id });
    expect(byId.data?.hazard ?? null).toBeNull();
    expect(codes(byId)).toContain('FORBIDDEN');
    const filtered = await data(township, 'query ($t: ID!) { hazards(filter: { townshipId: $t }) { totalCount } }', {
      t: elsewhere.township.id,
    });
    expect(filtered.hazards.totalCount).toBe(0);
  });

  it('refuses a township officer’s hazard at another township’s business, writing nothing', async () => {
    // A round of the officer's own covering both townships, so that only the business's township decides.
    const businesses = await data(
      officer,
      `query ($mine: ID!) {
        mine: entities(first: 1, filter: { townshipId: $mine, status: OPERATING }) { nodes { id township { id } } }
        other: entities(first: 1, filter: { townshipId: "511902002", status: OPERATING }) { nodes { id township { id } } }
      }`,
      { mine: TOWNSHIP },
    );
    const [own] = businesses.mine.nodes;
    const [foreign] = businesses.other.nodes;
    expect(foreign.township.id).not.toBe(TOWNSHIP);
    const { createHazardInvestigation: round } = await data(
      officer,
      'mutation ($input: HazardInvestigationInput!) { createHazardInvestigation(input: $input) { id townshipIds } }',
      {
        input: {
          theme: '网关测试隐患排查',
          townshipIds: [TOWNSHIP, foreign.township.id],
          startDate: chinaDay(-20),
          endDate: chinaDay(20),
        },
      },
    );
    const RECORD =
      'mutation ($input: HazardInput!) { recordHazard(input: $input) { id status township { id } investigation { id } } }';
    const hazard = (entityId: string, description: string) => ({
      input: { investigationId: round.id, entityId, description, foundOn: chinaDay(-1), rectifyBy: chinaDay(10) },
    });

    const refused = await gql(township, RECORD, hazard(foreign.id, '网关测试:越权登记的隐患'));
    expect(refused.data?.recordHazard ?? null).toBeNull();
    // The kit's refusal of a business outside the caller's township: it does not exist for them (docs/api.md#errors: bad
    // input, naming the field), so that the answer does not even confirm another township's business.
    expect(refused.errors?.[0], JSON.stringify(refused.errors)).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'entityId' },
    });
    expect(refused.errors?.[0]?.message).toContain('不在您的辖区内');
    // Saying the business is in the officer's township does not help: the township comes from the register.
    const lying = await gql(township, RECORD, {
      input: { ...hazard(foreign.id, '网关测试:越权登记的隐患').input, townshipId: TOWNSHIP },
    });
    expect(lying.data?.recordHazard ?? null).toBeNull();
    expect(codes(lying)).toEqual(['BAD_USER_INPUT']);
    // Nor does a direct name for the other township's round: the officer cannot open one there.
    const elsewhere = await gql(
      township,
      'mutation ($input: HazardInvestigationInput!) { createHazardInvestigation(input: $input) { id } }',
      {
        input: {
          theme: '网关测试:越权排查',
          townshipIds: [foreign.township.id],
          startDate: chinaDay(-20),
          endDate: chinaDay(20),
        },
      },
    );
    expect(elsewhere.data?.createHazardInvestigation ?? null).toBeNull();
    expect(codes(elsewhere)[0]).toMatch(/^(FORBIDDEN|BAD_USER_INPUT)$/);
    const written = await data(
      officer,
      'query ($id: ID!) { hazards(filter: { investigationId: $id }) { totalCount } byText: hazards(filter: { search: "越权登记" }) { totalCount } }',
      { id: round.id },
    );
    expect(written.hazards.totalCount).toBe(0);
    expect(written.byText.totalCount).toBe(0);
    const rounds = await data(officer, '{ hazardInvestigations(filter: { search: "越权排查" }) { totalCount } }');
    expect(rounds.hazardInvestigations.totalCount).toBe(0);

    // The same officer may record one at a business of their own township in the same round.
    const allowed = await data(township, RECORD, hazard(own.id, '网关测试:本辖区隐患'));
    expect(allowed.recordHazard).toMatchObject({
      status: 'OPEN',
      township: { id: TOWNSHIP },
      investigation: { id: round.id },
    });
    const after = await data(officer, 'query ($id: ID!) { hazards(filter: { investigationId: $id }) { totalCount } }', {
      id: round.id,
    });
    expect(after.hazards.totalCount).toBe(1);
  });

  it('gives a partner no risk list and only the incidents that name it', async () => {
    for (const list of ['risks', 'duties', 'hazards', 'hazardInvestigations', 'drills']) {
      const result = await gql(police, `{ ${list} { totalCount } }`);
      expect(codes(result), list).toContain('FORBIDDEN');
      expect(result.data?.[list as keyof typeof result.data] ?? null, list).toBeNull();
    }
    const incidents = '{ incidents(first: 100) { totalCount nodes { id responseDepartments } } }';
    const [theirs, all] = await Promise.all([data(police, incidents), data(officer, incidents)]);
    const naming = all.incidents.nodes.filter((n: { responseDepartments: string[] }) =>
      n.responseDepartments.includes('police'),
    );
    expect(naming.length).toBeGreaterThan(0);
    expect(naming.length).toBeLessThan(all.incidents.totalCount);
    expect(theirs.incidents.totalCount).toBe(naming.length);
    expect(theirs.incidents.nodes.map((n: { id: string }) => n.id).sort()).toEqual(
      naming.map((n: { id: string }) => n.id).sort(),
    );
    const other = all.incidents.nodes.find(
      (n: { responseDepartments: string[] }) => !n.responseDepartments.includes('police'),
    );
    const byId = await gql(police, 'query ($id: ID!) { incident(id: $id) { id title } }', { id: other.id });
    expect(byId.data?.incident ?? null).toBeNull();
    expect(codes(byId)).toContain('FORBIDDEN');
    // A partner cannot write, even about an incident it is named on.
    const write = await gql(police, 'mutation ($id: ID!) { markIncidentReported(id: $id, version: 1) { id } }', {
      id: naming[0].id,
    });
    expect(codes(write)).toContain('FORBIDDEN');
  });

  it('reads an incident’s reporting clock: deadline, hours allowed and whether it was missed', async () => {
    const query = `query ($search: String!) { incidents(filter: { search: $search }) { nodes {
      id level receivedAt reportedAt
      reportClock { deadline hoursAllowed reportedAt missed status remainingMinutes source } } }
      incidentReportRules { level hours } }`;
    const rules = async (search: string) => {
      const result = await data(officer, query, { search });
      expect(result.incidents.nodes).toHaveLength(1);
      const [incident] = result.incidents.nodes;
      const rule = result.incidentReportRules.find((r: { level: string }) => r.level === incident.level);
      return { incident, clock: incident.reportClock, hours: rule.hours as number };
    };
    const deadlineOf = (receivedAt: string, hours: number) =>
      new Date(new Date(receivedAt).getTime() + hours * 3_600_000).toISOString();

    // Level IV, received 13:20 and reported 14:40: within its two hours.
    const onTime = await rules('学生疑似食物中毒');
    expect(onTime.incident.level).toBe('IV');
    expect(onTime.clock).toMatchObject({ hoursAllowed: 2, missed: false, status: 'MET', remainingMinutes: null });
    expect(onTime.hours).toBe(2);
    expect(new Date(onTime.clock.deadline).toISOString()).toBe(deadlineOf(onTime.incident.receivedAt, 2));
    expect(onTime.clock.reportedAt).toBe(onTime.incident.reportedAt);
    expect(onTime.clock.source).toMatch(/[\u4e00-\u9fa5]/);

    // Received 22:10, reported 00:45 the next day: 2 h 35 min, the clock missed.
    const late = await rules('农村自办宴席');
    expect(late.clock).toMatchObject({ hoursAllowed: late.hours, missed: true, status: 'LATE' });
    expect(new Date(late.clock.deadline).toISOString()).toBe(deadlineOf(late.incident.receivedAt, late.hours));
    expect(new Date(late.clock.reportedAt).getTime()).toBeGreaterThan(new Date(late.clock.deadline).getTime());

    // An incident received three hours ago and not yet reported has missed a level III clock (2 hours).
    const receivedAt = new Date(Date.now() - 3 * 3_600_000).toISOString();
    const { reportIncident } = await data(
      officer,
      `mutation ($input: IncidentInput!) { reportIncident(input: $input) {
        id reportClock { deadline hoursAllowed missed status remainingMinutes } } }`,
      {
        input: {
          title: '网关测试突发事件',
          kind: 'FOOD_POISONING',
          level: 'III',
          occurredAt: new Date(Date.now() - 4 * 3_600_000).toISOString(),
          receivedAt,
          place: '网关测试地点',
          townshipId: TOWNSHIP,
          affected: 5,
        },
      },
    );
    const clock = reportIncident.reportClock;
    expect(clock).toMatchObject({ hoursAllowed: 2, missed: true, status: 'OVERDUE' });
    expect(new Date(clock.deadline).toISOString()).toBe(deadlineOf(receivedAt, 2));
    expect(clock.remainingMinutes).toBeLessThanOrEqual(-59);
    expect(clock.remainingMinutes).toBeGreaterThanOrEqual(-61 - 5);
  });
});
