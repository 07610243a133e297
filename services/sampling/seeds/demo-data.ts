import { DEMO_TOWNSHIP_ID } from '@shian/auth';
import { addDays, HolidayCalendar } from '@shian/clock';
import { ENTITY_REFS } from '@shian/demo-refs';
import {
  ConsumerRequestStatus,
  type FailureKind,
  FoodCategory,
  PlanLevel,
  PlanPurpose,
  SampleStatus,
} from '../src/rules/enums';
import { FocusArea, FocusPeriod, periodsOn, varietyOf } from '../src/rules/focus';
import { CATALOGUE } from './catalogue';
import { measure, verdictOf } from './items';
import { addWorkingDays, type LifeContext, live, STALLS_AFTER_FAILURE, type Stall } from './lifecycle';
import { CONSUMER_REQUESTS_2024, DECLINED_REPLIES, LABS, PLANS_2024, type PlanSpec, SAMPLERS } from './places';
import { Random } from '@shian/subgraph-kit';
import type { DemoData, DemoPlan, DemoSample, EntityRefRecord } from './types';

export type * from './types';
export { PLANS_2024 } from './places';

/** Fixed, so that every database seeded anywhere holds the same 2024 records. */
export const DEMO_SEED = 20240318;

/** The figure of the 2024 work summary that the demo data reproduces from records. */
export const BATCHES_2024 = 1847;

const ENTITIES: readonly EntityRefRecord[] = ENTITY_REFS;
const LEVEL_PREFIX: Record<PlanLevel, string> = { NATIONAL: 'GC', PROVINCIAL: 'SC', CITY: 'CC', DISTRICT: 'QC' };
const CHANNELS = ['巴州区市场监管局微信公众号', '大美巴州App', '12315热线', '"你点我检"线下征集点'];

function workingDays(calendar: HolidayCalendar, from: string, to: string): string[] {
  const days: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) if (calendar.isWorkingDay(date)) days.push(date);
  return days;
}

function weighted<T extends string>(random: Random, weights: Partial<Record<T, number>>): T {
  const entries = Object.entries(weights) as [T, number][];
  let at = random.next() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [key, w] of entries) {
    at -= w;
    if (at < 0) return key;
  }
  return entries[entries.length - 1]![0];
}

/**
 * Where a food of this category is sampled: an operating business of a fitting kind (by category and name), in the
 * given township if one is asked for.
 */
function placeFor(random: Random, category: FoodCategory, townshipId?: string): EntityRefRecord {
  const specs = CATALOGUE[category].places;
  const operating = ENTITIES.filter((e) => e.status === 'OPERATING' && (!townshipId || e.townshipId === townshipId));
  for (let attempt = 0; attempt < 6; attempt++) {
    const spec =
      attempt < 3
        ? specs[Math.min(specs.length - 1, Math.floor(random.next() * random.next() * specs.length * 1.5))]!
        : specs[attempt % specs.length]!;
    const pool = operating.filter(
      (e) => e.category === spec.category && (!spec.nameHas || spec.nameHas.some((word) => e.name.includes(word))),
    );
    if (pool.length) return random.pick(pool);
  }
  const sellers = operating.filter((e) => e.category === 'FOOD_SELLER');
  return random.pick(sellers.length ? sellers : operating);
}

/** The working day n working days before `date`. */
function workingDaysBefore(calendar: HolidayCalendar, date: string, n: number): string {
  let day = date;
  for (let counted = 0; counted < n; ) {
    day = addDays(day, -1);
    if (calendar.isWorkingDay(day)) counted++;
  }
  return day;
}

interface Draft {
  plan: DemoPlan;
  spec: Pick<PlanSpec, 'labs' | 'purpose'>;
  category: FoodCategory;
  sampledOn: string;
  consumerRequestId: string | null;
  /** Held up at this step (the current batch's overdue samples). */
  stall?: Stall;
  /** The township to sample in, when it matters which. */
  townshipId?: string;
}

