import { addDays } from '@shian/clock';
import {
  CaseSource,
  CaseStatus,
  InspectionVerdict,
  LABELS,
  PartnerDepartment,
  PauseKind,
  PenaltyKind,
  SeizedItemStatus,
  SeizureKind,
  TransferKind,
  TransferOutcome,
  TransferStatus,
  Violation,
} from '../src/rules/enums';
import { type Actor, CaseBuilder, type CaseRecords, type DemoSeizedItem, officerActor } from './case-builder';
import {
  type CasePlan,
  COMPLAINTS,
  FINE_RANGE,
  INSPECTION_VIOLATIONS,
  LEGAL_BASIS,
  type Outcome,
  type PlannedSeizure,
  REFERRALS,
  SMALL_BUSINESS,
  VIOLATION_OF_FAILURE,
} from './case-plans';
import { CAMPAIGNS } from './campaigns';
import { addWorkingDays, maxDate, minDate, pad, workingDays } from './dates';
import type { DemoInspection } from './demo-inspections';
import { ACTIVE_INSPECTORS } from './people';
import { Random } from '@shian/subgraph-kit';
import { DISPOSAL_REFS, entityOf, type EntityRefRecord, OPINION_CASES, trading } from './refs';

export const CASES_FILED_2024 = 119;
export const CRIMINAL_TRANSFERS_2024 = 4;

const CUSTODY = { custodian: '巴州区市场监督管理局', location: '区局涉案财物保管室' };

const officers = (random: Random) =>
  random.shuffle(ACTIVE_INSPECTORS.map((i) => i.id)).slice(0, random.chance(0.2) ? 3 : 2);

function pickEntity(random: Random, category: string, hint?: string): EntityRefRecord {
  const pool = trading(category).filter((e) => !hint || e.name.includes(hint));
  return random.pick(pool.length ? pool : trading(category));
}

function campaignFor(random: Random, category: string, on: string): string | null {
  const running = CAMPAIGNS.filter((c) => c.startsOn <= on && on <= c.endsOn && c.categories.includes(category));
  return running.length && random.chance(0.6) ? random.pick(running).id : null;
}

function fineFor(random: Random, violations: readonly Violation[], entity: EntityRefRecord): number {
  const [low, high] = FINE_RANGE[violations[0]!];
  const small = SMALL_BUSINESS.has(entity.category);
  const base = small ? Math.max(2000, Math.round(low / 10)) : low;
  const top = small ? Math.max(base, Math.round(high / 5)) : high;
  return Math.round(random.int(base, top) / 500) * 500;
}

/** The administrative path of a filed case: investigation, 告知, decision, service, payment, publication, closing. */
function planProcedure(random: Random, plan: CasePlan, end: Outcome, today: string) {
  const filedOn = plan.filedOn!;
  plan.investigatedOn = addWorkingDays(filedOn, random.int(0, 2));
  if (['SAMPLING', 'PUBLIC_OPINION'].includes(plan.source) || random.chance(0.3)) {
    plan.seizures.push(seizureFor(random, plan, plan.investigatedOn));
  }
  let cursor = plan.investigatedOn;
  if (random.chance(0.3) && plan.source !== CaseSource.SAMPLING) {
    const from = addDays(cursor, random.int(2, 6));
    const to = addDays(from, random.int(8, 20));
    plan.pauses.push({
      kind: PauseKind.TESTING,
      label: '检测检验',
      startsOn: from,
      endsOn: to,
      reason: '涉案样品送检',
    });
    cursor = to;
  }
  if (end === 'filed') {
    plan.investigatedOn = undefined;
    return;
  }
  if (end === 'investigating') return;
  if (end === 'withdrawn') {
    plan.closedOn = addDays(cursor, random.int(15, 40));
    plan.closingNote = '经调查,违法事实不能成立,撤销立案';
    for (const s of plan.seizures) s.end = { status: 'RETURNED', on: plan.closedOn };
    return;
  }
  plan.notifiedOn = addWorkingDays(addDays(cursor, random.int(15, 45)), 0);
  cursor = plan.notifiedOn;
  if (end === 'notified') return;
  if (random.chance(0.08)) {
    const from = addDays(cursor, random.int(3, 5));
    const to = addDays(from, random.int(9, 16));
    plan.pauses.push({ kind: PauseKind.HEARING, label: '听证', startsOn: from, endsOn: to, reason: '当事人申请听证' });
    cursor = to;
  }
  if (end === 'no-penalty') {
    plan.closedOn = addWorkingDays(addDays(cursor, random.int(6, 12)), 0);
    plan.closingNote =
      plan.violations[0] === Violation.PESTICIDE_RESIDUE
        ? '当事人履行了进货查验等义务,有充分证据证明不知道所采购的食品不符合食品安全标准,并能如实说明其进货来源,依据《中华人民共和国食品安全法》第一百三十六条免予处罚,没收不合格食品'
        : '违法行为轻微并及时改正,没有造成危害后果,依据《中华人民共和国行政处罚法》第三十三条不予行政处罚';
    for (const s of plan.seizures) s.end = { status: 'CONFISCATED', on: plan.closedOn };
    return;
  }
  plan.decidedOn = addWorkingDays(addDays(cursor, random.int(6, 12)), 0);
  const fine =
    plan.violations.includes(Violation.PURCHASE_RECORDS) && random.chance(0.3)
      ? 0
      : fineFor(random, plan.violations, plan.entity);
  const kinds = fine ? [PenaltyKind.FINE] : [PenaltyKind.WARNING];
  const gains = fine && random.chance(0.4) ? random.int(80, 3000) : 0;
  if (gains) kinds.push(PenaltyKind.CONFISCATE_GAINS);
  if (plan.seizures.length) kinds.push(PenaltyKind.CONFISCATE_GOODS);
  if (plan.violations.includes(Violation.NO_LICENSE) && fine) kinds.push(PenaltyKind.SUSPEND);
  plan.penalty = { kinds, fine, confiscatedGains: gains };
  for (const s of plan.seizures)
    s.end = { status: random.chance(0.5) ? 'DESTROYED' : 'CONFISCATED', on: plan.decidedOn };
  if (end === 'decided') return;
  plan.servedOn = addDays(plan.decidedOn, random.chance(0.04) ? random.int(9, 12) : random.int(1, 5));
  const published = addWorkingDays(plan.decidedOn, random.chance(0.04) ? random.int(21, 25) : random.int(3, 15));
  if (published <= today) plan.penaltyPublishedOn = published;
  if (end === 'executing') return;
  plan.paidOn = addDays(plan.servedOn, random.int(3, 14));
  plan.closedOn = addWorkingDays(addDays(plan.paidOn, random.int(1, 10)), 0);
  if (plan.penaltyPublishedOn && plan.penaltyPublishedOn > plan.closedOn) plan.closedOn = plan.penaltyPublishedOn;
  plan.closingNote = '处罚决定执行完毕,结案';
}

