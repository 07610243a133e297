import { completeCreditCode, CREDIT_CODE_ALPHABET } from '../src/rules/credit-code';
import { addDays, addMonths } from '../src/rules/dates';
import { EntityCategory, EntityStatus, LicenseKind, RiskGrade } from '../src/rules/enums';
import { DEFAULT_BANDS, gradeFor, totalScore } from '../src/rules/grading';
import { GIVEN_NAMES, SURNAMES, TOWNSHIPS, TRADE_NAMES, URBAN_ROADS, VILLAGES } from './places';
import type { Random } from '@shian/subgraph-kit';
import type { DemoAssessment, DemoEntity, DemoLicense } from './types';

/**
 * How many of each category, in this order; entity ids run E0001… through the categories in this order (README
 * lists the ranges, for other subgraphs' demo data). Small workshops outnumber the 295 that training upgrades.
 */
export const CATEGORY_COUNTS: ReadonlyArray<[EntityCategory, number]> = [
  [EntityCategory.FOOD_PRODUCER, 48],
  [EntityCategory.FOOD_SELLER, 180],
  [EntityCategory.CATERING, 160],
  [EntityCategory.SMALL_WORKSHOP, 310],
  [EntityCategory.FOOD_VENDOR, 40],
  [EntityCategory.SCHOOL_CANTEEN, 66],
  [EntityCategory.COLLECTIVE_DINING, 24],
  [EntityCategory.ONLINE_CATERING, 36],
];

const NAME_PATTERNS: Record<EntityCategory, string[]> = {
  FOOD_PRODUCER: [
    '巴中市{t}食品有限公司',
    '四川{t}食品有限公司',
    '巴中{t}酒业有限公司',
    '巴中市{t}茶业有限公司',
    '巴州区{t}粮油有限公司',
    '巴中{t}饮用水有限公司',
    '巴中市{t}调味品有限公司',
    '四川{t}肉类食品有限公司',
    '巴中{t}食品厂',
  ],
  FOOD_SELLER: [
    '{t}超市',
    '巴州区{t}副食店',
    '{t}便利店',
    '巴州区{t}粮油经营部',
    '{t}生鲜超市',
    '{p}农贸市场{t}冻品店',
    '{t}烟酒副食店',
    '{t}母婴用品店',
  ],
  CATERING: ['{t}火锅店', '{t}餐馆', '巴州区{t}酒楼', '{t}面馆', '{t}小吃店', '{t}农家乐', '{t}烧烤店', '{t}饭店'],
  SMALL_WORKSHOP: [
    '{t}豆腐坊',
    '{t}挂面坊',
    '{t}酿酒坊',
    '{t}腊肉加工坊',
    '{t}糕点坊',
    '{t}榨油坊',
    '{t}米粉加工坊',
    '{t}红苕粉坊',
  ],
  FOOD_VENDOR: ['{s}记凉面摊', '{s}记烧烤摊', '{s}记凉粉摊', '{s}记锅盔摊', '{s}记卤菜摊'],
  SCHOOL_CANTEEN: [
    '巴州区{p}中心小学食堂',
    '巴州区{p}初级中学食堂',
    '巴州区{p}中心幼儿园食堂',
    '巴州区{p}九年制学校食堂',
  ],
  COLLECTIVE_DINING: ['巴州区{p}敬老院食堂', '巴州区{p}卫生院食堂', '巴州区{p}便民服务中心食堂', '巴中{t}配餐有限公司'],
  ONLINE_CATERING: ['{t}外卖(巴州店)', '{t}炸鸡(巴中店)', '{t}麻辣烫(巴州店)', '{t}快餐(巴中店)'],
};