/**
 * The sampling domain's demo data: the 2024 plans and their 1,847 batches (deterministic: the same on every run),
 * plus, when seeded after 2024, a current batch of samples dated up to `today` and still in progress, so that
 * clocks run and some are overdue. The current part never touches 2024.
 */
export function buildDemoData(options: { today: string; seed?: number }): DemoData {
  const calendar = HolidayCalendar.chinese();
  const out: DemoData = {
    plans: [],
    samples: [],
    testItems: [],
    events: [],
    rechecks: [],
    objections: [],
    disposals: [],
    consumerRequests: [],
    infantFormulaBatches: [],
  };
  const random = new Random(options.seed ?? 20240318);
  const ctx: LifeContext = {
    random,
    calendar,
    today: options.today,
    out,
    counters: { event: 0, recheck: 0, objection: 0, disposal: 0, caseNumber: {} },
    lateFactor: 1,
  };

  // 你点我检 of 2024: the answered ones get the special plan's batches.
  const requests = CONSUMER_REQUESTS_2024.map((request, i) => ({
    id: `CR2024-${String(i + 1).padStart(3, '0')}`,
    title: request.title,
    category: request.category,
    description: request.description,
    channel: CHANNELS[i % CHANNELS.length]!,
    submittedBy: `市民${random.pick(['王', '陈', '刘', '杨', '张', '黄', '周', '吴'])}**`,
    submittedOn: random.pick(workingDays(calendar, '2024-02-20', '2024-06-28')),
    votes: request.votes,
    status: request.answered ? ConsumerRequestStatus.ANSWERED : ConsumerRequestStatus.DECLINED,
    reply: request.answered ? null : (DECLINED_REPLIES[request.title] ?? '经研究,暂不纳入抽检。'),
  }));
  out.consumerRequests.push(...requests);
  const answered = requests.filter((r) => r.status === ConsumerRequestStatus.ANSWERED);

  const drafts: Draft[] = [];
  for (const spec of PLANS_2024) {
    const special = Object.keys(spec.mix).length === 0;
    const categories = special
      ? [...new Set(answered.map((r) => r.category))]
      : (Object.keys(spec.mix) as FoodCategory[]);
    const plan: DemoPlan = {
      id: spec.id,
      year: 2024,
      level: spec.level,
      purpose: spec.purpose,
      name: spec.name,
      issuer: spec.issuer,
      categories,
      quota: spec.quota,
      startsOn: spec.startsOn,
      endsOn: spec.endsOn,
      focusVarieties: spec.focus?.varieties ?? [],
      focusPeriods: spec.focus?.periods ?? [],
      focusAreas: spec.focus?.areas ?? [],
    };
    out.plans.push(plan);
    const days = workingDays(calendar, spec.startsOn, spec.endsOn);
    for (let i = 0; i < spec.quota; i++) {
      const request = special ? answered[i % answered.length]! : null;
      const category = request ? request.category : weighted(random, spec.mix);
      let sampledOn = random.pick(days);
      if (request && sampledOn <= request.submittedOn)
        sampledOn = addWorkingDays(calendar, request.submittedOn, random.int(10, 40));
      drafts.push({ plan, spec, category, sampledOn, consumerRequestId: request?.id ?? null });
    }
  }
  for (const request of answered)
    request.reply = `已组织抽检${drafts.filter((d) => d.consumerRequestId === request.id).length}批次,结果已在局微信公众号公布。`;

  writeSamples(ctx, drafts, 2024, 'S24-');

  // 批批检: every infant formula batch found on sale in 2024 is one of the plan's samples.
  for (const sample of out.samples.filter((s) => s.category === FoodCategory.INFANT_FORMULA)) {
    out.infantFormulaBatches.push({
      id: `IF${sample.id.slice(1)}`,
      year: 2024,
      brand: sample.brand!,
      product: `${sample.brand}${sample.foodName}`,
      stage: sample.foodName.includes('1段') ? 1 : sample.foodName.includes('2段') ? 2 : 3,
      batchNumber: sample.batchNumber,
      entityId: sample.entityId,
      townshipId: sample.townshipId,
      foundOn: addDays(sample.sampledOn, -random.int(0, 6)),
      sampleId: sample.id,
    });
  }

  if (options.today > LAST_FIXED_DAY) buildCurrent(ctx);
  giveFocus(out, calendar);
  return out;
}