const GOODS: Record<string, [string, string]> = {
  FOOD_SELLER: ['涉案预包装食品', '件'],
  FOOD_PRODUCER: ['同批次库存产品', '箱'],
  SMALL_WORKSHOP: ['涉案自制食品', '公斤'],
  CATERING: ['涉案食材', '公斤'],
  FOOD_VENDOR: ['涉案食品', '公斤'],
};

function seizureFor(random: Random, plan: CasePlan, on: string, name?: string, unit?: string): PlannedSeizure {
  const [goods, unitOf] = GOODS[plan.entity.category] ?? ['涉案食品', '公斤'];
  return {
    name: name ?? goods,
    quantity: random.int(5, 300),
    unit: unit ?? unitOf,
    measure: random.chance(0.3) ? SeizureKind.SEAL : SeizureKind.SEIZE,
    seizedOn: on,
  };
}

interface Spec {
  source: CaseSource;
  entity: EntityRefRecord;
  receivedOn: string;
  title: string;
  description: string;
  violations: Violation[];
  disposalId?: string;
  inspectionId?: string;
  opinionEventId?: string;
  referredBy?: string;
  id?: string;
}

function newPlan(random: Random, spec: Spec, outcome: Outcome, seq: { n: number }): CasePlan {
  const year = spec.receivedOn.slice(0, 4);
  return {
    id: spec.id ?? `CASE-${year}-${pad(++seq.n, 4)}`,
    source: spec.source,
    entity: spec.entity,
    title: `${spec.entity.name}${spec.title.startsWith('涉嫌') ? '' : '涉嫌'}${spec.title}案`,
    description: spec.description,
    violations: spec.violations,
    legalBasis: spec.violations.map((v) => LEGAL_BASIS[v]).join(';'),
    campaignId: campaignFor(random, spec.entity.category, spec.receivedOn),
    disposalId: spec.disposalId,
    inspectionId: spec.inspectionId,
    opinionEventId: spec.opinionEventId,
    referredBy: spec.referredBy,
    receivedOn: spec.receivedOn,
    officerIds: officers(random),
    outcome,
    pauses: [],
    seizures: [],
  };
}

