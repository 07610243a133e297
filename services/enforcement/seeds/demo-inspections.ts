import { addDays } from '@shian/clock';
import { runDraw } from '../src/rules/draw';
import { InspectionKind, InspectionVerdict } from '../src/rules/enums';
import { CAMPAIGNS } from './campaigns';
import { addWorkingDays, maxDate, minDate, pad, workingDays } from './dates';
import { ACTIVE_INSPECTORS, INSPECTORS, UNITS } from './people';
import { Random } from '@shian/subgraph-kit';
import { type EntityRefRecord, trading } from './refs';

export interface DemoInspection {
  id: string;
  entityId: string;
  townshipId: string;
  inspectedOn: string;
  kind: InspectionKind;
  verdict: InspectionVerdict;
  inspectorIds: string[];
  findings: string;
  rectificationDeadline: string | null;
  rectifiedOn: string | null;
  publishedOn: string | null;
  campaignId: string | null;
  drawItemId: string | null;
}

export interface DemoDrawItem {
  id: string;
  position: number;
  entityId: string;
  townshipId: string;
  inspectorIds: string[];
}

export interface DemoDraw {
  id: string;
  title: string;
  year: number;
  drawnOn: string;
  seed: string;
  populationCriteria: string;
  populationIds: string[];
  poolCriteria: string;
  poolIds: string[];
  entityCount: number;
  inspectorsPerEntity: number;
  publishedOn: string | null;
  campaignId: string | null;
  drawnBy: string;
  items: DemoDrawItem[];
}

const CATEGORY_LABELS: Record<string, string> = {
  FOOD_PRODUCER: '食品生产企业',
  FOOD_SELLER: '食品销售者',
  CATERING: '餐饮服务',
  SMALL_WORKSHOP: '食品小作坊',
  FOOD_VENDOR: '食品摊贩',
  SCHOOL_CANTEEN: '学校食堂',
  COLLECTIVE_DINING: '集中用餐单位',
  ONLINE_CATERING: '网络餐饮',
};

const PROBLEMS: Record<string, string[]> = {
  FOOD_PRODUCER: ['出厂检验记录不完整', '生产车间防蝇防鼠设施破损', '原料进货查验记录缺失', '部分产品标签标识不规范'],
  FOOD_SELLER: ['进货查验记录不全', '个别商品超过保质期未下架', '散装食品未标明生产日期', '冷藏柜温度记录缺失'],
  CATERING: ['从业人员健康证过期', '餐具消毒记录不全', '生熟食品混放', '后厨地面油污较重'],
  SMALL_WORKSHOP: ['加工场所卫生条件较差', '未建立原料进货台账', '食品添加剂未专柜存放', '从业人员未佩戴工作帽'],
  FOOD_VENDOR: ['未亮证经营', '食品未采取防尘防蝇措施', '从业人员未持健康证明'],
  SCHOOL_CANTEEN: ['食品留样不足125克', '校长陪餐记录不全', '农残快检记录缺失', '库房食品离地离墙不够'],
  COLLECTIVE_DINING: ['原料索证索票不全', '餐饮具清洗消毒不到位', '留样记录不规范'],
  ONLINE_CATERING: ['网上公示信息与实体店不一致', '外卖包装未使用食品安全封签', '后厨卫生状况较差'],
};

const verdictOf = (random: Random): InspectionVerdict => {
  const roll = random.next();
  return roll < 0.8
    ? InspectionVerdict.COMPLIANT
    : roll < 0.935
      ? InspectionVerdict.BASICALLY_COMPLIANT
      : InspectionVerdict.NON_COMPLIANT;
};

function findingsFor(random: Random, entity: EntityRefRecord, verdict: InspectionVerdict): string {
  const problems = PROBLEMS[entity.category] ?? PROBLEMS.FOOD_SELLER!;
  if (verdict === InspectionVerdict.COMPLIANT) return '检查项目均符合要求,未发现问题。';
  const found = random.shuffle(problems).slice(0, verdict === InspectionVerdict.NON_COMPLIANT ? 2 : 1);
  return verdict === InspectionVerdict.NON_COMPLIANT
    ? `发现${found.join('、')}等问题,涉嫌违反《中华人民共和国食品安全法》,责令立即整改并依法调查处理。`
    : `发现${found.join('、')},责令限期整改。`;
}

const pair = (random: Random, ids: readonly string[] = ACTIVE_INSPECTORS.map((i) => i.id)) =>
  random.shuffle(ids).slice(0, 2);