/** 重点区域 as the business's register entry shows it: its kind, or the place its name gives. */
function areaOf(entity: EntityRefRecord | undefined): FocusArea | null {
  if (!entity) return null;
  if (entity.category === 'SCHOOL_CANTEEN') return FocusArea.CAMPUS;
  if (entity.name.includes('农家乐')) return FocusArea.RURAL_BANQUET;
  if (entity.name.includes('古镇')) return FocusArea.SCENIC_SPOT;
  if (entity.name.includes('农贸市场')) return FocusArea.MARKET;
  return null;
}

/**
 * Each sample's focus, read off what the records already say (the food, the sampling date against the holiday
 * calendar, the business): no random draw, so adding it left every other value of the demo data, and every 2024
 * figure, as it was. A plan that declares an axis keeps only its own values on that axis.
 */
function giveFocus(out: DemoData, calendar: HolidayCalendar): void {
  const plans = new Map(out.plans.map((plan) => [plan.id, plan]));
  const entities = new Map(ENTITIES.map((entity) => [entity.id, entity]));
  const allowed = <T>(declared: readonly T[], ...values: (T | null)[]): T | null =>
    values.find((value) => value != null && (declared.length === 0 || declared.includes(value))) ?? null;
  for (const sample of out.samples) {
    const plan = plans.get(sample.planId)!;
    sample.focusVariety = allowed(plan.focusVarieties, varietyOf(sample.category, sample.foodName));
    sample.focusPeriod = allowed(plan.focusPeriods, ...periodsOn(sample.sampledOn, calendar));
    sample.focusArea = allowed(plan.focusAreas, areaOf(entities.get(sample.entityId)));
  }
}

/** The last day of the fixed records: 2024's figures are the acceptance figures, so nothing later is dated in it. */
const LAST_FIXED_DAY = '2024-12-31';

/**
 * The current batch's held-up samples (see `Stall`), dated this many working days before the seeding day: with the
 * steps before the stall taking their usual 1–3 (送检), 7–17 (报告), 1–4 (告知) and 2–6 (复检/异议申请) working days,
 * each clock is past its last day by a few working days whatever the draw (送检 5, 报告 20, 复检结论 10, 异议审核 20
 * working days), and every date stays within the batch's 90 days. The first two are in the demo township officer's
 * township, so the township's inbox has overdue samples too; the others in other townships.
 */
const HELD_UP: readonly { stall: Stall; workingDaysAgo: number; demoTownship: boolean }[] = [
  { stall: 'DELIVERY', workingDaysAgo: 8, demoTownship: true },
  { stall: 'REPORT', workingDaysAgo: 25, demoTownship: true },
  { stall: 'REPORT', workingDaysAgo: 31, demoTownship: false },
  { stall: 'RECHECK', workingDaysAgo: 42, demoTownship: false },
  { stall: 'OBJECTION', workingDaysAgo: 52, demoTownship: false },
];