/** The 2024 specs: sampling disposals, the two opinion events, inspections, complaints and referrals. */
function specs2024(random: Random, inspections: readonly DemoInspection[]): { filed: Spec[]; criminal: Spec[] } {
  const filed: Spec[] = [];
  for (const d of DISPOSAL_REFS)
    filed.push({
      id: `CASE-${d.id}`,
      source: CaseSource.SAMPLING,
      entity: entityOf(d.entityId),
      receivedOn: d.startedOn,
      title: `涉嫌生产经营不合格食品(${d.foodName})`,
      description: `监督抽检${d.foodName}(样品${d.sampleId})经检验不合格,核查处置中依法立案调查。`,
      violations: [VIOLATION_OF_FAILURE[d.failureKind ?? 'OTHER'] ?? Violation.SUBSTANDARD],
      disposalId: d.id,
    });
  for (const o of OPINION_CASES)
    filed.push({
      id: `CASE-${o.opinionEventId}`,
      source: CaseSource.PUBLIC_OPINION,
      entity: o.entity,
      receivedOn: o.receivedOn,
      title: o.title.replace(/案$/, ''),
      description: o.description,
      violations: [Violation.COUNTERFEIT],
      opinionEventId: o.opinionEventId,
    });
  const criminal: Spec[] = [
    {
      source: CaseSource.INSPECTION,
      entity: pickEntity(random, 'CATERING', '火锅'),
      receivedOn: '2024-05-14',
      title: '在火锅底料中添加罂粟壳',
      description: '执法人员在"铁拳"行动检查中于后厨查获罂粟壳,火锅底料检出罂粟碱、吗啡成分。',
      violations: [Violation.ILLEGAL_ADDITION],
    },
    {
      source: CaseSource.REFERRAL,
      referredBy: '区农业农村局',
      entity: pickEntity(random, 'FOOD_SELLER', '冻品'),
      receivedOn: '2024-06-20',
      title: '销售病死猪肉',
      description: '区农业农村局在动物卫生监督中发现病死猪流向冻品店,移送查处;现场查获无检疫证明猪肉。',
      violations: [Violation.UNINSPECTED_MEAT],
    },
    {
      source: CaseSource.COMPLAINT,
      entity: pickEntity(random, 'SMALL_WORKSHOP', '酿酒'),
      receivedOn: '2024-08-12',
      title: '生产销售假冒注册商标白酒',
      description: '群众举报酿酒坊灌装知名品牌白酒包装对外销售,现场查获假冒商标标识及成品酒。',
      violations: [Violation.COUNTERFEIT],
    },
    {
      source: CaseSource.COMPLAINT,
      entity: pickEntity(random, 'FOOD_SELLER', '超市'),
      receivedOn: '2024-09-23',
      title: '销售非法添加西地那非的"保健食品"',
      description: '群众举报超市销售声称具有"补肾壮阳"功能的食品,抽样检出西地那非。',
      violations: [Violation.ILLEGAL_ADDITION],
    },
  ];
  const nonCompliant = inspections.filter(
    (i) =>
      i.verdict === InspectionVerdict.NON_COMPLIANT && i.inspectedOn >= '2024-01-01' && i.inspectedOn <= '2024-12-10',
  );
  const fromInspections = random.shuffle(nonCompliant).slice(0, 36);
  if (fromInspections.length < 36)
    throw new Error('the demo inspections have fewer than 36 non-compliant results in 2024');
  for (const inspection of fromInspections) {
    const entity = entityOf(inspection.entityId);
    const violation = random.pick(INSPECTION_VIOLATIONS[entity.category] ?? [Violation.HYGIENE]);
    filed.push({
      source: CaseSource.INSPECTION,
      entity,
      receivedOn: inspection.inspectedOn,
      title: LABELS.Violation[violation],
      description: `监督检查(${inspection.id})发现:${inspection.findings}`,
      violations: [violation],
      inspectionId: inspection.id,
    });
  }
  const days = workingDays('2024-01-08', '2024-11-29');
  for (const template of REFERRALS.concat(REFERRALS.slice(0, 4), REFERRALS.slice(0, 3)))
    filed.push({
      source: CaseSource.REFERRAL,
      referredBy: template.referredBy,
      entity: pickEntity(random, template.category, template.nameHint),
      receivedOn: random.pick(days),
      title: LABELS.Violation[template.violations[0]!],
      description: template.description,
      violations: template.violations,
    });
  const complaints = CASES_FILED_2024 - CRIMINAL_TRANSFERS_2024 - filed.length;
  for (let i = 0; i < complaints; i++) {
    const template = COMPLAINTS[i % COMPLAINTS.length]!;
    filed.push({
      source: CaseSource.COMPLAINT,
      entity: pickEntity(random, template.category, template.nameHint),
      receivedOn: random.pick(days),
      title: LABELS.Violation[template.violations[0]!],
      description: template.description,
      violations: template.violations,
    });
  }
  return { filed, criminal };
}

const POLICE_RECEIPT = (year: string, n: number) => `巴公(食药环)受字〔${year}〕${n}号`;