export interface InspectionContext {
  random: Random;
  today: string;
  out: DemoInspection[];
}

/** One inspection record with the publication and rectification that followed it (as far as `today`). */
function inspect(
  ctx: InspectionContext,
  entity: EntityRefRecord,
  inspectedOn: string,
  kind: InspectionKind,
  options: {
    campaignId?: string | null;
    drawItemId?: string | null;
    inspectorIds?: string[];
    verdict?: InspectionVerdict;
  } = {},
): DemoInspection {
  const { random, today } = ctx;
  const verdict = options.verdict ?? verdictOf(random);
  const deadline =
    verdict === InspectionVerdict.COMPLIANT
      ? null
      : addDays(inspectedOn, verdict === InspectionVerdict.NON_COMPLIANT ? 15 : 30);
  const rectified = deadline ? addDays(inspectedOn, random.chance(0.05) ? 40 : random.int(5, 14)) : null;
  const published = addWorkingDays(inspectedOn, random.chance(0.03) ? random.int(21, 26) : random.int(2, 18));
  const inspection: DemoInspection = {
    id: '',
    entityId: entity.id,
    townshipId: entity.townshipId,
    inspectedOn,
    kind,
    verdict,
    inspectorIds: options.inspectorIds ?? pair(random),
    findings: findingsFor(random, entity, verdict),
    rectificationDeadline: deadline,
    rectifiedOn: rectified && rectified <= today ? rectified : null,
    publishedOn: published <= today ? published : null,
    campaignId: options.campaignId ?? null,
    drawItemId: options.drawItemId ?? null,
  };
  ctx.out.push(inspection);
  return inspection;
}

const DRAWS_2024 = [
  {
    n: 1,
    title: '2024年第一季度食品生产企业"双随机"抽查',
    on: '2024-03-05',
    categories: ['FOOD_PRODUCER'],
    count: 12,
    units: [0, 3],
    campaignId: null,
  },
  {
    n: 2,
    title: '2024年第二季度食品销售者"双随机"抽查',
    on: '2024-05-08',
    categories: ['FOOD_SELLER'],
    count: 30,
    units: [1, 4, 5, 6],
    campaignId: null,
  },
  {
    n: 3,
    title: '2024年第三季度餐饮服务(含网络餐饮)"双随机"抽查',
    on: '2024-08-06',
    categories: ['CATERING', 'ONLINE_CATERING'],
    count: 25,
    units: [2, 4, 5, 6, 7],
    campaignId: null,
  },
  {
    n: 4,
    title: '2024年秋季学期学校食堂"双随机"抽查',
    on: '2024-09-03',
    categories: ['SCHOOL_CANTEEN'],
    count: 15,
    units: [2, 3],
    campaignId: 'CR2024-05',
  },
  {
    n: 5,
    title: '"三小"专项执法行动食品小作坊"双随机"抽查',
    on: '2024-10-15',
    categories: ['SMALL_WORKSHOP'],
    count: 24,
    units: [0, 3, 7, 8, 9],
    campaignId: 'CE2024-03',
  },
];

function draw(
  ctx: InspectionContext,
  spec: {
    id: string;
    title: string;
    on: string;
    categories: string[];
    count: number;
    units: number[];
    campaignId: string | null;
  },
  inspect: boolean,
): DemoDraw {
  const population = spec.categories.flatMap((category) => trading(category));
  const units = spec.units.map((u) => UNITS[u]!);
  const pool = ACTIVE_INSPECTORS.filter((i) => units.includes(i.unit as (typeof UNITS)[number]));
  const seed = `${spec.on.replaceAll('-', '')}-${spec.id}`;
  const { picks } = runDraw({
    seed,
    population: population.map((e) => e.id),
    pool: pool.map((i) => i.id),
    entityCount: spec.count,
    inspectorsPerEntity: 2,
  });
  const byId = new Map(population.map((e) => [e.id, e]));
  const items = picks.map((pick, i) => ({
    id: `${spec.id}-${pad(i + 1, 3)}`,
    position: i + 1,
    entityId: pick.entityId,
    townshipId: byId.get(pick.entityId)!.townshipId,
    inspectorIds: pick.inspectorIds,
  }));
  let last = spec.on;
  if (inspect)
    for (const item of items) {
      const on = addWorkingDays(spec.on, ctx.random.int(3, 25));
      last = maxDate(last, on);
      inspectOne(ctx, byId.get(item.entityId)!, on, item, spec.campaignId);
    }
  return {
    id: spec.id,
    title: spec.title,
    year: Number(spec.on.slice(0, 4)),
    drawnOn: spec.on,
    seed,
    populationCriteria: `在营的${spec.categories.map((c) => CATEGORY_LABELS[c]).join('、')}(全区)`,
    populationIds: population.map((e) => e.id).sort(),
    poolCriteria: `在岗执法人员:${units.join('、')}`,
    poolIds: pool.map((i) => i.id).sort(),
    entityCount: spec.count,
    inspectorsPerEntity: 2,
    publishedOn: inspect ? minDate(addWorkingDays(last, ctx.random.int(3, 10)), ctx.today) : null,
    campaignId: spec.campaignId,
    drawnBy: INSPECTORS.find((i) => i.name === '李执法')!.name,
    items,
  };
}

