import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CREDIT_CODE_ALPHABET, creditCodeCheckCharacter } from '@shian/codes';
import { Kind, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '../harness/enforcement';
import { apiSchema, ROLES, ROOT } from '../harness/access-matrix';
import { codes, data, gql } from '../harness/graphql';
import { platform } from '../harness/platform';

/**
 * The audit trail through the real gateway and subgraphs (issue 19, parts 3–4): every mutation of the API schema is
 * called here, through the API and as a user who may, on records brought into the state it needs by the steps
 * before it — and must leave rows in its domain's part of `auditTrail` naming it, its caller (username and role)
 * and the record it returned, a CREATE with the values written, an UPDATE with each changed field's value before
 * and after. A mutation nobody can call through the API is named in NOT_CALLED with its own reason; any other
 * mutation of the schema neither called nor named fails the first test, so a mutation added later is covered here
 * or explained. `auditTrail` is the bureau leaders' only.
 *
 * The records are dated today (the demo data is 2024's, risk's 2025's): other files ask for explicit years.
 */

const today = chinaDay();
const year = Number(today.slice(0, 4));
const unique = Date.now().toString(36);
const soon = chinaDay(10);
const later = chinaDay(60);

/** A business of the demo township, written by officers (who write in every township). */
const ENTITY = 'E0001';
const TOWNSHIP = '511902001';

interface Row {
  kind: 'CREATE' | 'UPDATE' | 'DELETE' | 'READ' | 'OPERATION';
  operation: string | null;
  action: string | null;
  recordType: string;
  recordId: string;
  parentId: string | null;
  actor: { username: string; role: string };
  changes: { field: string; from: string | null; to: string | null }[];
}

/** What the steps keep for the steps after them: demo records found first, then what each call returned. */
type State = Record<string, any>;

interface Step {
  mutation: string;
  /** Shown in the test's name when a mutation is called more than once (a case moved twice). */
  label?: string;
  /** Default officer. */
  as?: string;
  query: string;
  variables: (s: State) => Record<string, unknown>;
  /** Reads what the call needs that the steps before changed on the side (a case's version after its goods). */
  prepare?: (s: State) => Promise<void>;
  /** Keeps what later steps need from the answer (the mutation's field). */
  keep?: (answer: any, s: State) => void;
  /** The record the rows must name, when it is not the `id` the mutation returned. */
  record?: (s: State) => string;
  /** What else this call's rows must show. */
  check?: (rows: Row[], s: State) => void;
  /** A field the ORM changed on the record, whose row must say its value before and after. */
  changed?: { field: string; from?: (s: State) => string | null; to?: (s: State) => string | null };
}

const version = (answer: { id: string; version: number }) => ({ id: answer.id, version: answer.version });

const STEPS: Step[] = [
  // ── sampling: settings, 你点我检, a plan, a sample through testing, objection, 复检 and disposal ──
  {
    mutation: 'setCalendarDay',
    query: 'mutation($i: CalendarDayInput!) { setCalendarDay(input: $i) { date } }',
    variables: () => ({ i: { date: `${year + 1}-12-26`, kind: 'HOLIDAY', name: `审计测试${unique}` } }),
    record: () => `${year + 1}-12-26`,
  },
  {
    mutation: 'removeCalendarDay',
    query: 'mutation($d: String!) { removeCalendarDay(date: $d) }',
    variables: () => ({ d: `${year + 1}-12-26` }),
  },
  {
    mutation: 'updateClockRule',
    as: 'admin',
    // The rule as it stands: the call is recorded, the rule book unchanged for the other files.
    query: 'mutation($i: ClockRuleInput!) { updateClockRule(input: $i) { code } }',
    variables: (s) => {
      const { code, unit, amount, extension, source } = s.clockRule;
      return { i: { code, unit, amount, extension, source } };
    },
  },
  {
    mutation: 'createConsumerRequest',
    query: 'mutation($i: ConsumerRequestInput!) { createConsumerRequest(input: $i) { id } }',
    variables: () => ({
      i: {
        title: `审计测试征集${unique}`,
        category: 'GRAIN_PRODUCTS',
        description: '测试',
        channel: '线上',
        submittedBy: '市民',
        submittedOn: today,
      },
    }),
    keep: (a, s) => {
      s.request = a;
    },
  },
  {
    mutation: 'voteConsumerRequest',
    query: 'mutation($id: ID!) { voteConsumerRequest(id: $id, votes: 2) { id votes } }',
    variables: (s) => ({ id: s.request.id }),
  },
  {
    mutation: 'decideConsumerRequest',
    query: 'mutation($i: ConsumerRequestDecisionInput!) { decideConsumerRequest(input: $i) { id status } }',
    variables: (s) => ({ i: { requestId: s.request.id, status: 'ACCEPTED', reply: '纳入下一批次抽检' } }),
    changed: { field: 'status', from: () => 'COLLECTING', to: () => 'ACCEPTED' },
  },
  {
    mutation: 'createSamplingPlan',
    query: 'mutation($i: PlanInput!) { createSamplingPlan(input: $i) { id } }',
    variables: () => {
      const y = Number(chinaDay(-3).slice(0, 4));
      return {
        i: {
          year: y,
          level: 'DISTRICT',
          purpose: 'SUPERVISION',
          name: `审计测试抽检计划${unique}`,
          issuer: '巴中市巴州区市场监督管理局',
          categories: ['GRAIN_PRODUCTS', 'INFANT_FORMULA'],
          quota: 5,
          startsOn: `${y}-01-01`,
          endsOn: `${y}-12-31`,
        },
      };
    },
    keep: (a, s) => {
      s.planId = a.id;
    },
  },
  {
    mutation: 'registerSample',
    query: 'mutation($i: SampleInput!) { registerSample(input: $i) { id version } }',
    variables: (s) => ({
      i: {
        planId: s.planId,
        entityId: ENTITY,
        townshipId: TOWNSHIP,
        foodName: '大米',
        category: 'GRAIN_PRODUCTS',
        batchNumber: `AU-${unique}`,
        sampledOn: chinaDay(-3),
        samplers: ['张三', '李四'],
        lab: '巴中市食品药品检验检测中心',
      },
    }),
    keep: (a, s) => {
      s.sample = a;
    },
  },
  {
    mutation: 'moveSample',
    label: '送检',
    query: 'mutation($i: MoveSampleInput!) { moveSample(input: $i) { id version status } }',
    variables: (s) => ({ i: { sampleId: s.sample.id, to: 'TESTING', on: chinaDay(-3) } }),
    changed: { field: 'status', from: () => 'SAMPLED', to: () => 'TESTING' },
  },
  {
    mutation: 'recordTestResults',
    query: 'mutation($id: ID!, $items: [TestItemInput!]!) { recordTestResults(sampleId: $id, items: $items) { id } }',
    variables: (s) => ({
      id: s.sample.id,
      items: [
        {
          name: '镉(以Cd计)',
          measured: '0.35',
          limit: '≤0.2',
          unit: 'mg/kg',
          standard: 'GB 2762-2022',
          failureKind: 'HEAVY_METAL',
        },
      ],
    }),
    check: (rows, s) => expect(childOf(rows, 'TestItem')).toEqual([s.sample.id]),
  },
  {
    mutation: 'moveSample',
    label: '判定不合格',
    query: 'mutation($i: MoveSampleInput!) { moveSample(input: $i) { id version status } }',
    variables: (s) => ({ i: { sampleId: s.sample.id, to: 'UNQUALIFIED', on: chinaDay(-1), notifiedOn: chinaDay(-1) } }),
    changed: { field: 'status', from: () => 'TESTING', to: () => 'UNQUALIFIED' },
  },
  {
    mutation: 'fileObjection',
    query: 'mutation($i: ObjectionInput!) { fileObjection(input: $i) { id } }',
    variables: (s) => ({
      i: {
        sampleId: s.sample.id,
        kind: 'TEST_METHOD',
        filedOn: today,
        applicant: '某粮油店',
        reason: '对检验方法有异议',
      },
    }),
    keep: (a, s) => {
      s.objectionId = a.id;
    },
  },
  {
    mutation: 'decideObjection',
    query: 'mutation($i: ObjectionDecisionInput!) { decideObjection(input: $i) { id } }',
    variables: (s) => ({
      i: { objectionId: s.objectionId, status: 'REJECTED', decidedOn: today, conclusion: '异议不成立' },
    }),
    changed: { field: 'status', from: () => 'PENDING', to: () => 'REJECTED' },
  },
  {
    mutation: 'requestRecheck',
    query: 'mutation($i: RecheckInput!) { requestRecheck(input: $i) { id } }',
    variables: (s) => ({
      i: { sampleId: s.sample.id, requestedOn: today, applicant: '某粮油店', lab: '四川省食品检验研究院' },
    }),
    keep: (a, s) => {
      s.recheckId = a.id;
    },
  },
  {
    mutation: 'recordRecheckResult',
    query: 'mutation($i: RecheckResultInput!) { recordRecheckResult(input: $i) { id } }',
    variables: (s) => ({ i: { recheckId: s.recheckId, result: 'UNQUALIFIED', completedOn: today } }),
  },
  {
    mutation: 'startDisposal',
    query: 'mutation($i: DisposalInput!) { startDisposal(input: $i) { id } }',
    variables: (s) => ({ i: { sampleId: s.sample.id, startedOn: today, actions: ['OFF_SHELF'], quantity: 3 } }),
    keep: (a, s) => {
      s.disposalId = a.id;
    },
  },
  {
    mutation: 'extendDisposal',
    query: 'mutation($id: ID!) { extendDisposal(disposalId: $id) { id } }',
    variables: (s) => ({ id: s.disposalId }),
    changed: { field: 'extended', to: () => 'true' },
  },
  {
    mutation: 'completeDisposal',
    query: 'mutation($i: CompleteDisposalInput!) { completeDisposal(input: $i) { id } }',
    variables: (s) => ({ i: { disposalId: s.disposalId, completedOn: today, measures: '已下架3袋' } }),
    changed: { field: 'completedOn', from: () => null, to: () => today },
  },
  {
    mutation: 'registerSample',
    label: '婴幼儿配方食品',
    query: 'mutation($i: SampleInput!) { registerSample(input: $i) { id } }',
    variables: (s) => ({
      i: {
        planId: s.planId,
        entityId: ENTITY,
        townshipId: TOWNSHIP,
        foodName: '婴儿配方奶粉',
        category: 'INFANT_FORMULA',
        batchNumber: `IF-AU-${unique}`,
        sampledOn: chinaDay(-3),
        samplers: ['张三', '李四'],
        lab: '巴中市食品药品检验检测中心',
      },
    }),
    keep: (a, s) => {
      s.formulaSampleId = a.id;
    },
  },
  {
    mutation: 'registerInfantFormulaBatch',
    query: 'mutation($i: InfantFormulaBatchInput!) { registerInfantFormulaBatch(input: $i) { id } }',
    variables: () => ({
      i: {
        brand: '某品牌',
        product: '某产品',
        stage: 1,
        batchNumber: `IF-AU-${unique}`,
        entityId: ENTITY,
        townshipId: TOWNSHIP,
        foundOn: today,
      },
    }),
    keep: (a, s) => {
      s.batchId = a.id;
    },
  },
  {
    mutation: 'linkInfantFormulaSample',
    query: 'mutation($b: ID!, $s: ID!) { linkInfantFormulaSample(batchId: $b, sampleId: $s) { id } }',
    variables: (s) => ({ b: s.batchId, s: s.formulaSampleId }),
  },

  // ── entities: a new business and its licence, settings, notices, officials' visits, stations, villages ──
  {
    mutation: 'createEntity',
    query: 'mutation($i: EntityInput!) { createEntity(input: $i) { id version } }',
    variables: () => ({
      i: {
        name: `审计测试食品店${unique}`,
        creditCode: freshCreditCode(),
        category: 'FOOD_SELLER',
        townshipId: TOWNSHIP,
        address: '巴中市巴州区江北大道1号',
        legalRepresentative: '王测试',
      },
    }),
    keep: (a, s) => {
      s.entity = a;
    },
  },
  {
    mutation: 'updateEntity',
    query: 'mutation($id: ID!, $i: EntityUpdateInput!) { updateEntity(id: $id, input: $i) { id } }',
    variables: (s) => ({ id: s.entity.id, i: { address: '巴中市巴州区江北大道2号', version: s.entity.version } }),
    changed: { field: 'address', from: () => '巴中市巴州区江北大道1号', to: () => '巴中市巴州区江北大道2号' },
  },
  {
    mutation: 'addLicense',
    query: 'mutation($i: LicenseInput!) { addLicense(input: $i) { id } }',
    variables: (s) => ({
      i: {
        entityId: s.entity.id,
        kind: 'BUSINESS',
        number: `JY1511902${String(Date.now()).slice(-7)}`,
        issuedOn: today,
        validUntil: `${year + 5}-01-01`,
      },
    }),
    check: (rows, s) => expect(childOf(rows, 'License')).toEqual([s.entity.id]),
  },
  {
    mutation: 'updateGradingRule',
    as: 'admin',
    query: 'mutation($a: Float!, $b: Float!, $c: Float!) { updateGradingRule(aMax: $a, bMax: $b, cMax: $c) { aMax } }',
    variables: ({ gradingRule: g }) => ({ a: g.aMax, b: g.bMax, c: g.cMax }),
    record: () => '',
  },
  {
    mutation: 'setVillageReportTriageDays',
    as: 'admin',
    query: 'mutation($d: Int!) { setVillageReportTriageDays(workingDays: $d) { triageWorkingDays } }',
    variables: (s) => ({ d: s.triageDays }),
    record: () => '',
  },
  {
    mutation: 'sendNotice',
    query: 'mutation($i: NoticeInput!) { sendNotice(input: $i) { id } }',
    variables: () => ({
      i: {
        kind: 'PROMPT_LETTER',
        townshipId: TOWNSHIP,
        title: `审计测试提示函${unique}`,
        content: '测试',
        sentOn: today,
      },
    }),
    keep: (a, s) => {
      s.noticeId = a.id;
    },
  },
  {
    mutation: 'recordNoticeReply',
    // The township the notice went to records its reply.
    as: 'township',
    query:
      'mutation($id: ID!, $on: LocalDate!) { recordNoticeReply(id: $id, repliedOn: $on, reply: "已收悉,正在整改") { id } }',
    variables: (s) => ({ id: s.noticeId, on: today }),
    changed: { field: 'repliedOn', from: () => null, to: () => today },
  },
  {
    mutation: 'assessRisk',
    query: 'mutation($i: RiskAssessmentInput!) { assessRisk(input: $i) { id } }',
    variables: (s) => ({ i: { entityId: s.entity.id, year, staticScore: 20, dynamicScore: 20, assessedOn: today } }),
  },
  {
    mutation: 'assignOfficial',
    query: 'mutation($i: AssignmentInput!) { assignOfficial(input: $i) { id } }',
    variables: (s) => ({ i: { officialId: s.officialId, entityId: s.entity.id, startsOn: today } }),
    keep: (a, s) => {
      s.assignmentId = a.id;
    },
  },
  {
    mutation: 'recordVisit',
    query: 'mutation($i: VisitInput!) { recordVisit(input: $i) { id } }',
    variables: (s) => ({ i: { assignmentId: s.assignmentId, visitedOn: today, findings: '审计测试:检查进货台账' } }),
  },
  {
    mutation: 'setStationChecklistItem',
    label: '勾选',
    query:
      'mutation($id: ID!, $v: Int!, $k: String!, $d: Boolean!, $on: String) { setStationChecklistItem(stationId: $id, version: $v, key: $k, done: $d, doneOn: $on) { id version } }',
    variables: (s) => ({
      id: s.station.id,
      v: s.station.version,
      k: s.station.item.key,
      d: !s.station.item.done,
      on: today,
    }),
    keep: (a, s) => {
      s.station.version = a.version;
    },
    record: (s) => s.station.id,
  },
  {
    mutation: 'setStationChecklistItem',
    label: '复原',
    // Back as the demo data has it, for the files that read the stations.
    query:
      'mutation($id: ID!, $v: Int!, $k: String!, $d: Boolean!, $on: String) { setStationChecklistItem(stationId: $id, version: $v, key: $k, done: $d, doneOn: $on) { id version } }',
    variables: (s) => ({
      id: s.station.id,
      v: s.station.version,
      k: s.station.item.key,
      d: s.station.item.done,
      on: s.station.item.doneOn,
    }),
    record: (s) => s.station.id,
  },
  {
    mutation: 'reportFromVillage',
    as: 'village',
    query: 'mutation($i: VillageReportInput!) { reportFromVillage(input: $i) { id version } }',
    variables: (s) => ({ i: { kind: 'CLUE', entityId: s.villageBusiness, description: `审计测试:过期食品${unique}` } }),
    keep: (a, s) => {
      s.reports = [a];
    },
  },
  {
    mutation: 'reportFromVillage',
    label: '第二份',
    as: 'village',
    query: 'mutation($i: VillageReportInput!) { reportFromVillage(input: $i) { id version } }',
    variables: (s) => ({
      i: { kind: 'HAZARD', entityId: s.villageBusiness, description: `审计测试:无防蝇设施${unique}` },
    }),
    keep: (a, s) => {
      s.reports.push(a);
    },
  },
  {
    mutation: 'reportFromVillage',
    label: '第三份',
    as: 'village',
    query: 'mutation($i: VillageReportInput!) { reportFromVillage(input: $i) { id version } }',
    variables: () => ({ i: { kind: 'CLUE', entityName: '流动摊点', description: `审计测试:流动摊点${unique}` } }),
    keep: (a, s) => {
      s.reports.push(a);
    },
  },
  {
    mutation: 'dismissVillageReport',
    as: 'township',
    query:
      'mutation($id: ID!, $v: Int!) { dismissVillageReport(id: $id, version: $v, reason: "审计测试:不属实") { id } }',
    variables: (s) => ({ id: s.reports[2].id, v: s.reports[2].version }),
    changed: { field: 'status', from: () => 'PENDING', to: () => 'DISMISSED' },
  },

  // ── enforcement: campaigns, a case from clue to penalty, a transfer, complaints, inspections, draws ──
  {
    mutation: 'createCampaign',
    query: 'mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }',
    variables: () => ({
      i: {
        name: `审计测试专项${unique}`,
        kind: 'ENFORCEMENT',
        startsOn: today,
        endsOn: today,
        lead: '李执法',
        focus: '测试',
      },
    }),
  },
  {
    mutation: 'createClue',
    query: 'mutation($i: ClueInput!) { createClue(input: $i) { id version } }',
    variables: () => ({
      i: {
        title: `审计测试线索${unique}`,
        source: 'COMPLAINT',
        entityId: ENTITY,
        receivedOn: today,
        description: '测试',
      },
    }),
    keep: (a, s) => {
      s.case = version(a);
    },
  },
  {
    mutation: 'updateCase',
    query: 'mutation($i: CaseUpdateInput!) { updateCase(input: $i) { id version } }',
    variables: (s) => ({ i: { caseId: s.case.id, version: s.case.version, title: `审计测试线索(改)${unique}` } }),
    keep: (a, s) => {
      s.case = version(a);
    },
    changed: { field: 'title', from: () => `审计测试线索${unique}`, to: () => `审计测试线索(改)${unique}` },
  },
  ...(['FILED', 'INVESTIGATING'] as const).map(
    (to): Step => ({
      mutation: 'moveCase',
      label: to,
      query: 'mutation($i: CaseMoveInput!) { moveCase(input: $i) { id version } }',
      variables: (s) => ({
        i: {
          caseId: s.case.id,
          version: s.case.version,
          to,
          on: today,
          ...(to === 'FILED'
            ? {
                officerIds: s.inspectorIds,
                violations: ['EXPIRED'],
                legalBasis: '《中华人民共和国食品安全法》第三十四条第(十)项',
              }
            : {}),
        },
      }),
      keep: (a, s) => {
        s.case = version(a);
      },
    }),
  ),
  {
    mutation: 'pauseCaseClock',
    query: 'mutation($i: CasePauseInput!) { pauseCaseClock(input: $i) { id version } }',
    variables: (s) => ({
      i: { caseId: s.case.id, version: s.case.version, kind: 'TESTING', startsOn: today, reason: '审计测试:送检' },
    }),
    keep: (a, s) => {
      s.case = version(a);
    },
  },
  {
    mutation: 'resumeCaseClock',
    query: 'mutation($i: CaseResumeInput!) { resumeCaseClock(input: $i) { id version } }',
    variables: (s) => ({ i: { caseId: s.case.id, version: s.case.version, endsOn: today } }),
    keep: (a, s) => {
      s.case = version(a);
    },
  },
  {
    mutation: 'extendCaseClock',
    query: 'mutation($i: CaseExtensionInput!) { extendCaseClock(input: $i) { id version } }',
    variables: (s) => ({ i: { caseId: s.case.id, version: s.case.version, clock: 'DECISION' } }),
    keep: (a, s) => {
      s.case = version(a);
    },
  },
  {
    mutation: 'recordSeizure',
    check: (rows, s) => expect(childOf(rows, 'SeizedItem')).toEqual([s.case.id]),
    query: 'mutation($i: SeizedItemInput!) { recordSeizure(input: $i) { id version } }',
    variables: (s) => ({
      i: {
        caseId: s.case.id,
        name: '过期饼干',
        quantity: 3,
        unit: '箱',
        measure: 'SEIZE',
        seizedOn: today,
        custodian: '李执法',
        location: '局暂扣物品仓库',
      },
    }),
    keep: (a, s) => {
      s.seized = a;
    },
  },
  {
    mutation: 'updateSeizedItem',
    query: 'mutation($i: SeizedItemUpdateInput!) { updateSeizedItem(input: $i) { id } }',
    variables: (s) => ({ i: { itemId: s.seized.id, location: '局暂扣物品仓库二号', version: s.seized.version } }),
  },
  ...(['NOTIFIED', 'DECIDED'] as const).map(
    (to): Step => ({
      mutation: 'moveCase',
      label: to,
      // Recording and editing its seized goods moved the case's version.
      prepare: async (s) => {
        const { case: found } = await data({ as: 'officer' }, 'query($id: ID!) { case(id: $id) { id version } }', {
          id: s.case.id,
        });
        s.case = version(found);
      },
      query: 'mutation($i: CaseMoveInput!) { moveCase(input: $i) { id version } }',
      variables: (s) => ({
        i: {
          caseId: s.case.id,
          version: s.case.version,
          to,
          on: today,
          ...(to === 'DECIDED' ? { penalty: { kinds: ['FINE'], fine: 5000 } } : {}),
        },
      }),
      keep: (a, s) => {
        s.case = version(a);
      },
    }),
  ),
  {
    mutation: 'updatePenaltyProgress',
    query: 'mutation($i: PenaltyProgressInput!) { updatePenaltyProgress(input: $i) { id version } }',
    variables: (s) => ({ i: { caseId: s.case.id, version: s.case.version, paidOn: today } }),
  },
  {
    mutation: 'createClue',
    label: '移送',
    query: 'mutation($i: ClueInput!) { createClue(input: $i) { id version } }',
    variables: () => ({
      i: {
        title: `审计测试移送${unique}`,
        source: 'COMPLAINT',
        entityId: ENTITY,
        receivedOn: today,
        description: '测试',
      },
    }),
    keep: (a, s) => {
      s.transferCase = version(a);
    },
  },
  {
    mutation: 'moveCase',
    label: 'TRANSFERRED',
    query: 'mutation($i: CaseMoveInput!) { moveCase(input: $i) { id version transfer { id } } }',
    variables: (s) => ({
      i: {
        caseId: s.transferCase.id,
        version: s.transferCase.version,
        to: 'TRANSFERRED',
        on: today,
        transfer: { department: 'AGRICULTURE', kind: 'JURISDICTION', reason: '属农业农村部门管辖' },
      },
    }),
    keep: (a, s) => {
      s.transferId = a.transfer.id;
    },
  },
  {
    mutation: 'receiveTransfer',
    as: 'agriculture',
    query: 'mutation($i: TransferReceiptInput!) { receiveTransfer(input: $i) { id } }',
    variables: (s) => ({
      i: {
        transferId: s.transferId,
        receivedOn: today,
        receiptNumber: `农受〔${unique}〕1号`,
        receivedBy: '农业综合执法大队',
      },
    }),
  },
  {
    mutation: 'answerTransfer',
    as: 'agriculture',
    query: 'mutation($i: TransferAnswerInput!) { answerTransfer(input: $i) { id } }',
    variables: (s) => ({ i: { transferId: s.transferId, answeredOn: today, outcome: 'FILED', note: '已立案' } }),
  },
  {
    mutation: 'createClue',
    label: '村(社区)报告',
    as: 'township',
    query: 'mutation($i: ClueInput!) { createClue(input: $i) { id } }',
    variables: (s) => ({
      i: {
        title: `审计测试协管员线索${unique}`,
        source: 'COMPLAINT',
        entityId: s.villageBusiness,
        receivedOn: today,
        description: '村(社区)协管员报告',
        villageReportId: s.reports[0].id,
      },
    }),
    keep: (a, s) => {
      s.villageCaseId = a.id;
    },
  },
  {
    mutation: 'turnVillageReportIntoClue',
    as: 'township',
    query:
      'mutation($id: ID!, $v: Int!, $c: ID!) { turnVillageReportIntoClue(id: $id, version: $v, caseId: $c) { id } }',
    variables: (s) => ({ id: s.reports[0].id, v: s.reports[0].version, c: s.villageCaseId }),
    changed: { field: 'status', from: () => 'PENDING', to: () => 'CLUE' },
  },
  {
    mutation: 'createComplaint',
    query: 'mutation($i: ComplaintInput!) { createComplaint(input: $i) { id version } }',
    variables: () => ({
      i: {
        kind: 'COMPLAINT',
        channel: 'PHONE',
        entityId: ENTITY,
        townshipId: TOWNSHIP,
        content: '审计测试投诉',
        receivedOn: today,
        complainant: COMPLAINANT,
      },
    }),
    keep: (a, s) => {
      s.complaint = version(a);
    },
  },
  {
    mutation: 'updateComplaint',
    query: 'mutation($i: ComplaintUpdateInput!) { updateComplaint(input: $i) { id version } }',
    variables: (s) => ({
      i: {
        complaintId: s.complaint.id,
        version: s.complaint.version,
        content: '审计测试投诉(补充)',
        complainant: { ...COMPLAINANT, phone: '13700000001' },
      },
    }),
    keep: (a, s) => {
      s.complaint = version(a);
    },
  },
  {
    mutation: 'moveComplaint',
    query: 'mutation($i: ComplaintMoveInput!) { moveComplaint(input: $i) { id } }',
    variables: (s) => ({ i: { complaintId: s.complaint.id, version: s.complaint.version, to: 'ACCEPTED', on: today } }),
  },
  {
    mutation: 'createComplaint',
    label: '举报',
    query: 'mutation($i: ComplaintInput!) { createComplaint(input: $i) { id version } }',
    variables: () => ({
      i: { kind: 'REPORT', channel: 'ONLINE', entityId: ENTITY, content: '审计测试举报', receivedOn: today },
    }),
    keep: (a, s) => {
      s.report = version(a);
    },
  },
  {
    mutation: 'extendComplaintClock',
    query: 'mutation($i: ComplaintExtensionInput!) { extendComplaintClock(input: $i) { id } }',
    variables: (s) => ({ i: { complaintId: s.report.id, version: s.report.version } }),
  },
  {
    mutation: 'createInspection',
    query: 'mutation($i: InspectionInput!) { createInspection(input: $i) { id } }',
    variables: (s) => ({
      i: {
        entityId: ENTITY,
        townshipId: TOWNSHIP,
        inspectedOn: today,
        kind: 'ROUTINE',
        verdict: 'BASICALLY_COMPLIANT',
        inspectorIds: s.inspectorIds,
        findings: '审计测试:台账不全',
        rectificationDeadline: soon,
      },
    }),
    keep: (a, s) => {
      s.inspectionId = a.id;
    },
  },
  {
    mutation: 'publishInspection',
    query: 'mutation($id: ID!, $on: LocalDate!) { publishInspection(id: $id, publishedOn: $on) { id } }',
    variables: (s) => ({ id: s.inspectionId, on: today }),
  },
  {
    mutation: 'recordRectification',
    query: 'mutation($id: ID!, $on: LocalDate!) { recordRectification(id: $id, rectifiedOn: $on) { id } }',
    variables: (s) => ({ id: s.inspectionId, on: today }),
    changed: { field: 'rectifiedOn', from: () => null, to: () => today },
  },
  {
    mutation: 'createJointOperation',
    query: 'mutation($i: JointOperationInput!) { createJointOperation(input: $i) { id } }',
    variables: () => ({
      i: {
        title: `审计测试联合行动${unique}`,
        departments: ['POLICE'],
        startsOn: today,
        endsOn: soon,
        scope: '校园周边',
      },
    }),
    keep: (a, s) => {
      s.operationId = a.id;
    },
  },
  {
    mutation: 'updateJointOperation',
    query: 'mutation($i: JointOperationUpdateInput!) { updateJointOperation(input: $i) { id } }',
    variables: (s) => ({ i: { operationId: s.operationId, status: 'ONGOING', summary: '审计测试:进行中' } }),
    changed: { field: 'status', from: () => 'PLANNED', to: () => 'ONGOING' },
  },
  {
    mutation: 'confirmJointOperation',
    as: 'police',
    query: 'mutation($i: JointOperationConfirmationInput!) { confirmJointOperation(input: $i) { department } }',
    variables: (s) => ({ i: { operationId: s.operationId, personnel: 4, report: '审计测试:派员参加' } }),
    record: (s) => s.operationId,
  },
  {
    mutation: 'runDraw',
    query: 'mutation($i: RandomDrawInput!) { runDraw(input: $i) { id } }',
    variables: () => ({
      i: {
        title: `审计测试抽查${unique}`,
        drawnOn: today,
        populationCriteria: '测试',
        population: [{ entityId: ENTITY, townshipId: TOWNSHIP }],
        entityCount: 1,
        inspectorsPerEntity: 2,
      },
    }),
    keep: (a, s) => {
      s.drawId = a.id;
    },
  },
  {
    mutation: 'publishDraw',
    query: 'mutation($id: ID!, $on: LocalDate!) { publishDraw(id: $id, publishedOn: $on) { id } }',
    variables: (s) => ({ id: s.drawId, on: today }),
  },

  // ── training: sessions for businesses and for officers, attendance, assessments, workshops ──
  {
    mutation: 'createTrainingSession',
    query: 'mutation($i: TrainingSessionInput!) { createTrainingSession(input: $i) { id } }',
    variables: () => ({ i: SESSION }),
    keep: (a, s) => {
      s.sessionId = a.id;
    },
  },
  {
    mutation: 'updateTrainingSession',
    query: 'mutation($id: ID!, $i: TrainingSessionInput!) { updateTrainingSession(id: $id, input: $i) { id } }',
    variables: (s) => ({ id: s.sessionId, i: { ...SESSION, hours: 3 } }),
    changed: { field: 'hours', from: () => '2', to: () => '3' },
  },
  {
    mutation: 'recordAttendance',
    query: 'mutation($s: ID!, $rows: [AttendanceInput!]!) { recordAttendance(sessionId: $s, entries: $rows) { id } }',
    variables: (s) => ({
      s: s.sessionId,
      rows: [{ entityId: ENTITY, townshipId: TOWNSHIP, personName: `审计${unique}`, jobTitle: '负责人' }],
    }),
    check: (rows, s) => expect(childOf(rows, 'Attendance')).toEqual([s.sessionId]),
    keep: (a, s) => {
      s.attendanceId = a[0].id;
    },
    record: (s) => s.attendanceId,
  },
  {
    mutation: 'removeAttendance',
    query: 'mutation($id: ID!) { removeAttendance(id: $id) }',
    variables: (s) => ({ id: s.attendanceId }),
    record: (s) => s.attendanceId,
  },
  {
    mutation: 'createTrainingSession',
    label: '执法人员',
    query: 'mutation($i: TrainingSessionInput!) { createTrainingSession(input: $i) { id } }',
    variables: () => ({ i: { ...SESSION, title: `审计测试执法培训${unique}`, audience: 'ENFORCEMENT_OFFICERS' } }),
    keep: (a, s) => {
      s.officerSessionId = a.id;
    },
  },
  {
    mutation: 'recordOfficerAttendance',
    query:
      'mutation($s: ID!, $rows: [OfficerAttendanceInput!]!) { recordOfficerAttendance(sessionId: $s, entries: $rows) { id } }',
    variables: (s) => ({ s: s.officerSessionId, rows: [{ officerId: s.inspectorIds[0], hours: 2 }] }),
    keep: (a, s) => {
      s.officerAttendanceId = a[0].id;
    },
    record: (s) => s.officerAttendanceId,
  },
  {
    mutation: 'removeOfficerAttendance',
    query: 'mutation($id: ID!) { removeOfficerAttendance(id: $id) }',
    variables: (s) => ({ id: s.officerAttendanceId }),
    record: (s) => s.officerAttendanceId,
  },
  {
    mutation: 'recordTrainingAssessment',
    query: 'mutation($i: TrainingAssessmentInput!) { recordTrainingAssessment(input: $i) { id } }',
    variables: () => ({
      i: { entityId: ENTITY, townshipId: TOWNSHIP, assessedOn: today, assessed: 2, passed: 2, examiner: '考官' },
    }),
  },
  {
    mutation: 'recordWorkshopUpgrade',
    query: 'mutation($i: WorkshopUpgradeInput!) { recordWorkshopUpgrade(input: $i) { id } }',
    variables: () => ({
      i: {
        entityId: ENTITY,
        townshipId: TOWNSHIP,
        fromLevel: 'BASIC',
        toLevel: 'STANDARD',
        acceptedOn: today,
        acceptedBy: '验收人',
        improvements: '审计测试:更换防蝇设施',
      },
    }),
  },

  // ── publicity: articles, a publicity week and its event, an opinion event moved and linked ──
  {
    mutation: 'createArticle',
    query: 'mutation($i: ArticleInput!) { createArticle(input: $i) { id } }',
    variables: () => ({ i: ARTICLE }),
    keep: (a, s) => {
      s.articleId = a.id;
    },
  },
  {
    mutation: 'updateArticle',
    query: 'mutation($id: ID!, $i: ArticleInput!) { updateArticle(id: $id, input: $i) { id } }',
    variables: (s) => ({ id: s.articleId, i: { ...ARTICLE, title: `审计测试文章(改)${unique}` } }),
    changed: { field: 'title', from: () => ARTICLE.title, to: () => `审计测试文章(改)${unique}` },
  },
  {
    mutation: 'createPublicityWeek',
    query: 'mutation($i: PublicityWeekInput!) { createPublicityWeek(input: $i) { id } }',
    variables: () => ({
      i: { name: `审计测试宣传周${unique}`, theme: '测试', startsOn: today, endsOn: chinaDay(6), organizer: '宣传科' },
    }),
    keep: (a, s) => {
      s.weekId = a.id;
    },
  },
  {
    mutation: 'createOutreachEvent',
    query: 'mutation($i: OutreachEventInput!) { createOutreachEvent(input: $i) { id } }',
    variables: (s) => ({
      i: {
        title: `审计测试宣传${unique}`,
        theme: '测试',
        kind: 'COMMUNITY',
        heldOn: today,
        place: '社区',
        organizer: '宣传科',
        materials: 1,
        peopleReached: 1,
        weekId: s.weekId,
      },
    }),
  },
  {
    mutation: 'reportOpinionEvent',
    query: 'mutation($i: OpinionEventInput!) { reportOpinionEvent(input: $i) { id version } }',
    variables: () => ({
      i: {
        title: `审计测试舆情${unique}`,
        content: '测试',
        platform: '微博',
        detectedAt: new Date(Date.now() - 60_000).toISOString(),
        severity: 'GENERAL',
        entityId: ENTITY,
        townshipId: TOWNSHIP,
      },
    }),
    keep: (a, s) => {
      s.opinion = version(a);
    },
  },
  {
    mutation: 'moveOpinionEvent',
    query:
      'mutation($id: ID!, $v: Int, $i: OpinionMoveInput!) { moveOpinionEvent(id: $id, expectedVersion: $v, input: $i) { id version } }',
    variables: (s) => ({ id: s.opinion.id, v: s.opinion.version, i: { to: 'VERIFYING', note: '审计测试:核实中' } }),
    keep: (a, s) => {
      s.opinion = version(a);
    },
    changed: { field: 'status', from: () => 'DETECTED', to: () => 'VERIFYING' },
  },
  {
    mutation: 'linkOpinionEvent',
    query: 'mutation($id: ID!, $v: Int, $c: ID) { linkOpinionEvent(id: $id, expectedVersion: $v, caseId: $c) { id } }',
    variables: (s) => ({ id: s.opinion.id, v: s.opinion.version, c: s.case.id }),
  },

  // ── the inbox (entities keeps each user's marks) and the reminder channels (leaders) ──
  {
    mutation: 'snoozeInboxItem',
    query: 'mutation($k: ID!, $u: LocalDate!) { snoozeInboxItem(itemKey: $k, until: $u) { itemKey } }',
    variables: (s) => ({ k: `sampling:DISPOSAL:${s.sample.id}`, u: chinaDay(3) }),
    // The mark has no id of its own in the API: its row names the item it marks.
    record: () => '',
    check: (rows, s) => expect(JSON.stringify(rows)).toContain(`sampling:DISPOSAL:${s.sample.id}`),
  },
  {
    mutation: 'markInboxItemDone',
    query: 'mutation($k: ID!) { markInboxItemDone(itemKey: $k, state: DUE_SOON) { itemKey } }',
    variables: (s) => ({ k: `sampling:DISPOSAL:${s.sample.id}` }),
    record: () => '',
  },
  {
    mutation: 'clearInboxMark',
    query: 'mutation($k: ID!) { clearInboxMark(itemKey: $k) }',
    variables: (s) => ({ k: `sampling:DISPOSAL:${s.sample.id}` }),
    record: () => '',
    check: (rows) => expect(rows.map((r) => r.kind)).toContain('DELETE'),
  },
  {
    mutation: 'createReminderChannel',
    as: 'admin',
    query: 'mutation($i: ReminderChannelInput!) { createReminderChannel(input: $i) { id version } }',
    variables: () => ({
      i: {
        name: `审计测试钉钉群${unique}`,
        kind: 'DINGTALK',
        url: 'https://oapi.dingtalk.com/robot/send?access_token=audit-test',
        secret: SIGNING_SECRET,
        active: false,
      },
    }),
    keep: (a, s) => {
      s.channel = version(a);
    },
    // The signing secret is hidden in the trail: the row says it was set, never what it is.
    check: (rows) => expect(JSON.stringify(rows)).not.toContain(SIGNING_SECRET),
  },
  {
    mutation: 'updateReminderChannel',
    as: 'admin',
    query:
      'mutation($id: ID!, $v: Int!, $i: ReminderChannelUpdate!) { updateReminderChannel(id: $id, version: $v, input: $i) { id } }',
    variables: (s) => ({ id: s.channel.id, v: s.channel.version, i: { name: `审计测试钉钉群(改)${unique}` } }),
    changed: { field: 'name', from: () => `审计测试钉钉群${unique}`, to: () => `审计测试钉钉群(改)${unique}` },
  },

  // ── risk: rules, a risk and its duties, a consultation, a drill, a hazard round, an incident ──
  {
    mutation: 'updateIncidentReportRule',
    as: 'admin',
    query: 'mutation($h: Int!) { updateIncidentReportRule(level: IV, hours: $h) { hours } }',
    variables: (s) => ({ h: s.incidentHours }),
    record: () => '',
  },
  {
    mutation: 'updateRiskMatrix',
    as: 'admin',
    query: 'mutation($c: [[RiskLevel!]!]!) { updateRiskMatrix(cells: $c) { updatedBy } }',
    variables: (s) => ({ c: s.riskCells }),
    record: () => '',
  },
  {
    mutation: 'createRisk',
    query: 'mutation($i: RiskInput!) { createRisk(input: $i) { id version } }',
    variables: (s) => ({ i: riskInput(s) }),
    keep: (a, s) => {
      s.risk = version(a);
    },
  },
  {
    mutation: 'updateRisk',
    query: 'mutation($id: ID!, $v: Int!, $i: RiskInput!) { updateRisk(id: $id, version: $v, input: $i) { id } }',
    variables: (s) => ({ id: s.risk.id, v: s.risk.version, i: { ...riskInput(s), controls: '审计测试:每周抽查' } }),
    changed: { field: 'controls', from: () => '审计测试:每月抽查', to: () => '审计测试:每周抽查' },
  },
  {
    mutation: 'createDuty',
    query: 'mutation($i: DutyInput!) { createDuty(input: $i) { id version } }',
    variables: (s) => ({ i: { ...DUTY, riskId: s.risk.id } }),
    keep: (a, s) => {
      s.duty = version(a);
    },
  },
  {
    mutation: 'updateDuty',
    query:
      'mutation($id: ID!, $v: Int!, $i: DutyUpdateInput!) { updateDuty(id: $id, version: $v, input: $i) { id version } }',
    variables: (s) => ({ id: s.duty.id, v: s.duty.version, i: { ...DUTY, riskId: s.risk.id, status: 'IN_PROGRESS' } }),
    keep: (a, s) => {
      s.duty = version(a);
    },
    changed: { field: 'status', from: () => 'PENDING', to: () => 'IN_PROGRESS' },
  },
  {
    mutation: 'completeDuty',
    query: 'mutation($id: ID!, $v: Int!) { completeDuty(id: $id, version: $v, evidence: "审计测试:已落实") { id } }',
    variables: (s) => ({ id: s.duty.id, v: s.duty.version }),
    changed: { field: 'status', from: () => 'IN_PROGRESS', to: () => 'DONE' },
  },
  {
    mutation: 'createConsultation',
    query: 'mutation($i: ConsultationInput!) { createConsultation(input: $i) { id } }',
    variables: (s) => ({
      i: {
        date: today,
        title: `审计测试会商${unique}`,
        departments: ['食品经营安全监管股'],
        townshipIds: [TOWNSHIP],
        riskIds: [s.risk.id],
        conclusions: [{ text: '审计测试:入户宣传', ownerKind: 'TOWNSHIP', townshipId: TOWNSHIP, dueDate: later }],
      },
    }),
  },
  {
    mutation: 'createDrill',
    query: 'mutation($i: DrillInput!) { createDrill(input: $i) { id version } }',
    variables: () => ({
      i: {
        scenario: `审计测试演练${unique}`,
        date: today,
        departments: ['应急管理局'],
        townshipIds: [TOWNSHIP],
        participants: 20,
        followUps: [],
      },
    }),
    keep: (a, s) => {
      s.drill = version(a);
    },
  },
  {
    mutation: 'evaluateDrill',
    query:
      'mutation($id: ID!, $v: Int!) { evaluateDrill(id: $id, version: $v, evaluation: "审计测试:响应及时") { id } }',
    variables: (s) => ({ id: s.drill.id, v: s.drill.version }),
    changed: { field: 'evaluation', from: () => null, to: () => '审计测试:响应及时' },
  },
  {
    mutation: 'createHazardInvestigation',
    query: 'mutation($i: HazardInvestigationInput!) { createHazardInvestigation(input: $i) { id version } }',
    variables: () => ({
      i: { theme: `审计测试排查${unique}`, townshipIds: [TOWNSHIP], startDate: today, endDate: later },
    }),
    keep: (a, s) => {
      s.round = version(a);
    },
  },
  {
    mutation: 'setHazardInvestigationStatus',
    query:
      'mutation($id: ID!, $v: Int!) { setHazardInvestigationStatus(id: $id, version: $v, status: ONGOING) { id } }',
    variables: (s) => ({ id: s.round.id, v: s.round.version }),
    changed: { field: 'status', from: () => 'PLANNED', to: () => 'ONGOING' },
  },
  {
    mutation: 'recordHazard',
    as: 'township',
    query: 'mutation($i: HazardInput!) { recordHazard(input: $i) { id version } }',
    variables: (s) => ({
      i: {
        investigationId: s.round.id,
        entityId: s.villageBusiness,
        description: '审计测试:无防蝇设施',
        foundOn: today,
        rectifyBy: soon,
        villageReportId: s.reports[1].id,
      },
    }),
    keep: (a, s) => {
      s.hazard = version(a);
    },
  },
  {
    mutation: 'turnVillageReportIntoHazard',
    as: 'township',
    query:
      'mutation($id: ID!, $v: Int!, $h: ID!) { turnVillageReportIntoHazard(id: $id, version: $v, hazardId: $h) { id } }',
    variables: (s) => ({ id: s.reports[1].id, v: s.reports[1].version, h: s.hazard.id }),
    changed: { field: 'status', from: () => 'PENDING', to: () => 'HAZARD' },
  },
  {
    mutation: 'linkHazardRisk',
    query: 'mutation($id: ID!, $v: Int!, $r: ID!) { linkHazardRisk(id: $id, version: $v, riskId: $r) { id version } }',
    variables: (s) => ({ id: s.hazard.id, v: s.hazard.version, r: s.risk.id }),
    keep: (a, s) => {
      s.hazard = version(a);
    },
  },
  {
    mutation: 'linkHazardCase',
    query: 'mutation($id: ID!, $v: Int!, $c: ID!) { linkHazardCase(id: $id, version: $v, caseId: $c) { id version } }',
    variables: (s) => ({ id: s.hazard.id, v: s.hazard.version, c: s.villageCaseId }),
    keep: (a, s) => {
      s.hazard = version(a);
    },
  },
  {
    mutation: 'rectifyHazard',
    query:
      'mutation($id: ID!, $v: Int!, $on: String!) { rectifyHazard(id: $id, version: $v, rectifiedOn: $on, note: "审计测试:已安装纱窗") { id version } }',
    variables: (s) => ({ id: s.hazard.id, v: s.hazard.version, on: today }),
    keep: (a, s) => {
      s.hazard = version(a);
    },
  },
  {
    mutation: 'verifyHazard',
    query: 'mutation($id: ID!, $v: Int!, $on: String) { verifyHazard(id: $id, version: $v, verifiedOn: $on) { id } }',
    variables: (s) => ({ id: s.hazard.id, v: s.hazard.version, on: today }),
  },
  {
    mutation: 'reportIncident',
    query: 'mutation($i: IncidentInput!) { reportIncident(input: $i) { id version } }',
    variables: () => ({
      i: {
        title: `审计测试事件${unique}`,
        kind: 'FOOD_POISONING',
        level: 'IV',
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        place: '某地',
        entityId: ENTITY,
        townshipId: TOWNSHIP,
        affected: 3,
        responseDepartments: [],
      },
    }),
    keep: (a, s) => {
      s.incident = version(a);
    },
  },
  {
    mutation: 'advanceIncident',
    check: (rows, s) => expect(childOf(rows, 'IncidentTimelineEntry')).toEqual([s.incident.id]),
    query: 'mutation($id: ID!, $v: Int!) { advanceIncident(id: $id, version: $v, step: VERIFIED) { id version } }',
    variables: (s) => ({ id: s.incident.id, v: s.incident.version }),
    keep: (a, s) => {
      s.incident = version(a);
    },
  },
  {
    mutation: 'markIncidentReported',
    query: 'mutation($id: ID!, $v: Int!) { markIncidentReported(id: $id, version: $v) { id version } }',
    variables: (s) => ({ id: s.incident.id, v: s.incident.version }),
    keep: (a, s) => {
      s.incident = version(a);
    },
  },
  {
    mutation: 'linkIncidentRecords',
    query:
      'mutation($id: ID!, $v: Int!, $c: [ID!]!, $s: [ID!]!) { linkIncidentRecords(id: $id, version: $v, caseIds: $c, sampleIds: $s) { id } }',
    variables: (s) => ({ id: s.incident.id, v: s.incident.version, c: [s.case.id], s: [s.sample.id] }),
  },
];

/**
 * Mutations this file does not call, each with its own reason: only mutations no user can call through the API.
 * A name here that the schema does not have fails the first test, as does a mutation of the schema named nowhere.
 */
const NOT_CALLED: Record<string, string> = {
  claimReminderDeliveries:
    'the reminder service’s own call (requireService): no user token reaches it; services/entities/test/reminders.test.ts checks it and its refusals',
  baselineReminderAlerts:
    'the reminder service’s own call, once per channel (requireService): no user can call it; tested in services/entities/test/reminders.test.ts',
  recordReminderAttempt:
    'the reminder service’s own call, with the claim’s token (requireService): no user can call it; tested in services/entities/test/reminders.test.ts',
};

const SIGNING_SECRET = `SECaudit${unique}`;

const COMPLAINANT = { name: '赵审计', phone: '13700000000', idNumber: '11010519491231002X' };

const SESSION = {
  title: `审计测试培训${unique}`,
  audience: 'SMALL_WORKSHOP',
  heldOn: today,
  trainer: '李执法',
  mode: 'ONSITE',
  place: '会议室',
  hours: 2,
  topics: '测试',
};

const ARTICLE = {
  title: `审计测试文章${unique}`,
  kind: 'SCIENCE',
  channel: 'WECHAT',
  publishedAt: new Date().toISOString(),
  reach: 1,
  author: '宣传科',
  summary: '测试',
};

const DUTY = {
  task: `审计测试职责${unique}`,
  ownerKind: 'DEPARTMENT',
  ownerDepartment: '区市场监管局',
  dueDate: later,
};

const riskInput = (s: State) => ({
  title: `审计测试风险${unique}`,
  hazard: '过期食材流入',
  source: '审计测试',
  category: 'CAMPUS',
  likelihood: 2,
  severity: 3,
  townshipIds: [TOWNSHIP],
  businessCategories: ['SCHOOL_CANTEEN'],
  controls: '审计测试:每月抽查',
  ownerDepartment: '食品经营安全监管股',
  ownerId: s.officialId,
  reviewDate: later,
});

/** A valid 统一社会信用代码 nobody has used yet (random organisation code, correct check character). */
function freshCreditCode(): string {
  let body = '92511902';
  while (body.length < 17) body += CREDIT_CODE_ALPHABET[Math.floor(Math.random() * CREDIT_CODE_ALPHABET.length)];
  return body + creditCodeCheckCharacter(body);
}

/** The domain whose SDL declares a mutation (services/<domain>/schema.graphql). */
function ownerOf(mutation: string): string {
  const domain = platform().domains.find((d) =>
    parse(readFileSync(join(ROOT, 'services', d, 'schema.graphql'), 'utf8')).definitions.some(
      (def) =>
        (def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.OBJECT_TYPE_EXTENSION) &&
        def.name.value === 'Mutation' &&
        def.fields?.some((f) => f.name.value === mutation),
    ),
  );
  if (!domain) throw new Error(`no subgraph declares ${mutation}`);
  return domain;
}

const fieldOf = (domain: string) => domain.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The parents named by a call's rows for one child record type (its declared @Audited parent). */
const childOf = (rows: Row[], recordType: string) => [
  ...new Set(rows.filter((r) => r.recordType === recordType).map((r) => r.parentId)),
];

const ROW = 'kind operation action recordType recordId parentId actor { username role } changes { field from to }';

async function trail(domain: string, filter: Record<string, unknown>, as = 'admin') {
  return gql(
    { as },
    `query($f: AuditFilter) { auditTrail(filter: $f, first: 100) { ${fieldOf(domain)} { nodes { ${ROW} } pageInfo { hasNextPage } } } }`,
    { f: filter },
  );
}

async function rows(domain: string, filter: Record<string, unknown>): Promise<Row[]> {
  const answer = await trail(domain, filter);
  expect(answer.errors, domain).toBeUndefined();
  return answer.data?.auditTrail[fieldOf(domain)].nodes ?? [];
}

const ROLE_OF: Record<string, string> = {
  admin: 'leader',
  officer: 'officer',
  township: 'township',
  village: 'village',
  police: 'partner',
  agriculture: 'partner',
};

describe('the audit trail through the gateway', () => {
  const state: State = {};
  const mutations = Object.keys(apiSchema().getMutationType()?.getFields() ?? {});

  beforeAll(async () => {
    const officer = { as: 'officer' };
    const found = await data(
      officer,
      `{ gradingRule { aMax bMax cMax } riskMatrix { cells } clockRules { code unit amount extension source }
         inspectors(first: 2) { nodes { id } } supervisionStations { id version checklist { key done doneOn } }
         villageReportSetting { triageWorkingDays } incidentReportRules { level hours } }`,
    );
    const own = await data({ as: 'township' }, '{ officials(first: 1) { nodes { id } } }');
    const village = await data({ as: 'village' }, '{ entities(first: 1) { nodes { id } } }');
    const station = found.supervisionStations[0];
    Object.assign(state, {
      gradingRule: found.gradingRule,
      riskCells: found.riskMatrix.cells,
      clockRule: found.clockRules[0],
      inspectorIds: found.inspectors.nodes.map((n: { id: string }) => n.id),
      station: { id: station.id, version: station.version, item: station.checklist[0] },
      triageDays: found.villageReportSetting.triageWorkingDays,
      incidentHours: found.incidentReportRules.find((r: { level: string }) => r.level === 'IV').hours,
      officialId: own.officials.nodes[0].id,
      villageBusiness: village.entities.nodes[0].id,
    });
  }, 60_000);

  it('calls every mutation of the schema, or names it in NOT_CALLED with its own reason', () => {
    expect(mutations.length).toBeGreaterThan(90);
    const called = new Set(STEPS.map((s) => s.mutation));
    expect(
      mutations.filter((m) => !called.has(m) && !NOT_CALLED[m]?.trim()),
      'mutations neither called nor named',
    ).toEqual([]);
    expect(
      [...called, ...Object.keys(NOT_CALLED)].filter((m) => !mutations.includes(m)),
      'names the schema does not have',
    ).toEqual([]);
    expect(Object.keys(NOT_CALLED).filter((m) => called.has(m))).toEqual([]);
  });

  it.each(STEPS.map((step, i) => [step.label ? `${step.mutation} (${step.label})` : step.mutation, i] as const))(
    '%s leaves rows naming it, its caller, its record and what changed',
    async (_name, index) => {
      const step = STEPS[index]!;
      const as = step.as ?? 'officer';
      const domain = ownerOf(step.mutation);
      await step.prepare?.(state);
      const from = new Date().toISOString();
      const result = await gql({ as }, step.query, step.variables(state));
      expect(
        result.errors?.map((e) => e.message),
        step.mutation,
      ).toBeUndefined();
      const answer = result.data?.[step.mutation];
      step.keep?.(answer, state);

      const mine = (await rows(domain, { from, actor: as })).filter((row) => row.operation === step.mutation);
      expect(mine.length, `${step.mutation} in ${domain}'s trail`).toBeGreaterThan(0);
      for (const row of mine) expect(row.actor).toEqual({ username: as, role: ROLE_OF[as] });
      const record = step.record?.(state) ?? (answer as { id?: string } | null)?.id;
      if (record !== undefined && record !== '') {
        expect(
          mine.flatMap((row) => [row.recordId, row.parentId]),
          `${step.mutation} names ${record}`,
        ).toContain(record);
      }
      // The ORM's rows (no domain wording) say what was written: every value of a new record, before and after
      // of each changed field, every value of a deleted one.
      for (const row of mine.filter((r) => !r.action)) {
        if (row.kind === 'CREATE') {
          expect(row.changes.length, `${step.mutation} CREATE ${row.recordType}`).toBeGreaterThan(0);
          for (const c of row.changes) expect(c.from, `${row.recordType}.${c.field}`).toBeNull();
        } else if (row.kind === 'UPDATE') {
          expect(
            row.changes.some((c) => c.from !== c.to),
            `${step.mutation} UPDATE ${row.recordType} says what changed`,
          ).toBe(true);
        } else if (row.kind === 'DELETE') {
          expect(row.changes.length).toBeGreaterThan(0);
          for (const c of row.changes) expect(c.to).toBeNull();
        }
      }
      step.check?.(mine, state);
      if (step.changed) {
        const { field, from: before, to: after } = step.changed;
        const changes = mine
          .filter((row) => row.kind === 'UPDATE' && (!record || row.recordId === record))
          .flatMap((row) => row.changes)
          .filter((c) => c.field === field);
        expect(changes.length, `${step.mutation}: ${field} before and after`).toBeGreaterThan(0);
        if (before) expect(changes[0]!.from).toBe(before(state));
        if (after) expect(changes[0]!.to).toBe(after(state));
      }
    },
  );

  it('a record’s trail holds its children’s changes: the sample’s, its test items and disposal; the case’s, its goods', async () => {
    const sample = await rows('sampling', { recordId: state.sample.id });
    expect(new Set(sample.map((r) => r.recordType))).toEqual(
      new Set(['Sample', 'SampleEvent', 'TestItem', 'Objection', 'RecheckRequest', 'Disposal']),
    );
    for (const r of sample.filter((row) => row.recordType !== 'Sample')) expect(r.parentId).toBe(state.sample.id);
    const caseRows = await rows('enforcement', { recordId: state.case.id });
    expect(caseRows.map((r) => r.recordType)).toEqual(expect.arrayContaining(['Case', 'SeizedItem']));
  });

  it('a refused write leaves no row', async () => {
    const from = new Date(Date.now() - 1000).toISOString();
    const refused = await gql({ as: 'police' }, STEPS.find((s) => s.mutation === 'createCampaign')!.query, {
      i: { name: '越权', kind: 'ENFORCEMENT', startsOn: today, endsOn: today, lead: '公安', focus: '越权' },
    });
    expect(codes(refused)).toContain('FORBIDDEN');
    const answer = await trail('enforcement', { from, actor: 'police' });
    expect(answer.data?.auditTrail.enforcement.nodes).toEqual([]);
  });

  it('refuses auditTrail to everyone but the bureau’s leaders, in every domain', async () => {
    for (const role of ROLES) {
      const fields = platform()
        .domains.map(fieldOf)
        .map((f) => `${f} { nodes { id } }`)
        .join(' ');
      const result = await gql({ as: role }, `{ auditTrail(first: 1) { ${fields} } }`);
      if (role === 'admin') {
        expect(result.errors, role).toBeUndefined();
        for (const f of platform().domains.map(fieldOf)) expect(result.data?.auditTrail[f], f).not.toBeNull();
      } else {
        expect(codes(result), role).toContain('FORBIDDEN');
        expect(JSON.stringify(result.data ?? null), role).not.toContain('"id"');
      }
    }
  });

  it('records reads of personal data: a business’s phone read through the gateway', async () => {
    const from = new Date(Date.now() - 1000).toISOString();
    const read = await data<{ entities: { nodes: { id: string; phone: string | null }[] } }>(
      { as: 'township' },
      '{ entities(first: 5) { nodes { id phone } } }',
    );
    const withPhone = read.entities.nodes.filter((n) => n.phone).map((n) => n.id);
    expect(withPhone.length).toBeGreaterThan(0);
    const answer = await trail('entities', { from, actor: 'township', kind: 'READ' });
    const found = answer.data?.auditTrail.entities.nodes as Row[];
    expect(found.map((r) => r.recordId).sort()).toEqual([...withPhone].sort());
    expect(found[0]?.changes).toEqual([{ field: 'phone', from: null, to: null }]);
  });

  it('records an unmasked read of a complainant with the fields read, never their values', async () => {
    const complaint = state.complaint?.id as string;
    expect(complaint, 'the complaint created above').toBeTruthy();
    const from = new Date().toISOString();
    const read = await data(
      { as: 'officer' },
      'query($id: ID!) { complaint(id: $id) { complainant { name phone idNumber masked } } }',
      { id: complaint },
    );
    expect(read.complaint.complainant).toMatchObject({ name: COMPLAINANT.name, masked: false });
    const found = await rows('enforcement', { from, actor: 'officer', kind: 'READ', recordId: complaint });
    const fields = found.flatMap((r) => r.changes.map((c) => c.field));
    expect(fields).toEqual(expect.arrayContaining(['complainant.name', 'complainant.phone', 'complainant.idNumber']));
    for (const c of found.flatMap((r) => r.changes)) expect([c.from, c.to]).toEqual([null, null]);

    // A masked read (what exports ask for) is not an unmasked read of personal data: no row for it.
    const maskedFrom = new Date().toISOString();
    await data(
      { as: 'officer' },
      'query($id: ID!) { complaint(id: $id) { complainant(masked: true) { name phone masked } } }',
      { id: complaint },
    );
    const masked = await rows('enforcement', { from: maskedFrom, actor: 'officer', kind: 'READ', recordId: complaint });
    expect(masked.flatMap((r) => r.changes.map((c) => c.field))).not.toContain('complainant.name');

    // Nor does the trail itself hold the complainant's data, written or read: not in any of the complaint's rows.
    const all = await rows('enforcement', { recordId: complaint });
    expect(all.length).toBeGreaterThan(2);
    const text = JSON.stringify(all);
    for (const value of [COMPLAINANT.name, COMPLAINANT.phone, '13700000001', COMPLAINANT.idNumber])
      expect(text).not.toContain(value);
  });
});