function planCriminal(random: Random, plan: CasePlan, n: number, prosecuted: boolean, today: string) {
  plan.filedOn = addWorkingDays(plan.receivedOn, random.int(1, 3));
  plan.investigatedOn = addWorkingDays(plan.filedOn, 0);
  plan.seizures.push(
    seizureFor(random, plan, plan.investigatedOn),
    seizureFor(random, plan, plan.investigatedOn, '涉案包装材料及工具', '件'),
  );
  const on = addWorkingDays(plan.investigatedOn, random.int(8, 25));
  const year = on.slice(0, 4);
  const received = addDays(on, random.int(0, 1));
  const answered = addDays(received, random.int(1, 3));
  const answers = [
    {
      on: answered,
      outcome: TransferOutcome.FILED,
      note: '经审查,认为有犯罪事实需要追究刑事责任,已立案侦查',
      partnerCaseNumber: `巴公(食药环)立字〔${year}〕${n}号`,
    },
  ];
  const later = addDays(answered, random.int(60, 120));
  if (prosecuted && later <= today)
    answers.push({
      on: later,
      outcome: TransferOutcome.PROSECUTED,
      note: '侦查终结,已移送区人民检察院审查起诉',
      partnerCaseNumber: '',
    });
  plan.transfer = {
    department: PartnerDepartment.POLICE,
    kind: TransferKind.CRIMINAL,
    reason: `当事人涉嫌${plan.violations.includes(Violation.COUNTERFEIT) ? '假冒注册商标罪' : plan.violations.includes(Violation.UNINSPECTED_MEAT) ? '生产、销售不符合安全标准的食品罪' : '生产、销售有毒、有害食品罪'},依据《行政执法机关移送涉嫌犯罪案件的规定》移送`,
    copiedToProcuratorate: true,
    on,
    receipt:
      received <= today ? { on: received, number: POLICE_RECEIPT(year, n), by: '区公安分局食药环侦大队' } : undefined,
    answers: received <= today ? answers.filter((a) => a.on <= today) : [],
  };
}

/** Clues of 2024 that were not filed, and those sent to the department that has jurisdiction. */
function planUnfiled(random: Random, seq: { n: number }): CasePlan[] {
  const plans: CasePlan[] = [];
  const days = workingDays('2024-01-08', '2024-12-06');
  for (let i = 0; i < 14; i++) {
    const template = COMPLAINTS[(i * 5) % COMPLAINTS.length]!;
    const plan = newPlan(
      random,
      {
        source: CaseSource.COMPLAINT,
        entity: pickEntity(random, template.category, template.nameHint),
        receivedOn: random.pick(days),
        title: LABELS.Violation[template.violations[0]!],
        description: template.description,
        violations: template.violations,
      },
      'not-filed',
      seq,
    );
    plan.closedOn = addWorkingDays(plan.receivedOn, random.int(3, 12));
    plan.closingNote = random.pick([
      '经核查,举报内容不属实,不予立案',
      '现场检查未发现违法事实,证据不足,不予立案',
      '违法行为轻微并已当场改正,依法不予立案,予以警示告诫',
    ]);
    plans.push(plan);
  }
  const jurisdiction: [PartnerDepartment, string, string, string][] = [
    [PartnerDepartment.AGRICULTURE, 'FOOD_SELLER', '生鲜', '种植户在豇豆种植中使用禁用农药'],
    [PartnerDepartment.AGRICULTURE, 'FOOD_SELLER', '农贸市场', '养殖户在生猪养殖中使用违禁兽药'],
    [PartnerDepartment.EDUCATION, 'SCHOOL_CANTEEN', '', '学校未落实校长陪餐和家长监督制度'],
    [PartnerDepartment.EDUCATION, 'SCHOOL_CANTEEN', '', '学校违规向学生推销校外配餐'],
  ];
  for (const [department, category, hint, title] of jurisdiction) {
    const entity = pickEntity(random, category, hint);
    const plan = newPlan(
      random,
      {
        source: CaseSource.COMPLAINT,
        entity,
        receivedOn: random.pick(days),
        title: `反映${title}`,
        description: `群众反映${title},经核查属${LABELS.PartnerDepartment[department]}职责范围,依法移送。`,
        violations: [],
      },
      'jurisdiction',
      seq,
    );
    plan.title = `${entity.name}相关线索:${title}`;
    const on = addWorkingDays(plan.receivedOn, random.int(2, 8));
    const received = addWorkingDays(on, random.int(0, 2));
    plan.transfer = {
      department,
      kind: TransferKind.JURISDICTION,
      reason: `${title},依法属${LABELS.PartnerDepartment[department]}管辖`,
      copiedToProcuratorate: false,
      on,
      receipt: {
        on: received,
        number: `${department === 'EDUCATION' ? '巴教科' : '巴农'}收〔2024〕${random.int(10, 99)}号`,
        by: department === 'EDUCATION' ? '区教育科技局体卫艺股' : '区农业综合行政执法大队',
      },
      answers: [
        {
          on: addDays(received, random.int(2, 3)),
          outcome: TransferOutcome.CONCLUDED,
          note: '已受理并依法处理,处理结果已函告',
        },
      ],
    };
    plans.push(plan);
  }
  return plans;
}