function inspectOne(
  ctx: InspectionContext,
  entity: EntityRefRecord,
  on: string,
  item: DemoDrawItem,
  campaignId: string | null,
) {
  inspect(ctx, entity, on, InspectionKind.RANDOM, { drawItemId: item.id, inspectorIds: item.inspectorIds, campaignId });
}

/**
 * 2024: every trading business inspected at least once (a quarter twice), the campaigns' special inspections, a
 * few flying inspections, and five 双随机 draws through the year with their inspections. After 2024, a current
 * draw not yet inspected or published, and the last weeks' inspections (some not yet published).
 */
export function buildInspections(random: Random, today: string): { inspections: DemoInspection[]; draws: DemoDraw[] } {
  const ctx: InspectionContext = { random, today, out: [] };
  const days2024 = workingDays('2024-01-03', '2024-12-20');
  const draws: DemoDraw[] = [];
  for (const spec of DRAWS_2024) draws.push(draw(ctx, { ...spec, id: `RD2024-${pad(spec.n, 2)}` }, true));
  for (const entity of trading()) {
    inspect(ctx, entity, random.pick(days2024), InspectionKind.ROUTINE);
    if (random.chance(0.25)) inspect(ctx, entity, random.pick(days2024), InspectionKind.ROUTINE);
  }
  for (const campaign of CAMPAIGNS) {
    const targets = random.shuffle(campaign.categories.flatMap((category) => trading(category)));
    const days = workingDays(campaign.startsOn, minDate(campaign.endsOn, `${campaign.year}-12-20`));
    for (const entity of targets.slice(0, campaign.inspections))
      inspect(ctx, entity, random.pick(days), InspectionKind.SPECIAL, { campaignId: campaign.id });
  }
  for (const entity of random.shuffle(trading('FOOD_PRODUCER')).slice(0, 4))
    inspect(ctx, entity, random.pick(days2024), InspectionKind.FLYING);

  const year = Number(today.slice(0, 4));
  if (year > 2024 && today >= `${year}-02-01`) {
    // The current part draws from its own generator, so that 2024 comes out the same whatever today is.
    const now: InspectionContext = { random: new Random(20250101), today, out: ctx.out };
    const recent = workingDays(addDays(today, -40), addDays(today, -1));
    for (const entity of now.random.shuffle(trading()).slice(0, 24))
      inspect(now, entity, now.random.pick(recent), InspectionKind.ROUTINE);
    const drawnOn = addWorkingDays(addDays(today, -6), 0) <= today ? addWorkingDays(addDays(today, -6), 0) : today;
    draws.push(
      draw(
        now,
        {
          id: `RD${year}-01`,
          title: `${year}年食品销售者"双随机"抽查(待检查)`,
          on: drawnOn,
          categories: ['FOOD_SELLER'],
          count: 20,
          units: [1, 4, 5, 6],
          campaignId: null,
        },
        false,
      ),
    );
  }
  // Numbered per year in date order once all are made (IS2024-0001 is the year's first).
  ctx.out.sort((a, b) => a.inspectedOn.localeCompare(b.inspectedOn));
  const perYear = new Map<string, number>();
  for (const inspection of ctx.out) {
    const y = inspection.inspectedOn.slice(0, 4);
    perYear.set(y, (perYear.get(y) ?? 0) + 1);
    inspection.id = `IS${y}-${pad(perYear.get(y)!, 4)}`;
  }
  return { inspections: ctx.out, draws };
}