/** The district plan of one year of the current batch. */
function currentPlan(year: number, from: string): DemoPlan {
  const startsOn = `${year}-01-02` > from ? `${year}-01-02` : from;
  return {
    id: `P${year}-QC-01`,
    year,
    level: PlanLevel.DISTRICT,
    purpose: PlanPurpose.SUPERVISION,
    name: `${year}年巴州区食品安全监督抽检(本批次)`,
    issuer: '巴中市巴州区市场监督管理局',
    categories: Object.values(FoodCategory).filter((c) => c !== FoodCategory.INFANT_FORMULA),
    quota: 160,
    startsOn,
    endsOn: `${year}-12-31`,
    focusVarieties: [],
    focusPeriods: [FocusPeriod.MID_AUTUMN, FocusPeriod.SCHOOL_OPENING, FocusPeriod.SPRING_FESTIVAL],
    focusAreas: [FocusArea.CAMPUS, FocusArea.RURAL_BANQUET, FocusArea.MARKET],
  };
}

/**
 * The batch of the district plan in progress: samples over the last three months, still in progress, a few of them
 * held up past a deadline. Early in a year its first weeks belong to the year before's plan (never to 2024).
 */
function buildCurrent(parent: LifeContext): void {
  const { today, calendar, out } = parent;
  const year = Number(today.slice(0, 4));
  const ctx: LifeContext = { ...parent, random: new Random(year), lateFactor: 6 };
  const ninetyDaysAgo = addDays(today, -90);
  const from = ninetyDaysAgo > LAST_FIXED_DAY ? ninetyDaysAgo : addDays(LAST_FIXED_DAY, 1);
  const plans = new Map<number, DemoPlan>();
  for (let y = Number(from.slice(0, 4)); y <= year; y++) {
    const plan = currentPlan(y, from);
    plans.set(y, plan);
    out.plans.push(plan);
  }
  const planOn = (date: string) => plans.get(Number(date.slice(0, 4)))!;
  const days = workingDays(calendar, from, today);
  if (days.length === 0) return;
  const categories = planOn(today).categories;
  const spec = { labs: [LABS.city, LABS.pony, LABS.cti], purpose: PlanPurpose.SUPERVISION };
  const drafts: Draft[] = Array.from({ length: 120 }, () => {
    const category = ctx.random.pick(categories);
    const sampledOn = ctx.random.pick(days);
    return { plan: planOn(sampledOn), spec, category, sampledOn, consumerRequestId: null };
  });
  const otherTownships = ctx.random.shuffle(
    [...new Set(ENTITIES.map((e) => e.townshipId))].filter((id) => id !== DEMO_TOWNSHIP_ID).sort(),
  );
  HELD_UP.forEach(({ stall, workingDaysAgo, demoTownship }, i) => {
    const sampledOn = workingDaysBefore(calendar, today, workingDaysAgo);
    const category = ctx.random.pick(categories);
    // Seeded in the first days of 2025 there is no room before it: those that would be dated in 2024 are left out.
    if (sampledOn < from) return;
    const townshipId = demoTownship ? DEMO_TOWNSHIP_ID : otherTownships[i % otherTownships.length]!;
    drafts.push({ plan: planOn(sampledOn), spec, category, sampledOn, consumerRequestId: null, stall, townshipId });
  });
  for (const [y, plan] of plans) {
    const own = drafts.filter((draft) => draft.plan === plan);
    if (own.length) writeSamples(ctx, own, y, `S${String(y).slice(2)}-`);
  }
  // This year's 你点我检 requests being collected (none before its first working day).
  const thisYear = days.filter((day) => day.startsWith(`${year}-`));
  if (thisYear.length === 0) return;
  const collecting = CONSUMER_REQUESTS_2024.slice(0, 6);
  collecting.forEach((request, i) => {
    out.consumerRequests.push({
      id: `CR${year}-${String(i + 1).padStart(3, '0')}`,
      title: `${request.title}(${year}年)`,
      category: request.category,
      description: request.description,
      channel: CHANNELS[i % CHANNELS.length]!,
      submittedBy: `市民${ctx.random.pick(['李', '赵', '孙', '何'])}**`,
      submittedOn: ctx.random.pick(thisYear),
      votes: ctx.random.int(40, 600),
      status: i < 4 ? ConsumerRequestStatus.COLLECTING : ConsumerRequestStatus.ACCEPTED,
      reply: i < 4 ? null : '已采纳,将纳入下一批次抽检计划。',
    });
  });
}