/** 2023: a handful of cases for the year before, one transferred to the police. */
function plans2023(random: Random, today: string, seq: { n: number }): CasePlan[] {
  const plans: CasePlan[] = [];
  const days = workingDays('2023-03-01', '2023-11-30');
  for (let i = 0; i < 9; i++) {
    const template = COMPLAINTS[(i * 7) % COMPLAINTS.length]!;
    const plan = newPlan(
      random,
      {
        source: i % 3 === 0 ? CaseSource.INSPECTION : CaseSource.COMPLAINT,
        entity: pickEntity(random, template.category, template.nameHint),
        receivedOn: random.pick(days),
        title: LABELS.Violation[template.violations[0]!],
        description: template.description,
        violations: template.violations,
      },
      i === 4 ? 'criminal' : 'closed',
      seq,
    );
    plan.filedOn = addWorkingDays(plan.receivedOn, random.int(2, 8));
    if (plan.outcome === 'criminal') {
      plan.violations = [Violation.ILLEGAL_ADDITION];
      plan.legalBasis = LEGAL_BASIS.ILLEGAL_ADDITION;
      plan.title = `${plan.entity.name}涉嫌在卤制品中非法添加工业用亚硝酸盐案`;
      planCriminal(random, plan, 1, true, today);
    } else planProcedure(random, plan, 'closed', today);
    plans.push(plan);
  }
  return plans;
}

/** After 2024: cases of the last months whose clocks run now (some overdue, one paused), and fresh transfers. */
function currentPlans(random: Random, today: string, seq: { n: number }): CasePlan[] {
  const year = Number(today.slice(0, 4));
  if (year <= 2024 || today < `${year}-03-01`) return [];
  const ago = (days: number) => {
    const day = addWorkingDays(addDays(today, -days), 0);
    return day <= today ? day : addDays(today, -days);
  };
  const plans: CasePlan[] = [];
  const add = (template: ClueTemplateLike, receivedOn: string, outcome: Outcome) => {
    const plan = newPlan(
      random,
      {
        source: CaseSource.COMPLAINT,
        entity: pickEntity(random, template.category, template.nameHint),
        receivedOn,
        title: template.violations.length ? LABELS.Violation[template.violations[0]!] : template.title,
        description: template.description,
        violations: template.violations,
      },
      outcome,
      seq,
    );
    plans.push(plan);
    return plan;
  };
  const file = (plan: CasePlan) => {
    plan.filedOn = addWorkingDays(plan.receivedOn, 2);
    plan.investigatedOn = plan.filedOn;
    return plan;
  };
  const decide = (plan: CasePlan, on: string) => {
    plan.decidedOn = on;
    plan.penalty = {
      kinds: [PenaltyKind.FINE],
      fine: fineFor(random, plan.violations, plan.entity),
      confiscatedGains: 0,
    };
  };
  add(COMPLAINTS[0]!, ago(6), 'clue');
  add(COMPLAINTS[3]!, ago(40), 'clue');
  const testing = add(COMPLAINTS[10]!, ago(12), 'clue');
  testing.pauses.push({
    kind: PauseKind.TESTING,
    label: '检测检验',
    startsOn: addDays(testing.receivedOn, 2),
    endsOn: null,
    reason: '抽样送检,等待检验报告',
  });
  file(add(COMPLAINTS[1]!, ago(50), 'investigating'));
  file(add(COMPLAINTS[4]!, ago(150), 'investigating'));
  const extended = file(add(COMPLAINTS[8]!, ago(110), 'notified'));
  extended.decisionExtended = true;
  extended.notifiedOn = ago(20);
  const unserved = file(add(COMPLAINTS[6]!, ago(70), 'decided'));
  unserved.notifiedOn = ago(30);
  decide(unserved, ago(14));
  const done = file(add(COMPLAINTS[2]!, ago(80), 'closed'));
  done.notifiedOn = ago(50);
  decide(done, ago(40));
  done.servedOn = addDays(done.decidedOn!, 2);
  done.penaltyPublishedOn = ago(32);
  done.paidOn = ago(30);
  done.closedOn = ago(25);
  done.closingNote = '处罚决定执行完毕,结案';
  const held = file(add(COMPLAINTS[8]!, ago(20), 'investigating'));
  held.seizures.push(seizureFor(random, held, held.investigatedOn!));
  // Fresh transfers, for the partners' workbenches: police and agriculture to receive, education to answer.
  const criminal = file(add(COMPLAINTS[6]!, ago(25), 'criminal'));
  criminal.title = `${criminal.entity.name}涉嫌销售假冒注册商标的白酒案`;
  criminal.violations = [Violation.COUNTERFEIT];
  criminal.legalBasis = LEGAL_BASIS.COUNTERFEIT;
  criminal.seizures.push(seizureFor(random, criminal, criminal.investigatedOn!, '假冒品牌白酒', '瓶'));
  criminal.transfer = {
    department: PartnerDepartment.POLICE,
    kind: TransferKind.CRIMINAL,
    reason: '当事人涉嫌销售假冒注册商标的商品罪,货值金额达到刑事立案追诉标准,依法移送',
    copiedToProcuratorate: true,
    on: ago(2),
    answers: [],
  };
  for (const [department, category, title, received] of [
    [PartnerDepartment.AGRICULTURE, 'FOOD_SELLER', '市场销售芹菜疑似来自使用禁用农药的种植基地', false],
    [PartnerDepartment.EDUCATION, 'SCHOOL_CANTEEN', '学校食堂承包经营者变更未报备', true],
  ] as const) {
    const plan = add(
      {
        category,
        title,
        description: `群众反映${title},属${LABELS.PartnerDepartment[department]}职责范围。`,
        violations: [],
      },
      ago(10),
      'jurisdiction',
    );
    plan.title = `${plan.entity.name}相关线索:${title}`;
    const on = ago(4);
    plan.transfer = {
      department,
      kind: TransferKind.JURISDICTION,
      reason: `${title},依法属${LABELS.PartnerDepartment[department]}管辖`,
      copiedToProcuratorate: false,
      on,
      receipt: received
        ? { on: maxDate(ago(1), on), number: `巴教科收〔${year}〕8号`, by: '区教育科技局体卫艺股' }
        : undefined,
      answers: [],
    };
  }
  return plans;
}