/** 2nd character of the credit code: the registering authority's entity type. */
const CODE_PREFIX: Record<EntityCategory, string> = {
  FOOD_PRODUCER: '91', // 工商 · 企业
  FOOD_SELLER: '92', // 工商 · 个体工商户 (most shops)
  CATERING: '92',
  SMALL_WORKSHOP: '92',
  FOOD_VENDOR: '92',
  SCHOOL_CANTEEN: '12', // 机构编制 · 事业单位
  COLLECTIVE_DINING: '12',
  ONLINE_CATERING: '91',
};

/** SC food category codes (食品生产许可分类目录) for producers. */
const SC_CATEGORIES = ['101', '102', '103', '104', '106', '111', '114', '115', '116', '124', '125', '131'];

export const ASSESSORS = ['李执法', '赵文静', '周志强', '苟明亮', '蒲海燕', '岳思远'];

const URBAN_WEIGHT = 3;

export function personName(random: Random): string {
  return random.pick(SURNAMES) + random.pick(GIVEN_NAMES);
}

function townshipFor(random: Random, index: number): (typeof TOWNSHIPS)[number] {
  // Every township first gets one of each category; the rest lean towards the town centre.
  if (index < TOWNSHIPS.length) return TOWNSHIPS[index]!;
  const total = TOWNSHIPS.reduce((sum, t) => sum + (t.urban ? URBAN_WEIGHT : 1), 0);
  let at = random.next() * total;
  for (const township of TOWNSHIPS) {
    at -= township.urban ? URBAN_WEIGHT : 1;
    if (at < 0) return township;
  }
  return TOWNSHIPS[TOWNSHIPS.length - 1]!;
}

function address(random: Random, township: (typeof TOWNSHIPS)[number]): string {
  const place = township.urban
    ? `${random.pick(URBAN_ROADS)}${random.int(1, 380)}号`
    : `${random.pick(VILLAGES)}${random.int(1, 12)}组${random.int(1, 60)}号`;
  return `四川省巴中市巴州区${township.name}${place}`;
}

function phone(random: Random, category: EntityCategory): string | null {
  if (category === EntityCategory.FOOD_VENDOR && random.chance(0.5)) return null;
  if (random.chance(0.35)) return `0827-${random.int(5200000, 5399999)}`;
  return `1${random.pick(['33', '38', '39', '52', '58', '77', '80', '89'])}${String(random.int(0, 99999999)).padStart(8, '0')}`;
}

