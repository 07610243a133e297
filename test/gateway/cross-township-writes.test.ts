import { getNamedType, type GraphQLInputObjectType, isInputObjectType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiSchema } from '../harness/access-matrix';
import { data, gql } from '../harness/graphql';

/**
 * A township officer (township 511902001) writing against a business of another township (E0002, in 511902002),
 * through the real gateway: the subgraph asks the entities subgraph, through the gateway with the caller's own
 * token, which township the business is in, and refuses before anything is written. The officer even claims their
 * own township beside the foreign business, the way an attacker would.
 */

const OWN_TOWNSHIP = '511902001';
const FOREIGN_ENTITY = 'E0002';
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

interface Ids {
  planId: string;
  officialId: string;
  sessionId: string;
  inspectorId: string;
  /** An opinion event the township officer may edit (in their own township). */
  opinionEventId: string;
  /** A hazard investigation round the township officer sees (it covers their township). */
  investigationId: string;
  /** A day inside that round's period (a hazard found outside it is refused for its date first). */
  investigationDay: string;
}

interface WriteCase {
  mutation: string;
  variables: (ids: Ids) => Record<string, unknown>;
  /** Counts, read as officer, that must not change: what the refused write would have added to. */
  evidence: string;
}

const WRITES: Record<string, WriteCase> = {
  registerSample: {
    mutation: 'mutation($i: SampleInput!) { registerSample(input: $i) { id } }',
    variables: (ids) => ({
      i: {
        planId: ids.planId,
        entityId: FOREIGN_ENTITY,
        townshipId: OWN_TOWNSHIP,
        foodName: '大米',
        category: 'GRAIN_PRODUCTS',
        batchNumber: 'X-1',
        sampledOn: today,
        samplers: ['张三', '李四'],
        lab: '检测所',
      },
    }),
    evidence: `samples(filter: { entityId: "${FOREIGN_ENTITY}" }) { totalCount }`,
  },
  registerInfantFormulaBatch: {
    mutation: 'mutation($i: InfantFormulaBatchInput!) { registerInfantFormulaBatch(input: $i) { id } }',
    variables: () => ({
      i: {
        brand: '某品牌',
        product: '某产品',
        stage: 1,
        batchNumber: 'IF-X-1',
        entityId: FOREIGN_ENTITY,
        townshipId: OWN_TOWNSHIP,
        foundOn: today,
      },
    }),
    evidence: 'infantFormulaBatches { totalCount }',
  },
  createClue: {
    mutation: 'mutation($i: ClueInput!) { createClue(input: $i) { id } }',
    variables: () => ({
      i: {
        title: '越权线索',
        source: 'COMPLAINT',
        entityId: FOREIGN_ENTITY,
        townshipId: OWN_TOWNSHIP,
        receivedOn: today,
        description: '测试',
      },
    }),
    evidence: `cases(filter: { entityId: "${FOREIGN_ENTITY}" }) { totalCount }`,
  },
  createInspection: {
    mutation: 'mutation($i: InspectionInput!) { createInspection(input: $i) { id } }',
    variables: (ids) => ({
      i: {
        entityId: FOREIGN_ENTITY,
        townshipId: OWN_TOWNSHIP,
        inspectedOn: today,
        kind: 'ROUTINE',
        verdict: 'COMPLIANT',
        inspectorIds: [ids.inspectorId],
        findings: '测试',
      },
    }),
    evidence: `inspections(filter: { entityId: "${FOREIGN_ENTITY}" }) { totalCount }`,
  },
  runDraw: {
    mutation: 'mutation($i: RandomDrawInput!) { runDraw(input: $i) { id } }',
    variables: () => ({
      i: {
        title: '越权抽查',
        drawnOn: today,
        populationCriteria: '测试',
        population: [{ entityId: FOREIGN_ENTITY, townshipId: OWN_TOWNSHIP }],
        entityCount: 1,
        inspectorsPerEntity: 1,
      },
    }),
    evidence: 'randomDraws { totalCount }',
  },
  assignOfficial: {
    mutation: 'mutation($i: AssignmentInput!) { assignOfficial(input: $i) { id } }',
    variables: (ids) => ({ i: { officialId: ids.officialId, entityId: FOREIGN_ENTITY, startsOn: today } }),
    evidence: `entity(id: "${FOREIGN_ENTITY}") { assignments { id } }`,
  },
  addLicense: {
    mutation: 'mutation($i: LicenseInput!) { addLicense(input: $i) { id } }',
    variables: () => ({
      i: {
        entityId: FOREIGN_ENTITY,
        kind: 'BUSINESS',
        number: 'JY15119020000001',
        issuedOn: today,
        validUntil: '2031-01-01',
      },
    }),
    evidence: `entity(id: "${FOREIGN_ENTITY}") { licenses { id } }`,
  },
  assessRisk: {
    mutation: 'mutation($i: RiskAssessmentInput!) { assessRisk(input: $i) { id } }',
    variables: () => ({
      i: {
        entityId: FOREIGN_ENTITY,
        year: Number(today.slice(0, 4)),
        staticScore: 20,
        dynamicScore: 20,
        assessedOn: today,
      },
    }),
    evidence: `entity(id: "${FOREIGN_ENTITY}") { riskAssessments { id } }`,
  },
  reportOpinionEvent: {
    mutation: 'mutation($i: OpinionEventInput!) { reportOpinionEvent(input: $i) { id } }',
    variables: () => ({
      i: {
        title: '越权舆情',
        content: '测试',
        platform: '微博',
        detectedAt: new Date().toISOString(),
        severity: 'GENERAL',
        entityId: FOREIGN_ENTITY,
        townshipId: OWN_TOWNSHIP,
      },
    }),
    evidence: 'opinionEvents { totalCount }',
  },
  linkOpinionEvent: {
    // The township officer's own opinion event, re-linked to a business of another township.
    mutation: 'mutation($id: ID!, $e: ID, $t: ID) { linkOpinionEvent(id: $id, entityId: $e, townshipId: $t) { id } }',
    variables: (ids) => ({ id: ids.opinionEventId, e: FOREIGN_ENTITY, t: OWN_TOWNSHIP }),
    evidence: 'opinionEvents(first: 100) { nodes { id townshipId entity { id } } }',
  },
  recordAttendance: {
    mutation:
      'mutation($s: ID!, $rows: [AttendanceInput!]!) { recordAttendance(sessionId: $s, entries: $rows) { id } }',
    variables: (ids) => ({
      s: ids.sessionId,
      rows: [{ entityId: FOREIGN_ENTITY, townshipId: OWN_TOWNSHIP, personName: '王五', jobTitle: '负责人' }],
    }),
    evidence: `attendances(filter: { entityId: "${FOREIGN_ENTITY}" }) { totalCount }`,
  },
  recordTrainingAssessment: {
    mutation: 'mutation($i: TrainingAssessmentInput!) { recordTrainingAssessment(input: $i) { id } }',
    variables: () => ({
      i: {
        entityId: FOREIGN_ENTITY,
        townshipId: OWN_TOWNSHIP,
        assessedOn: today,
        assessed: 2,
        passed: 2,
        examiner: '考官',
      },
    }),
    evidence: `trainingAssessments(filter: { entityId: "${FOREIGN_ENTITY}" }) { totalCount }`,
  },
  recordWorkshopUpgrade: {
    mutation: 'mutation($i: WorkshopUpgradeInput!) { recordWorkshopUpgrade(input: $i) { id } }',
    variables: () => ({
      i: {
        entityId: FOREIGN_ENTITY,
        townshipId: OWN_TOWNSHIP,
        fromLevel: 'BASIC',
        toLevel: 'STANDARD',
        acceptedOn: today,
        acceptedBy: '验收人',
      },
    }),
    evidence: `workshopUpgrades(filter: { entityId: "${FOREIGN_ENTITY}" }) { totalCount }`,
  },
  createComplaint: {
    mutation: 'mutation($i: ComplaintInput!) { createComplaint(input: $i) { id } }',
    variables: () => ({
      i: {
        kind: 'COMPLAINT',
        channel: 'PHONE',
        entityId: FOREIGN_ENTITY,
        townshipId: OWN_TOWNSHIP,
        content: '越界登记的投诉',
        receivedOn: today,
      },
    }),
    evidence: `complaints(filter: { entityId: "${FOREIGN_ENTITY}" }) { totalCount }`,
  },
  recordHazard: {
    mutation: 'mutation($i: HazardInput!) { recordHazard(input: $i) { id } }',
    variables: (ids) => ({
      i: {
        investigationId: ids.investigationId,
        entityId: FOREIGN_ENTITY,
        townshipId: OWN_TOWNSHIP,
        description: '越界登记的隐患',
        foundOn: ids.investigationDay,
        rectifyBy: ids.investigationDay,
      },
    }),
    evidence: `hazards(filter: { entityId: "${FOREIGN_ENTITY}" }) { totalCount }`,
  },
  reportIncident: {
    mutation: 'mutation($i: IncidentInput!) { reportIncident(input: $i) { id } }',
    variables: () => ({
      i: {
        title: '越界报告的事件',
        kind: 'FOOD_POISONING',
        level: 'IV',
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        place: '某地',
        entityId: FOREIGN_ENTITY,
        townshipId: OWN_TOWNSHIP,
        affected: 3,
      },
    }),
    evidence: 'incidents(filter: { search: "越界报告的事件" }) { totalCount }',
  },
  // Only a village liaison files a village report, and only about their own village's businesses (villages.test.ts).
  reportFromVillage: {
    mutation: 'mutation($i: VillageReportInput!) { reportFromVillage(input: $i) { id } }',
    variables: () => ({ i: { kind: 'CLUE', entityId: FOREIGN_ENTITY, description: '乡镇监管员冒充协管员报告' } }),
    evidence: `villageReports(first: 1, filter: { entityId: "${FOREIGN_ENTITY}" }) { totalCount }`,
  },
};