interface ClueTemplateLike {
  category: string;
  nameHint?: string;
  title: string;
  description: string;
  violations: Violation[];
}

/**
 * Every case of the demo data: 2023's, 2024's (119 filed, 4 of them transferred to the police, plus refused clues
 * and clues sent to the department with jurisdiction) and, after 2024, the current ones.
 */
export function planCases(random: Random, inspections: readonly DemoInspection[], today: string): CasePlan[] {
  const seq23 = { n: 0 };
  const seq24 = { n: 0 };
  const seqNow = { n: 0 };
  const { filed, criminal } = specs2024(random, inspections);
  const plans2024 = filed.map((spec) => newPlan(random, spec, 'closed', seq24));
  for (const plan of plans2024) {
    plan.filedOn = minDate(addWorkingDays(plan.receivedOn, random.int(1, 9)), '2024-12-31');
  }
  // The open ones of 2024, chosen by their dates so that their state is plausible today.
  const byDate = [...plans2024].sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.id.localeCompare(b.id));
  const late = byDate.filter((p) => p.source !== CaseSource.SAMPLING && p.receivedOn >= '2024-09-01');
  late.at(-1)!.outcome = 'investigating';
  late.at(-4)!.outcome = 'notified';
  const middle = byDate.filter(
    (p) => p.receivedOn >= '2024-06-01' && p.receivedOn < '2024-09-01' && p.source !== CaseSource.PUBLIC_OPINION,
  );
  for (const p of random.shuffle(middle).slice(0, 3)) p.outcome = 'executing';
  const pesticide = plans2024.filter(
    (p) =>
      p.outcome === 'closed' && p.violations[0] === Violation.PESTICIDE_RESIDUE && p.entity.category === 'FOOD_SELLER',
  );
  for (const p of pesticide.slice(0, 4)) p.outcome = 'no-penalty';
  for (const p of random
    .shuffle(plans2024.filter((p) => p.outcome === 'closed' && p.source === CaseSource.COMPLAINT))
    .slice(0, 2))
    p.outcome = 'withdrawn';
  for (const plan of plans2024) {
    planProcedure(random, plan, plan.outcome, today);
    // Goods are not held for a year: those of the cases still open were returned once the seizure ran out.
    if (plan.outcome === 'investigating' || plan.outcome === 'notified')
      for (const seizure of plan.seizures) seizure.end = { status: 'RETURNED', on: addDays(seizure.seizedOn, 55) };
    if (plan.outcome === 'investigating' && plan.filedOn) {
      const last = plan.pauses.at(-1)?.endsOn;
      const from = last ? addDays(last, 5) : addDays(plan.investigatedOn!, 10);
      plan.pauses.push({
        kind: PauseKind.APPRAISAL,
        label: '鉴定',
        startsOn: from,
        endsOn: null,
        reason: '涉案产品委托司法鉴定,鉴定意见尚未出具',
      });
    }
  }
  const criminalPlans = criminal.map((spec, i) => {
    const plan = newPlan(random, spec, 'criminal', seq24);
    planCriminal(random, plan, i + 1, i !== 3, today);
    return plan;
  });
  const all = [
    ...plans2023(random, today, seq23),
    ...plans2024,
    ...criminalPlans,
    ...planUnfiled(random, seq24),
    ...currentPlans(new Random(20250102), today, seqNow),
  ];
  for (const plan of all) truncate(plan, today);
  number(all);
  return all;
}