/** Orders drafts by date, numbers them per level, picks the business, and walks each through its life. */
function writeSamples(ctx: LifeContext, drafts: Draft[], year: number, idPrefix: string): void {
  const { random, out } = ctx;
  drafts.sort((a, b) => a.sampledOn.localeCompare(b.sampledOn) || a.plan.id.localeCompare(b.plan.id));
  const perLevel: Record<string, number> = {};
  drafts.forEach((draft, index) => {
    const spec = CATALOGUE[draft.category];
    const entity = placeFor(random, draft.category, draft.townshipId);
    const level = draft.plan.level;
    perLevel[level] = (perLevel[level] ?? 0) + 1;
    const samplers = random.shuffle(SAMPLERS).slice(0, random.chance(0.2) ? 3 : 2);
    const brand = spec.brands ? random.pick(spec.brands) : null;
    const producedOn =
      spec.brands && brand
        ? addDays(draft.sampledOn, -random.int(5, 120))
        : addDays(draft.sampledOn, -random.int(0, 3));
    const sample: DemoSample = {
      id: `${idPrefix}${String(index + 1).padStart(5, '0')}`,
      number: `${LEVEL_PREFIX[level]}${String(year).slice(2)}511902${String(perLevel[level]).padStart(5, '0')}`,
      planId: draft.plan.id,
      entityId: entity.id,
      townshipId: entity.townshipId,
      foodName: random.pick(spec.foods),
      category: draft.category,
      brand,
      specification: random.pick(spec.specification),
      batchNumber: brand
        ? `${producedOn.replaceAll('-', '')}${random.pick(['A', 'B', 'C', '01', '02'])}`
        : `${producedOn.replaceAll('-', '')}(购进日期)`,
      producedOn,
      sampledOn: draft.sampledOn,
      samplers,
      lab: random.pick(draft.spec.labs),
      status: SampleStatus.SAMPLED,
      verdict: null,
      failureKind: null,
      receivedOn: null,
      reportedOn: null,
      notifiedOn: null,
      publishedOn: null,
      consumerRequestId: draft.consumerRequestId,
      focusVariety: null,
      focusPeriod: null,
      focusArea: null,
    };
    out.samples.push(sample);
    const riskFactor = draft.spec.purpose === PlanPurpose.RISK_MONITORING ? 1.3 : draft.consumerRequestId ? 1.5 : 1;
    const fails =
      random.chance(spec.failRate * riskFactor * 0.9) ||
      (draft.stall !== undefined && STALLS_AFTER_FAILURE.has(draft.stall));
    // The first item of a category is its most frequent failure.
    const failing = fails ? (random.chance(0.6) ? spec.items[0]! : random.pick(spec.items)) : null;
    const others = random.shuffle(spec.items.filter((t) => t !== failing)).slice(0, random.int(2, 3));
    const items = failing ? [failing, ...others] : others;
    live(ctx, sample, {
      fails,
      failure: failing?.kind ?? null,
      purpose: draft.spec.purpose,
      entityCategory: entity.category,
      stall: draft.stall,
    });
    if (!sample.reportedOn) return;
    const failed = sample.verdict === 'UNQUALIFIED' || (out.rechecks.some((r) => r.sampleId === sample.id) && fails);
    items.forEach((template, position) => {
      const itemFails = failed && template === failing;
      out.testItems.push({
        id: `${sample.id}-${position + 1}`,
        sampleId: sample.id,
        position: position + 1,
        name: template.name,
        measured: measure(random, template, itemFails),
        limit: template.limit,
        unit: template.unit,
        standard: template.standard,
        verdict: verdictOf(itemFails),
        failureKind: itemFails ? (template.kind as FailureKind) : null,
      });
    });
  });
}