/** Whether an input type names a business, at any depth (a draw's population, attendance rows …). */
function namesBusiness(type: GraphQLInputObjectType, seen = new Set<string>()): boolean {
  if (seen.has(type.name)) return false;
  seen.add(type.name);
  return Object.values(type.getFields()).some((field) => {
    if (field.name === 'entityId') return true;
    const named = getNamedType(field.type);
    return isInputObjectType(named) && namesBusiness(named, seen);
  });
}

describe('a township officer writing against another township, through the gateway', () => {
  let ids: Ids;

  beforeAll(async () => {
    const found = await data(
      { as: 'officer' },
      `{
      samplingPlans(first: 1) { nodes { id } }
      trainingSessions(first: 1) { nodes { id } }
      inspectors(first: 1) { nodes { id } }
    }`,
    );
    const own = await data(
      { as: 'township' },
      '{ officials(first: 1) { nodes { id } } opinionEvents(first: 1) { nodes { id } } hazardInvestigations(first: 1) { nodes { id startDate } } }',
    );
    ids = {
      planId: found.samplingPlans.nodes[0].id,
      sessionId: found.trainingSessions.nodes[0].id,
      inspectorId: found.inspectors.nodes[0].id,
      officialId: own.officials.nodes[0].id,
      opinionEventId: own.opinionEvents.nodes[0].id,
      investigationId: own.hazardInvestigations.nodes[0].id,
      investigationDay: own.hazardInvestigations.nodes[0].startDate,
    };
  });

  it('has a case here for every mutation whose input names a business', () => {
    const mutation = apiSchema().getMutationType();
    const naming = Object.values(mutation?.getFields() ?? {})
      .filter((field) =>
        field.args.some((arg) => {
          const named = getNamedType(arg.type);
          return (isInputObjectType(named) && namesBusiness(named)) || arg.name === 'entityId';
        }),
      )
      .map((field) => field.name)
      .sort();
    expect(naming).toEqual(Object.keys(WRITES).sort());
  });

  for (const [name, write] of Object.entries(WRITES)) {
    it(`${name}: refused, and nothing is written`, async () => {
      const before = await data({ as: 'officer' }, `{ ${write.evidence} }`);
      const result = await gql({ as: 'township' }, write.mutation, write.variables(ids));
      expect(result.data?.[name] ?? null).toBeNull();
      const error = result.errors?.[0];
      expect(error?.extensions?.code, JSON.stringify(result.errors)).toMatch(/^(BAD_USER_INPUT|FORBIDDEN)$/);
      // Refused as input, it is about whose business it is, not some other field of the input.
      if (error?.extensions?.code === 'BAD_USER_INPUT') {
        expect(error.message, JSON.stringify(result.errors)).toMatch(/辖区|乡镇/);
      }
      expect(await data({ as: 'officer' }, `{ ${write.evidence} }`)).toEqual(before);
    });
  }

  it('refuses a township that disagrees with the business, even for an officer who sees every township', async () => {
    const before = await data({ as: 'officer' }, `{ ${WRITES.createClue?.evidence} }`);
    const result = await gql({ as: 'officer' }, 'mutation($i: ClueInput!) { createClue(input: $i) { id } }', {
      i: {
        title: '乡镇不一致',
        source: 'COMPLAINT',
        entityId: FOREIGN_ENTITY,
        townshipId: OWN_TOWNSHIP,
        receivedOn: today,
        description: '测试',
      },
    });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'townshipId' } });
    expect(result.errors?.[0]?.message).toContain('不一致');
    expect(await data({ as: 'officer' }, `{ ${WRITES.createClue?.evidence} }`)).toEqual(before);
  });
});