/** Nothing in the demo data happens after today: a step dated later is not taken yet (nor any after it). */
function truncate(plan: CasePlan, today: string) {
  const chain = ['filedOn', 'investigatedOn', 'notifiedOn', 'decidedOn', 'servedOn', 'paidOn', 'closedOn'] as const;
  const cut = chain.findIndex((key) => plan[key] !== undefined && plan[key]! > today);
  if (cut >= 0) {
    for (const key of chain.slice(cut)) plan[key] = undefined;
    if (!plan.decidedOn) plan.penalty = undefined;
    if (!plan.closedOn) plan.closingNote = undefined;
  }
  if (plan.penaltyPublishedOn && plan.penaltyPublishedOn > today) plan.penaltyPublishedOn = undefined;
  plan.pauses = plan.pauses.filter((p) => p.startsOn <= today);
  for (const pause of plan.pauses) if (pause.endsOn && pause.endsOn > today) pause.endsOn = null;
  for (const seizure of plan.seizures) if (seizure.end && seizure.end.on > today) seizure.end = undefined;
  if (plan.transfer && plan.transfer.on > today) plan.transfer = undefined;
}

/** 立案编号 and 决定书文号, per year in date order. */
function number(plans: CasePlan[]) {
  const filed = plans
    .filter((p) => p.filedOn)
    .sort((a, b) => a.filedOn!.localeCompare(b.filedOn!) || a.id.localeCompare(b.id));
  const counters = new Map<string, number>();
  const next = (key: string) => {
    counters.set(key, (counters.get(key) ?? 0) + 1);
    return counters.get(key)!;
  };
  for (const plan of filed)
    plan.number = `巴州市监罚立〔${plan.filedOn!.slice(0, 4)}〕${next(`f${plan.filedOn!.slice(0, 4)}`)}号`;
  const decided = plans
    .filter((p) => p.decidedOn)
    .sort((a, b) => a.decidedOn!.localeCompare(b.decidedOn!) || a.id.localeCompare(b.id));
  for (const plan of decided)
    plan.decisionNumber = `巴州市监罚〔${plan.decidedOn!.slice(0, 4)}〕${next(`d${plan.decidedOn!.slice(0, 4)}`)}号`;
}

/** Replays the plans through the case builder: records and their history as the mutations would write them. */
export function buildCases(plans: readonly CasePlan[], campaignNames: ReadonlyMap<string, string>): CaseRecords {
  const out: CaseRecords = { cases: [], pauses: [], penalties: [], transfers: [], seizedItems: [], audit: [] };
  for (const plan of plans) replay(out, plan, campaignNames);
  return out;
}

function replay(out: CaseRecords, plan: CasePlan, campaignNames: ReadonlyMap<string, string>) {
  const seized: DemoSeizedItem[] = [];
  const b = steps(out, plan, campaignNames, seized);
  // Whatever became of goods not yet dealt with by a step (returned after the seizure ran out, say).
  seized.forEach((item, i) => {
    const end = plan.seizures[i]?.end;
    if (end && (item.status === 'SEIZED' || item.status === 'SEALED'))
      b.release(
        item,
        end.on,
        officerActor(plan.officerIds[0]!),
        { status: end.status as SeizedItemStatus },
        `处置(${LABELS.SeizedItemStatus[end.status]})`,
      );
  });
}