function creditCode(random: Random, category: EntityCategory, taken: Set<string>): string {
  for (;;) {
    let body = 'MA6';
    while (body.length < 9) body += random.pick([...CREDIT_CODE_ALPHABET]);
    const code = completeCreditCode(`${CODE_PREFIX[category]}511902${body}`);
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

function entityName(random: Random, category: EntityCategory, townshipName: string, taken: Set<string>): string {
  const place = townshipName.replace(/(街道|镇|乡)$/, '');
  for (let attempt = 0; ; attempt++) {
    const name = random
      .pick(NAME_PATTERNS[category])
      .replace('{t}', random.pick(TRADE_NAMES))
      .replace('{p}', attempt < 8 ? place : `${place}${random.pick(VILLAGES).replace('村', '')}`)
      .replace('{s}', random.pick(SURNAMES));
    // Shops in different places may share a trade name; the register tells them apart by township.
    const unique = taken.has(name) && attempt > 4 ? `${name.replace(/(\(.*\))?$/, '')}(${place}店)` : name;
    if (!taken.has(unique)) {
      taken.add(unique);
      return unique;
    }
  }
}

export function buildEntities(random: Random): DemoEntity[] {
  const codes = new Set<string>();
  const names = new Set<string>();
  const entities: DemoEntity[] = [];
  for (const [category, count] of CATEGORY_COUNTS) {
    for (let i = 0; i < count; i++) {
      const township = townshipFor(random, i);
      const roll = random.next();
      const status =
        roll < 0.9
          ? EntityStatus.OPERATING
          : roll < 0.95
            ? EntityStatus.SUSPENDED
            : roll < 0.98
              ? EntityStatus.CANCELLED
              : EntityStatus.REVOKED;
      entities.push({
        id: `E${String(entities.length + 1).padStart(4, '0')}`,
        name: entityName(random, category, township.name, names),
        creditCode: creditCode(random, category, codes),
        category,
        status,
        townshipId: township.id,
        address: address(random, township),
        legalRepresentative: personName(random),
        phone: phone(random, category),
        createdAt: '', // set from the first licence below
      });
    }
  }
  return entities;
}

const LICENSE_KIND: Partial<Record<EntityCategory, { kind: LicenseKind; type?: string; years: number }>> = {
  FOOD_PRODUCER: { kind: LicenseKind.PRODUCTION, years: 5 },
  FOOD_SELLER: { kind: LicenseKind.BUSINESS, type: '1', years: 5 },
  CATERING: { kind: LicenseKind.BUSINESS, type: '2', years: 5 },
  ONLINE_CATERING: { kind: LicenseKind.BUSINESS, type: '2', years: 5 },
  SCHOOL_CANTEEN: { kind: LicenseKind.BUSINESS, type: '3', years: 5 },
  COLLECTIVE_DINING: { kind: LicenseKind.BUSINESS, type: '3', years: 5 },
  SMALL_WORKSHOP: { kind: LicenseKind.SMALL_WORKSHOP, years: 3 },
};

/**
 * Licences: most current (issued 2021-12…2024-10), some renewals with the expired predecessor kept, and a few
 * lapsed (expired by 2024, never renewed: all cancelled/revoked entities and ~6% of the rest). Food vendors (摊贩)
 * hold no licence. Sets each entity's createdAt.
 */
export function buildLicenses(random: Random, entities: DemoEntity[]): DemoLicense[] {
  const licenses: DemoLicense[] = [];
  const sequence = { sc: 0, jy: 0, workshop: 0 };
  const number = (kind: LicenseKind, type: string | undefined, issuedOn: string) => {
    if (kind === LicenseKind.PRODUCTION)
      return `SC${random.pick(SC_CATEGORIES)}511902${String(++sequence.sc).padStart(4, '0')}${random.int(0, 9)}`;
    if (kind === LicenseKind.BUSINESS)
      return `JY${type}511902${String(++sequence.jy).padStart(6, '0')}${random.int(0, 9)}`;
    return `巴州食坊登〔${issuedOn.slice(0, 4)}〕${String(++sequence.workshop).padStart(4, '0')}号`;
  };
  for (const entity of entities) {
    const spec = LICENSE_KIND[entity.category];
    if (!spec) {
      entity.createdAt = `${random.date('2019-03-01', '2024-09-30')}T09:00:00.000Z`;
      continue;
    }
    const add = (issuedOn: string) => {
      const license: DemoLicense = {
        id: `L${String(licenses.length + 1).padStart(4, '0')}`,
        entityId: entity.id,
        kind: spec.kind,
        number: number(spec.kind, spec.type, issuedOn),
        issuedOn,
        validUntil: addDays(addMonths(issuedOn, spec.years * 12), -1),
      };
      licenses.push(license);
      return license;
    };
    const closed = entity.status === EntityStatus.CANCELLED || entity.status === EntityStatus.REVOKED;
    const lapsed = random.chance(0.06) || closed;
    let first: DemoLicense;
    if (lapsed) {
      first = add(random.date(addMonths('2023-01-01', -12 * spec.years), addMonths('2024-10-31', -12 * spec.years)));
    } else {
      const current = random.date('2021-12-01', '2024-10-31');
      const renewed = random.chance(0.3);
      first = renewed ? add(addMonths(current, -12 * spec.years)) : add(current);
      if (renewed) add(current);
    }
    entity.createdAt = `${addDays(first.issuedOn, -random.int(3, 40))}T0${random.int(1, 8)}:${random.int(10, 59)}:00.000Z`;
  }
  return licenses;
}

const GRADE_TOTALS: Record<RiskGrade, [number, number]> = {
  A: [8, DEFAULT_BANDS.aMax],
  B: [DEFAULT_BANDS.aMax + 0.1, DEFAULT_BANDS.bMax],
  C: [DEFAULT_BANDS.bMax + 0.1, DEFAULT_BANDS.cMax],
  D: [DEFAULT_BANDS.cMax + 0.1, 82],
};

function scoresFor(random: Random, grade: RiskGrade): { staticScore: number; dynamicScore: number } {
  const [min, max] = GRADE_TOTALS[grade];
  for (;;) {
    const total = random.score(min, max);
    const staticScore = Math.min(40, random.score(total * 0.3, total * 0.55));
    const dynamicScore = Math.round((total - staticScore) * 10) / 10;
    if (dynamicScore >= 0 && dynamicScore <= 60 && gradeFor(totalScore(staticScore, dynamicScore)) === grade)
      return { staticScore, dynamicScore };
  }
}

function targetGrade(random: Random): RiskGrade {
  const roll = random.next();
  return roll < 0.5 ? RiskGrade.A : roll < 0.82 ? RiskGrade.B : roll < 0.96 ? RiskGrade.C : RiskGrade.D;
}

const neighbour = (random: Random, grade: RiskGrade) => {
  const order = [RiskGrade.A, RiskGrade.B, RiskGrade.C, RiskGrade.D];
  const at = order.indexOf(grade) + (random.chance(0.5) ? 1 : -1);
  return order[Math.min(3, Math.max(0, at))]!;
};

/** Categories graded every year; producers and sellers all of them (the 100% figure), the others most of them. */
const GRADED: Partial<Record<EntityCategory, number>> = {
  FOOD_PRODUCER: 1,
  FOOD_SELLER: 1,
  CATERING: 0.9,
  ONLINE_CATERING: 0.9,
  SCHOOL_CANTEEN: 1,
  COLLECTIVE_DINING: 0.9,
};

/**
 * Yearly assessments for 2023 and 2024: every entity of a graded category whose licence was in force during that
 * year; the 2023 grade mostly agrees with 2024, otherwise a neighbouring grade (the history the UI shows).
 */
export function buildAssessments(random: Random, entities: DemoEntity[], licenses: DemoLicense[]): DemoAssessment[] {
  const byEntity = new Map<string, DemoLicense[]>();
  for (const license of licenses) byEntity.set(license.entityId, [...(byEntity.get(license.entityId) ?? []), license]);
  const licensedIn = (entityId: string, year: number) =>
    (byEntity.get(entityId) ?? []).some((l) => l.issuedOn <= `${year}-12-31` && l.validUntil >= `${year}-01-01`);
  const assessments: DemoAssessment[] = [];
  for (const entity of entities) {
    const share = GRADED[entity.category];
    if (!share || !random.chance(share)) continue;
    const grade2024 = targetGrade(random);
    for (const year of [2023, 2024]) {
      if (!licensedIn(entity.id, year)) continue;
      const grade = year === 2024 || random.chance(0.7) ? grade2024 : neighbour(random, grade2024);
      const { staticScore, dynamicScore } = scoresFor(random, grade);
      // Not before the licence was issued (plus the weeks a first inspection takes).
      const earliest = (byEntity.get(entity.id) ?? []).map((l) => addDays(l.issuedOn, 20)).sort()[0]!;
      if (earliest > `${year}-12-20`) continue;
      const planned = random.date(`${year}-03-01`, `${year}-07-31`);
      assessments.push({
        id: `R${String(assessments.length + 1).padStart(5, '0')}`,
        entityId: entity.id,
        year,
        staticScore,
        dynamicScore,
        totalScore: totalScore(staticScore, dynamicScore),
        grade,
        assessedOn: [planned, earliest].sort()[1]!,
        assessor: `${random.pick(ASSESSORS.slice(0, 3))}、${random.pick(ASSESSORS.slice(3))}`,
      });
    }
  }
  return assessments;
}