function steps(
  out: CaseRecords,
  plan: CasePlan,
  campaignNames: ReadonlyMap<string, string>,
  seized: DemoSeizedItem[],
): CaseBuilder {
  const lead = officerActor(plan.officerIds[0]!);
  const b = new CaseBuilder(
    out,
    {
      id: plan.id,
      title: plan.title,
      source: plan.source,
      entityId: plan.entity.id,
      partyName: plan.entity.name,
      townshipId: plan.entity.townshipId,
      description: plan.description,
      violations: plan.filedOn ? [] : plan.violations,
      campaignId: plan.campaignId,
      disposalId: plan.disposalId ?? null,
      inspectionId: plan.inspectionId ?? null,
      opinionEventId: plan.opinionEventId ?? null,
      referredBy: plan.referredBy ?? null,
      receivedOn: plan.receivedOn,
    },
    lead,
    plan.campaignId ? (campaignNames.get(plan.campaignId) ?? null) : null,
  );
  const filingPauses = plan.pauses.filter((p) => !plan.filedOn || p.startsOn < plan.filedOn);
  for (const p of filingPauses) b.pause(p.kind, p.startsOn, p.endsOn, p.reason, lead, p.label);
  if (plan.filingExtended) b.step('延长立案期限', plan.receivedOn, lead, { filingExtended: true });
  if (plan.outcome === 'not-filed') {
    b.step('不予立案', plan.closedOn!, lead, {
      status: CaseStatus.NOT_FILED,
      closedOn: plan.closedOn!,
      closingNote: plan.closingNote!,
    });
    return b;
  }
  if (plan.outcome === 'jurisdiction') {
    if (plan.transfer) transfer(b, plan, lead, '移送管辖');
    return b;
  }
  if (!plan.filedOn) return b;
  b.step('立案', plan.filedOn, lead, {
    status: CaseStatus.FILED,
    number: plan.number!,
    filedOn: plan.filedOn,
    officerIds: plan.officerIds,
    violations: plan.violations,
    legalBasis: plan.legalBasis,
  });
  if (plan.decisionExtended) b.step('延长办案期限', plan.filedOn, lead, { decisionExtended: true });
  if (!plan.investigatedOn) return b;
  b.step('调查取证', plan.investigatedOn, lead, {
    status: CaseStatus.INVESTIGATING,
    investigatedOn: plan.investigatedOn,
  });
  seized.push(
    ...plan.seizures.map((s) =>
      b.seize(
        {
          name: s.name,
          quantity: s.quantity,
          unit: s.unit,
          measure: s.measure,
          seizedOn: s.seizedOn,
          status: s.measure === SeizureKind.SEAL ? SeizedItemStatus.SEALED : SeizedItemStatus.SEIZED,
          ...CUSTODY,
          note: null,
        },
        lead,
      ),
    ),
  );
  const later = plan.pauses.filter((p) => !filingPauses.includes(p));
  const before = (date?: string) => later.filter((p) => !date || p.startsOn < date);
  for (const p of before(plan.notifiedOn ?? plan.closedOn ?? plan.transfer?.on))
    b.pause(p.kind, p.startsOn, p.endsOn, p.reason, lead, p.label);
  if (plan.outcome === 'criminal') {
    if (plan.transfer) transfer(b, plan, lead, '移送');
    return b;
  }
  if (plan.outcome === 'withdrawn') {
    for (const [i, s] of seized.entries())
      b.release(
        s,
        plan.closedOn!,
        lead,
        { status: plan.seizures[i]!.end!.status as SeizedItemStatus },
        `处置(${LABELS.SeizedItemStatus[plan.seizures[i]!.end!.status]})`,
      );
    b.step('撤销立案(违法事实不能成立)', plan.closedOn!, lead, {
      status: CaseStatus.CLOSED,
      closedOn: plan.closedOn!,
      closingNote: plan.closingNote!,
    });
    return b;
  }
  if (!plan.notifiedOn) return b;
  b.step('行政处罚告知', plan.notifiedOn, lead, { status: CaseStatus.NOTIFIED, notifiedOn: plan.notifiedOn });
  for (const p of later.filter((p) => p.startsOn >= plan.notifiedOn!))
    b.pause(p.kind, p.startsOn, p.endsOn, p.reason, lead, p.label);
  const ends = () =>
    seized.forEach((s, i) => {
      const end = plan.seizures[i]!.end;
      if (end)
        b.release(
          s,
          end.on,
          lead,
          { status: end.status as SeizedItemStatus },
          `处置(${LABELS.SeizedItemStatus[end.status]})`,
        );
    });
  if (plan.outcome === 'no-penalty') {
    ends();
    b.step('不予行政处罚', plan.closedOn!, lead, {
      status: CaseStatus.CLOSED,
      closedOn: plan.closedOn!,
      closingNote: plan.closingNote!,
    });
    return b;
  }
  if (!plan.decidedOn || !plan.penalty) return b;
  b.decide(plan.decidedOn, lead, { decisionNumber: plan.decisionNumber!, ...plan.penalty }, {});
  ends();
  if (!plan.servedOn) return b;
  b.step('送达并执行', plan.servedOn, lead, { status: CaseStatus.EXECUTING, servedOn: plan.servedOn });
  if (plan.penaltyPublishedOn && (!plan.paidOn || plan.penaltyPublishedOn <= plan.paidOn))
    b.penaltyProgress(plan.penaltyPublishedOn, lead, { publishedOn: plan.penaltyPublishedOn });
  if (plan.paidOn) b.penaltyProgress(plan.paidOn, lead, { paidOn: plan.paidOn });
  if (plan.penaltyPublishedOn && plan.paidOn && plan.penaltyPublishedOn > plan.paidOn)
    b.penaltyProgress(plan.penaltyPublishedOn, lead, { publishedOn: plan.penaltyPublishedOn });
  if (plan.closedOn)
    b.step('结案', plan.closedOn, lead, {
      status: CaseStatus.CLOSED,
      closedOn: plan.closedOn,
      closingNote: plan.closingNote!,
    });
  return b;
}

function transfer(b: CaseBuilder, plan: CasePlan, lead: Actor, label: string) {
  const t = plan.transfer!;
  const departmentLabel = LABELS.PartnerDepartment[t.department];
  const record = b.transfer(
    t.on,
    lead,
    { department: t.department, kind: t.kind, reason: t.reason, copiedToProcuratorate: t.copiedToProcuratorate },
    label,
    departmentLabel,
  );
  if (!t.receipt) return;
  b.partner(record, t.receipt.on, '接收部门签收', {
    status: TransferStatus.RECEIVED,
    receivedOn: t.receipt.on,
    receiptNumber: t.receipt.number,
    receivedBy: t.receipt.by,
  });
  for (const answer of t.answers)
    b.partner(record, answer.on, '接收部门答复', {
      status: TransferStatus.ANSWERED,
      answeredOn: answer.on,
      outcome: answer.outcome,
      outcomeNote: answer.note,
      ...(answer.partnerCaseNumber ? { partnerCaseNumber: answer.partnerCaseNumber } : {}),
    });
}
