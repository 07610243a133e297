import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DEMO_USERS,
  GATEWAY_CREDENTIAL_HEADER,
  gatewayCredentials,
  loadGatewaySigningKey,
  signToken,
} from '@shian/auth';
import type { MikroORM } from '@mikro-orm/core';
import type { HttpApp } from '@shian/server';
import {
  type DatabaseTarget,
  type Dialect,
  openOrm,
  prepareDatabase,
  type SubgraphDefinition,
  serve,
} from '@shian/subgraph-kit';
import { loadSubgraph } from './counted';
import { BENCH_DIR } from './processes';
import { cursorAt } from './queries';
import { REPO_ROOT } from './repo';

/**
 * Data scale: generated (not demo) registers of entities, samples and enforcement cases, small and large, on each
 * dialect; the main list queries and each subgraph's part of the work report timed against each through the
 * subgraphs themselves. The data is kept between runs (results/scale for SQLite, databases
 * `shian_bench_<size>_<domain>` on PostgreSQL) and reused while its generator version matches; migrations added
 * since are applied on reuse, as they would be in production.
 */
// 2: enforcement cases (with their penalties and transfers) join the entities and samples.
// 3: what the work report counts besides: a licence for every business, yearly risk assessments, a disposal for every
// disposed sample.
const GENERATOR_VERSION = 3;
const TOWNSHIPS = Array.from({ length: 20 }, (_, i) => `511902${String(101 + i)}000`);
const ENTITY_CATEGORIES = [
  'FOOD_PRODUCER',
  'FOOD_SELLER',
  'CATERING',
  'SMALL_WORKSHOP',
  'FOOD_VENDOR',
  'SCHOOL_CANTEEN',
  'COLLECTIVE_DINING',
  'ONLINE_CATERING',
];
const FOOD_CATEGORIES = [
  'GRAIN_PRODUCTS',
  'EDIBLE_OIL',
  'CONDIMENTS',
  'MEAT_PRODUCTS',
  'DAIRY',
  'INFANT_FORMULA',
  'BEVERAGES',
  'BOTTLED_WATER',
  'ALCOHOL',
  'PASTRY',
  'SOY_PRODUCTS',
  'STARCH_PRODUCTS',
  'TEA',
  'CONVENIENCE_FOOD',
  'VEGETABLES',
  'FRUIT',
  'LIVESTOCK_MEAT',
  'AQUATIC',
  'EGGS',
  'CATERING_FOOD',
];
const STATUSES: [string, string | null][] = [
  ['PUBLISHED', 'QUALIFIED'],
  ['PUBLISHED', 'QUALIFIED'],
  ['PUBLISHED', 'QUALIFIED'],
  ['QUALIFIED', 'QUALIFIED'],
  ['QUALIFIED', 'QUALIFIED'],
  ['TESTING', null],
  ['SAMPLED', null],
  ['DISPOSED', 'UNQUALIFIED'],
];
const NAME_HEADS = ['金', '福', '鑫', '永', '华', '顺', '兴', '德', '和', '盛', '隆', '康', '佳', '宏', '安', '利'];
const NAME_TAILS = ['食品店', '餐馆', '超市', '食品厂', '小吃店', '面馆', '粮油店', '便利店'];
const YEARS = [2022, 2023, 2024, 2025];

export interface ScaleSize {
  name: 'small' | 'large';
  entities: number;
  samples: number;
  cases: number;
}

export interface ScaleQueryTiming {
  name: string;
  smallMs: number;
  largeMs: number;
}

export interface ScaleResult {
  dialect: Dialect;
  small: ScaleSize & { generationSeconds: number; reused: boolean };
  large: ScaleSize & { generationSeconds: number; reused: boolean };
  repeats: number;
  queries: ScaleQueryTiming[];
}

/** A deterministic pseudo-random sequence, so that two runs generate the same registers. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const pick = <T>(rand: () => number, list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
const pad2 = (n: number) => String(n).padStart(2, '0');
/**
 * A day of the year, in its months from `firstMonth` on (`months` of them), on the 1st to the 28th. The month is drawn
 * before the day: the generated registers depend on that order.
 */
const randomDay = (rand: () => number, year: number, firstMonth = 1, months = 12) =>
  `${year}-${pad2(firstMonth + Math.floor(rand() * months))}-${pad2(1 + Math.floor(rand() * 28))}`;

function target(dialect: Dialect, size: string, domain: string, databaseUrl: string): DatabaseTarget {
  if (dialect === 'sqlite') {
    const dir = path.join(BENCH_DIR, 'results', 'scale', size);
    mkdirSync(dir, { recursive: true });
    return { dialect, dbName: path.join(dir, `${domain}.db`) };
  }
  const url = new URL(databaseUrl);
  url.pathname = '/';
  return { dialect, dbName: `shian_bench_${size}_${domain}`, clientUrl: url.toString() };
}

const MARKER = 'shian_bench_scale';

async function generatedRows(orm: MikroORM): Promise<number | undefined> {
  const connection = orm.em.getConnection();
  await connection.execute(
    `create table if not exists ${MARKER} (version integer not null, rows_total integer not null)`,
  );
  const rows = (await connection.execute(`select version, rows_total from ${MARKER}`)) as {
    version: number;
    rows_total: number;
  }[];
  const row = rows[0];
  return row && Number(row.version) === GENERATOR_VERSION ? Number(row.rows_total) : undefined;
}

/** Inserts `count` rows made by `row(i)`, several hundred per statement, in transactions of 50 000. */
async function bulkInsert(
  orm: MikroORM,
  table: string,
  columns: string[],
  count: number,
  row: (i: number) => unknown[],
) {
  const perStatement = Math.floor(8000 / columns.length);
  const perTransaction = 50_000;
  const head = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < count; start += perTransaction) {
    const end = Math.min(count, start + perTransaction);
    await orm.em.fork().transactional(async (em) => {
      const connection = em.getConnection();
      for (let from = start; from < end; from += perStatement) {
        const to = Math.min(end, from + perStatement);
        const params: unknown[] = [];
        for (let i = from; i < to; i++) params.push(...row(i));
        await connection.execute(
          head + Array.from({ length: to - from }, () => tuple).join(', '),
          params,
          'run',
          em.getTransactionContext(),
        );
      }
    });
  }
}

function entityTownships(size: ScaleSize) {
  const rand = random(7);
  return Array.from({ length: size.entities }, () => pick(rand, TOWNSHIPS));
}

async function generateEntities(orm: MikroORM, size: ScaleSize, dialect: Dialect) {
  const now = dialect === 'sqlite' ? Date.now() : new Date().toISOString();
  await bulkInsert(orm, 'township', ['id', 'name', 'kind'], TOWNSHIPS.length, (i) => [
    TOWNSHIPS[i],
    `第${i + 1}镇`,
    'TOWN',
  ]);
  const townships = entityTownships(size);
  const rand = random(11);
  const columns = [
    'id',
    'name',
    'credit_code',
    'category',
    'status',
    'township_id',
    'address',
    'legal_representative',
    'phone',
    'risk_grade',
    'created_at',
    'updated_at',
  ];
  // Each business's yearly assessments (most businesses graded each year); its grade is its latest one's.
  const assessed = Array.from({ length: size.entities }, () =>
    YEARS.map(() => (rand() < 0.85 ? pick(rand, GRADES) : null)),
  );
  await bulkInsert(orm, 'entity', columns, size.entities, (i) => [
    `ent-${String(i).padStart(9, '0')}`,
    `${pick(rand, NAME_HEADS)}${pick(rand, NAME_HEADS)}${pick(rand, NAME_TAILS)}${i}`,
    `91${String(i).padStart(16, '0')}`,
    pick(rand, ENTITY_CATEGORIES),
    rand() < 0.92 ? 'OPERATING' : 'SUSPENDED',
    townships[i],
    `某路${i}号`,
    '张三',
    null,
    [...(assessed[i] ?? [])].reverse().find((grade) => grade !== null) ?? null,
    now,
    now,
  ]);
  // A licence of five years for every business, issued over the six years before the last one.
  await bulkInsert(
    orm,
    'license',
    ['id', 'entity_id', 'kind', 'number', 'issued_on', 'valid_until'],
    size.entities,
    (i) => {
      const issuedOn = randomDay(rand, 2020 + Math.floor(rand() * 6));
      return [
        `lic-${String(i).padStart(9, '0')}`,
        `ent-${String(i).padStart(9, '0')}`,
        'BUSINESS',
        `JY${String(i).padStart(14, '0')}`,
        issuedOn,
        addDays(`${Number(issuedOn.slice(0, 4)) + 5}${issuedOn.slice(4)}`, -1),
      ];
    },
  );
  const assessments = assessed.flatMap((grades, entity) =>
    grades.flatMap((grade, y) => (grade === null ? [] : [{ entity, year: YEARS[y] as number, grade }])),
  );
  const createdAt = (day: string) => (dialect === 'sqlite' ? Date.parse(`${day}T02:00:00Z`) : `${day}T02:00:00Z`);
  await bulkInsert(
    orm,
    'risk_assessment',
    [
      'id',
      'entity_id',
      'year',
      'static_score',
      'dynamic_score',
      'total_score',
      'grade',
      'assessed_on',
      'assessor',
      'created_at',
    ],
    assessments.length,
    (i) => {
      const a = assessments[i]!;
      const assessedOn = randomDay(rand, a.year, 3, 8);
      const score = GRADE_SCORES[a.grade] as number;
      return [
        `ra-${String(i).padStart(9, '0')}`,
        `ent-${String(a.entity).padStart(9, '0')}`,
        a.year,
        score / 2,
        score / 2,
        score,
        a.grade,
        assessedOn,
        '赵文静、李执法',
        createdAt(assessedOn),
      ];
    },
  );
  await indexForSearch(orm);
}

const GRADES = ['A', 'B', 'C', 'D'] as const;
// A total score inside each grade's default band.
const GRADE_SCORES: Record<string, number> = { A: 20, B: 40, C: 55, D: 70 };

/**
 * The register search's postings of the generated businesses, by the entities subgraph's own backfill (its migration
 * `entity_bigram`, which ran while the table was still empty): the rows were inserted here, not through its writes.
 */
async function indexForSearch(orm: MikroORM) {
  const search = pathToFileURL(path.join(REPO_ROOT, 'services/entities/src/search.ts')).href;
  const { backfillPostings } = (await import(search)) as {
    backfillPostings: (
      execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>,
    ) => Promise<number>;
  };
  await orm.em
    .fork()
    .transactional((em) =>
      backfillPostings((sql, params = []) =>
        em.getConnection().execute(sql, params, 'all', em.getTransactionContext()),
      ),
    );
}

async function generateSamples(orm: MikroORM, size: ScaleSize, dialect: Dialect) {
  const now = dialect === 'sqlite' ? Date.now() : new Date().toISOString();
  const plans = YEARS.map((year) => `BENCH-${year}`);
  await bulkInsert(
    orm,
    'sampling_plan',
    ['id', 'year', 'level', 'purpose', 'name', 'issuer', 'categories', 'quota', 'starts_on', 'ends_on', 'created_at'],
    YEARS.length,
    (i) => [
      plans[i],
      YEARS[i],
      'DISTRICT',
      'SUPERVISION',
      `${YEARS[i]} 年区级监督抽检`,
      '区市场监管局',
      JSON.stringify(FOOD_CATEGORIES),
      size.samples,
      `${YEARS[i]}-01-01`,
      `${YEARS[i]}-12-31`,
      now,
    ],
  );
  const townships = entityTownships(size);
  const rand = random(13);
  const disposed: { sample: number; sampledOn: string }[] = [];
  const columns = [
    'id',
    'number',
    'plan_id',
    'entity_id',
    'township_id',
    'food_name',
    'category',
    'batch_number',
    'sampled_on',
    'samplers',
    'lab',
    'status',
    'verdict',
    'version',
    'created_at',
    'updated_at',
  ];
  await bulkInsert(orm, 'sample', columns, size.samples, (i) => {
    const entity = Math.floor(rand() * size.entities);
    const year = pick(rand, YEARS);
    const [status, verdict] = pick(rand, STATUSES);
    const day = randomDay(rand, year);
    if (status === 'DISPOSED') disposed.push({ sample: i, sampledOn: day });
    return [
      `smp-${String(i).padStart(9, '0')}`,
      `QC${String(i).padStart(10, '0')}`,
      `BENCH-${year}`,
      `ent-${String(entity).padStart(9, '0')}`,
      townships[entity],
      `样品${i % 997}`,
      pick(rand, FOOD_CATEGORIES),
      `B${i}`,
      day,
      '["赵文静","李执法"]',
      '区食品检验所',
      status,
      verdict,
      1,
      now,
      now,
    ];
  });
  // Every disposed sample's disposal: mostly completed, about half of them with a case filed.
  await bulkInsert(
    orm,
    'disposal',
    ['id', 'sample_id', 'started_on', 'actions', 'extended', 'completed_on'],
    disposed.length,
    (i) => {
      const d = disposed[i]!;
      const startedOn = addDays(d.sampledOn, 20);
      return [
        `dsp-${String(d.sample).padStart(9, '0')}`,
        `smp-${String(d.sample).padStart(9, '0')}`,
        startedOn,
        rand() < 0.5 ? 'RECALL,SEAL,FILE_CASE' : 'RECALL,SEAL',
        dialect === 'sqlite' ? 0 : false,
        rand() < 0.9 ? addDays(startedOn, 30) : null,
      ];
    },
  );
}

/** Days after an ISO date, as an ISO date. */
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Where cases stand, weighted as a bureau's register has them: most closed, a tenth still open at some stage, a few
 * refused or transferred (the 2024 demo year: 119 filed, 4 transferred for prosecution).
 */
const CASE_STATUSES: [string, number][] = [
  ['CLUE', 4],
  ['NOT_FILED', 8],
  ['FILED', 4],
  ['INVESTIGATING', 10],
  ['NOTIFIED', 4],
  ['DECIDED', 6],
  ['EXECUTING', 6],
  ['CLOSED', 55],
  ['TRANSFERRED', 3],
];
const CASE_SOURCES: [string, number][] = [
  ['SAMPLING', 30],
  ['COMPLAINT', 28],
  ['INSPECTION', 30],
  ['PUBLIC_OPINION', 5],
  ['REFERRAL', 7],
];
function weighted(rand: () => number, table: readonly [string, number][]) {
  const total = table.reduce((sum, [, weight]) => sum + weight, 0);
  let at = rand() * total;
  for (const [value, weight] of table) {
    at -= weight;
    if (at < 0) return value;
  }
  return table[table.length - 1]![0];
}
const ORDER = ['CLUE', 'FILED', 'INVESTIGATING', 'NOTIFIED', 'DECIDED', 'EXECUTING', 'CLOSED'];
const VIOLATIONS = [
  'PESTICIDE_RESIDUE',
  'ADDITIVE_ABUSE',
  'MICROBIAL',
  'SUBSTANDARD',
  'EXPIRED',
  'HYGIENE',
  'LABELING',
];

interface GeneratedCase {
  id: string;
  status: string;
  filedOn: string | null;
  decidedOn: string | null;
}

/**
 * Cases of the generated businesses, spread over the townships (the business's), the years and the statuses, each
 * with the dates its stage implies (filed within two weeks of the lead, decided within three months); a decided case
 * has its penalty, a transferred one its transfer to the police or a department.
 */
async function generateCases(orm: MikroORM, size: ScaleSize, dialect: Dialect) {
  const now = dialect === 'sqlite' ? Date.now() : new Date().toISOString();
  const townships = entityTownships(size);
  const rand = random(17);
  const cases: GeneratedCase[] = [];
  const columns = [
    'id',
    'number',
    'title',
    'source',
    'status',
    'entity_id',
    'party_name',
    'township_id',
    'description',
    'violation_list',
    'officer_id_list',
    'received_on',
    'filed_on',
    'investigated_on',
    'notified_on',
    'decided_on',
    'served_on',
    'closed_on',
    'version',
    'created_at',
    'updated_at',
  ];
  await bulkInsert(orm, 'case_file', columns, size.cases, (i) => {
    const entity = Math.floor(rand() * size.entities);
    const status = weighted(rand, CASE_STATUSES);
    const source = weighted(rand, CASE_SOURCES);
    const year = pick(rand, YEARS);
    const receivedOn = randomDay(rand, year);
    const reached = (stage: string) =>
      status === 'TRANSFERRED' ? stage === 'FILED' : ORDER.indexOf(status) >= ORDER.indexOf(stage);
    const filed = status !== 'NOT_FILED' && reached('FILED');
    const filedOn = filed ? addDays(receivedOn, 1 + Math.floor(rand() * 14)) : null;
    const investigatedOn = filedOn && reached('INVESTIGATING') ? addDays(filedOn, 2) : null;
    const notifiedOn =
      investigatedOn && reached('NOTIFIED') ? addDays(investigatedOn, 30 + Math.floor(rand() * 30)) : null;
    const decidedOn = notifiedOn && reached('DECIDED') ? addDays(notifiedOn, 5 + Math.floor(rand() * 10)) : null;
    const closedOn =
      status === 'NOT_FILED'
        ? addDays(receivedOn, 10)
        : status === 'CLOSED' && decidedOn
          ? addDays(decidedOn, 20)
          : null;
    const id = `case-${String(i).padStart(9, '0')}`;
    cases.push({ id, status, filedOn, decidedOn });
    return [
      id,
      filedOn ? `案${filedOn.slice(0, 4)}-${String(i).padStart(9, '0')}` : null,
      `涉嫌经营${pick(rand, VIOLATIONS) === 'EXPIRED' ? '超过保质期' : '不合格'}食品案`,
      source,
      status,
      `ent-${String(entity).padStart(9, '0')}`,
      `企业${entity}`,
      townships[entity],
      '生成的案件',
      filedOn ? pick(rand, VIOLATIONS) : '',
      filedOn ? 'insp-1,insp-2' : '',
      receivedOn,
      filedOn,
      investigatedOn,
      notifiedOn,
      decidedOn,
      decidedOn ? addDays(decidedOn, 3) : null,
      closedOn,
      1,
      now,
      now,
    ];
  });
  const decided = cases.filter((c) => c.decidedOn);
  await bulkInsert(
    orm,
    'penalty',
    ['id', 'case_file_id', 'decision_number', 'kind_list', 'fine', 'confiscated_gains', 'paid_on'],
    decided.length,
    (i) => {
      const c = decided[i]!;
      return [
        `pen-${c.id}`,
        c.id,
        `罚字${c.id}`,
        'WARNING,FINE',
        1000 * (2 + Math.floor(rand() * 48)),
        rand() < 0.3 ? 100 * Math.floor(rand() * 100) : 0,
        c.status === 'DECIDED' ? null : addDays(c.decidedOn!, 10),
      ];
    },
  );
  const transferred = cases.filter((c) => c.status === 'TRANSFERRED');
  await bulkInsert(
    orm,
    'transfer',
    [
      'id',
      'case_file_id',
      'department',
      'kind',
      'transferred_on',
      'reason',
      'copied_to_procuratorate',
      'status',
      'created_at',
    ],
    transferred.length,
    (i) => {
      const c = transferred[i]!;
      const police = rand() < 0.8;
      return [
        `tr-${c.id}`,
        c.id,
        police ? 'POLICE' : 'AGRICULTURE',
        police ? 'CRIMINAL' : 'JURISDICTION',
        addDays(c.filedOn!, 20),
        '涉嫌犯罪',
        dialect === 'sqlite' ? Number(police) : police,
        'SENT',
        now,
      ];
    },
  );
}

/**
 * Supplements: data added to an already generated database under a version of its own, so that adding one does not
 * force every other domain's (or helper's) data to be generated again. Each has its name and version here and in the
 * database's table of supplements; a supplement whose version differs is removed and written again.
 */
const SUPPLEMENTS_TABLE = 'shian_bench_scale_supplement';
// 1: the 包保 register (officials, assignments, visits over the years).
const RESPONSIBILITY_SUPPLEMENT = { name: 'responsibility', version: 1, migratedAfterLoad: 'responsibility_tally' };

/** Share of the businesses under 包保 (a bureau puts its producers, canteens and large sellers under it, not all). */
const COVERED_SHARE = 0.25;
const DISTRICT_LEADERS = 12;

/**
 * The 包保 register of the generated businesses: district leaders (a few businesses each), five township officials per
 * township and a village official per hundred businesses. A quarter of the businesses are in township officials'
 * charge from a day of 2022, a tenth of those also in a village official's, about one in five handed to another
 * official on a day of 2023 or 2024; each assignment visited at its interval (three months, or its business's grade's:
 * C two, D one; a village official monthly), each visit from ten days early to a month late, so some are overdue.
 */
async function generateResponsibility(orm: MikroORM, size: ScaleSize) {
  const rand = random(19);
  const entities = (await orm.em
    .getConnection()
    .execute('select id, township_id as "township", risk_grade as "grade" from entity order by id')) as {
    id: string;
    township: string;
    grade: string | null;
  }[];
  const villagePerTownship = Math.max(1, Math.round(size.entities / 100 / TOWNSHIPS.length));
  const officials = [
    ...Array.from({ length: DISTRICT_LEADERS }, (_, i) => ({
      id: `off-d-${pad2(i)}`,
      level: 'DISTRICT',
      township: null as string | null,
    })),
    ...TOWNSHIPS.flatMap((township, t) => [
      ...Array.from({ length: 5 }, (_, i) => ({ id: `off-t-${pad2(t)}-${i}`, level: 'TOWNSHIP', township })),
      ...Array.from({ length: villagePerTownship }, (_, i) => ({
        id: `off-v-${pad2(t)}-${i}`,
        level: 'VILLAGE',
        township,
      })),
    ]),
  ];
  await bulkInsert(orm, 'official', ['id', 'name', 'title', 'level', 'township_id'], officials.length, (i) => {
    const o = officials[i]!;
    return [o.id, `干部${i}`, o.level === 'DISTRICT' ? '副区长' : '包保干部', o.level, o.township];
  });
  const assignments: { id: string; official: string; entity: string; startsOn: string; endsOn: string | null }[] = [];
  const visits: { assignment: string; visitedOn: string }[] = [];
  const last = '2025-12-31';
  const assign = (official: string, entity: string, startsOn: string, endsOn: string | null, months: number) => {
    const id = `asg-${String(assignments.length).padStart(9, '0')}`;
    assignments.push({ id, official, entity, startsOn, endsOn });
    for (let day = addDays(startsOn, Math.floor(rand() * 30)); day <= (endsOn ?? last); ) {
      visits.push({ assignment: id, visitedOn: day });
      day = addDays(day, Math.round(months * 30.4) - 10 + Math.floor(rand() * 40));
    }
  };
  const monthsOf = (grade: string | null) => (grade === 'D' ? 1 : grade === 'C' ? 2 : 3);
  const townshipIndex = new Map(TOWNSHIPS.map((t, i) => [t, i]));
  let leader = 0;
  for (const e of entities) {
    if (rand() >= COVERED_SHARE) continue;
    const t = pad2(townshipIndex.get(e.township) ?? 0);
    const startsOn = randomDay(rand, 2022);
    const official = `off-t-${t}-${Math.floor(rand() * 5)}`;
    if (rand() < 0.2) {
      const endsOn = randomDay(rand, 2023 + Math.floor(rand() * 2));
      assign(official, e.id, startsOn, endsOn, monthsOf(e.grade));
      assign(`off-t-${t}-${Math.floor(rand() * 5)}`, e.id, addDays(endsOn, 1), null, monthsOf(e.grade));
    } else assign(official, e.id, startsOn, null, monthsOf(e.grade));
    if (rand() < 0.1) assign(`off-v-${t}-${Math.floor(rand() * villagePerTownship)}`, e.id, startsOn, null, 1);
    // District leaders: four businesses each, on yearly terms.
    if (leader < DISTRICT_LEADERS * 4 * YEARS.length) {
      const year = YEARS[Math.floor(leader / (DISTRICT_LEADERS * 4))] as number;
      assign(`off-d-${pad2(leader % DISTRICT_LEADERS)}`, e.id, `${year}-01-01`, `${year}-12-31`, monthsOf(e.grade));
      leader++;
    }
  }
  await bulkInsert(
    orm,
    'assignment',
    ['id', 'official_id', 'entity_id', 'starts_on', 'ends_on', 'last_visit_on'],
    assignments.length,
    (i) => {
      const a = assignments[i]!;
      return [a.id, a.official, a.entity, a.startsOn, a.endsOn, null];
    },
  );
  await bulkInsert(orm, 'visit', ['id', 'assignment_id', 'visited_on', 'findings'], visits.length, (i) => [
    `vis-${String(i).padStart(9, '0')}`,
    visits[i]!.assignment,
    visits[i]!.visitedOn,
    '未发现问题',
  ]);
  // recordVisit keeps each assignment's latest visit on it.
  await orm.em
    .getConnection()
    .execute(
      'update assignment set last_visit_on = (select max(v.visited_on) from visit v where v.assignment_id = assignment.id)',
    );
  return { officials: officials.length, assignments: assignments.length, visits: visits.length };
}

/**
 * Adds the entities database's supplements it lacks (or has at another version), with the supplement's tally
 * migration and every later one reverted while the rows load, as the main generation does.
 */
async function supplement(orm: MikroORM, size: ScaleSize) {
  const connection = orm.em.getConnection();
  await connection.execute(
    `create table if not exists ${SUPPLEMENTS_TABLE} (name varchar(40) primary key, version integer not null)`,
  );
  const { name, version, migratedAfterLoad } = RESPONSIBILITY_SUPPLEMENT;
  const rows = (await connection.execute(`select version from ${SUPPLEMENTS_TABLE} where name = ?`, [name])) as {
    version: number;
  }[];
  if (rows[0] && Number(rows[0].version) === version) return 0;
  const started = performance.now();
  const afterLoad = (await orm.getMigrator().getExecutedMigrations()).find((m) =>
    m.name.endsWith(`_${migratedAfterLoad}`),
  )?.name;
  if (afterLoad) await orm.getMigrator().down({ to: afterLoad });
  for (const table of ['visit', 'assignment', 'official']) await connection.execute(`delete from "${table}"`);
  const counts = await generateResponsibility(orm, size);
  if (afterLoad) await orm.getMigrator().up();
  await connection.execute(`delete from ${SUPPLEMENTS_TABLE} where name = ?`, [name]);
  await connection.execute(`insert into ${SUPPLEMENTS_TABLE} (name, version) values (?, ?)`, [name, version]);
  console.log(`[scale] ${size.name}: supplement ${name} ${version}: ${JSON.stringify(counts)}`);
  return (performance.now() - started) / 1000;
}

/**
 * Statistics, and on PostgreSQL a vacuumed visibility map, as a database in service has them (autovacuum): a bulk
 * load leaves neither, and without the map PostgreSQL cannot count from an index alone. On SQLite the write-ahead
 * log is checkpointed into the file and emptied, as a database in service has it between writes (SQLite checkpoints
 * every 1000 pages, and at the last connection's close): the load, the migrations applied on reuse and the
 * supplement leave hundreds of MB in it (entities 115 MB while served, in the run that generated it), and every connection the pool opens (one
 * each 10 s) pays for a long log on its first reads (a copy of the 1M samples with a 1 GB log: a page of 20 rows
 * 3.0 ms on a new connection against 0.27 ms checkpointed; the capped count of a status 1.36 against 0.82 ms).
 * Cheap when already done.
 */
async function settle(orm: MikroORM, dialect: Dialect) {
  const connection = orm.em.getConnection();
  await connection.execute(dialect === 'sqlite' ? 'analyze' : 'vacuum analyze');
  if (dialect !== 'sqlite') return;
  const [result] = (await connection.execute('pragma wal_checkpoint(TRUNCATE)')) as { busy: number; log: number }[];
  if (Number(result?.busy)) console.warn(`[scale] the write-ahead log could not be emptied (${result?.log} pages)`);
}

/**
 * The first migration of each subgraph whose triggers keep a table of figures as rows change (the work report's
 * tallies): a bulk load through them moves the same few tally rows once per row (hours for 1M samples on SQLite; on
 * PostgreSQL each row's update leaves a dead version of those rows until commit). The load runs with that migration
 * and every later one reverted, then applies them again, so the tallies are filled by their own backfill from the
 * loaded rows, as in a database that had the rows before the migrations; the triggers are in place for the timed
 * queries.
 */
// By the name after the timestamp, which differs between the dialects' copies.
const MIGRATED_AFTER_LOAD: Record<string, string | undefined> = {
  entities: 'grading_tally',
  sampling: 'sample_tally',
  enforcement: 'case_tally',
};

/**
 * Opens, migrates and (unless already there) generates one size's database of one subgraph (exported for one-off
 * measurements on a copy of the data).
 */
export async function prepare(
  definition: SubgraphDefinition,
  where: DatabaseTarget,
  size: ScaleSize,
  dialect: Dialect,
) {
  const rows = { entities: size.entities, sampling: size.samples, enforcement: size.cases }[definition.name];
  if (rows === undefined) throw new Error(`no scale data for ${definition.name}`);
  let orm = await openOrm(definition, { target: where });
  await prepareDatabase(orm, definition, { seed: false });
  if ((await generatedRows(orm)) === rows) {
    const supplemented = definition.name === 'entities' ? await supplement(orm, size) : 0;
    await settle(orm, dialect);
    await orm.close();
    return { generationSeconds: supplemented, reused: supplemented === 0 };
  }
  // Anything else there (another size, an older generator) goes: start from an empty, migrated database.
  await orm.close();
  if (where.dialect === 'sqlite') rmSync(where.dbName, { force: true });
  else {
    const admin = await openOrm(definition, { target: { ...where, dbName: 'postgres' } });
    await admin.em.getConnection().execute(`drop database if exists "${where.dbName}"`);
    await admin.close();
  }
  orm = await openOrm(definition, { target: where });
  await prepareDatabase(orm, definition, { seed: false });
  await generatedRows(orm);
  const started = performance.now();
  const suffix = MIGRATED_AFTER_LOAD[definition.name];
  const afterLoad = suffix
    ? (await orm.getMigrator().getExecutedMigrations()).find((m) => m.name.endsWith(`_${suffix}`))?.name
    : undefined;
  if (suffix && !afterLoad) throw new Error(`${definition.name}: no migration *_${suffix} to load the data before`);
  if (afterLoad) await orm.getMigrator().down({ to: afterLoad });
  if (definition.name === 'entities') await generateEntities(orm, size, dialect);
  else if (definition.name === 'sampling') await generateSamples(orm, size, dialect);
  else await generateCases(orm, size, dialect);
  if (afterLoad) await orm.getMigrator().up();
  const connection = orm.em.getConnection();
  await connection.execute(`delete from ${MARKER}`);
  await connection.execute(`insert into ${MARKER} (version, rows_total) values (?, ?)`, [GENERATOR_VERSION, rows]);
  if (definition.name === 'entities') await supplement(orm, size);
  await settle(orm, dialect);
  await orm.close();
  return { generationSeconds: (performance.now() - started) / 1000, reused: false };
}

interface TimedQuery {
  name: string;
  domain: 'entities' | 'sampling' | 'enforcement';
  query: string;
}

const QUERIES: TimedQuery[] = [
  {
    name: 'entities: first page (by name), totalCount',
    domain: 'entities',
    query: '{ entities(first: 20) { totalCount nodes { id name category } } }',
  },
  {
    name: 'entities: township + category, totalCount',
    domain: 'entities',
    query: `{ entities(first: 20, filter: { townshipId: "${TOWNSHIPS[3]}", category: CATERING }) { totalCount nodes { id name } } }`,
  },
  {
    name: 'entities: risk grade D, totalCount',
    domain: 'entities',
    query: '{ entities(first: 20, filter: { riskGrade: D }) { totalCount nodes { id name } } }',
  },
  {
    name: 'entities: page 50 (offset 980)',
    domain: 'entities',
    query: `{ entities(first: 20, after: "${cursorAt(980)}") { nodes { id name } } }`,
  },
  {
    name: 'entities: search 金福 (bigram index), totalCount',
    domain: 'entities',
    query: '{ entities(first: 20, filter: { search: "金福" }) { totalCount nodes { id name } } }',
  },
  {
    name: 'samples: first page (newest), totalCount',
    domain: 'sampling',
    query: '{ samples(first: 20) { totalCount nodes { id number sampledOn } } }',
  },
  {
    name: 'samples: township + year, totalCount',
    domain: 'sampling',
    query: `{ samples(first: 20, filter: { townshipId: "${TOWNSHIPS[3]}", year: 2024 }) { totalCount nodes { id number } } }`,
  },
  {
    name: 'samples: status TESTING, totalCount',
    domain: 'sampling',
    query: '{ samples(first: 20, filter: { status: TESTING }) { totalCount nodes { id number } } }',
  },
  {
    name: 'samples: verdict UNQUALIFIED + year, totalCount',
    domain: 'sampling',
    query: '{ samples(first: 20, filter: { verdict: UNQUALIFIED, year: 2025 }) { totalCount nodes { id number } } }',
  },
  {
    name: 'samples: one entity, totalCount',
    domain: 'sampling',
    query: '{ samples(first: 20, filter: { entityId: "ent-000000042" }) { totalCount nodes { id number } } }',
  },
  {
    name: 'samples: page 50 (offset 980)',
    domain: 'sampling',
    query: `{ samples(first: 20, after: "${cursorAt(980)}") { nodes { id number } } }`,
  },
  // Each subgraph's part of the work report for a year of the data (a quarter of it), every figure asked.
  {
    name: 'workReport(2024): entities part',
    domain: 'entities',
    query: `{ workReport(year: 2024) {
      responsibility { leaders entitiesCovered visits overdueAssignments }
      supervision { townshipsCovered rounds batches promptLetters supervisionLetters rectificationNotices }
      riskGrading { gradedShare licensed graded byGrade { grade count } byTownship { township { id } graded byGrade { grade count } } } } }`,
  },
  {
    name: 'workReport(2024): sampling part',
    domain: 'sampling',
    query: `{ workReport(year: 2024) { sampling {
      batches unqualified unqualifiedRate infantFormulaBatches infantFormulaCoverage disposalsCompleted casesFiled
      consumerRequests consumerRequestsAnswered focusBatches
      byLevel { level batches unqualified quota } byCategory { category batches unqualified }
      byFailureKind { kind batches } byMonth { month batches unqualified } byVerdict { verdict batches }
      byFocusVariety { variety batches unqualified } byFocusPeriod { period batches unqualified }
      byFocusArea { area batches unqualified } } } }`,
  },
  {
    name: 'workReport(2024): enforcement part',
    domain: 'enforcement',
    query: `{ workReport(year: 2024) { enforcement {
      casesFiled casesTransferred rectifications campaigns cluesReceived inspections randomDraws drawnEntities
      jointOperations penalties fines confiscatedGains bySource { source count } byStatus { status count }
      transfersByDepartment { department count } byMonth { month casesFiled inspections } } } }`,
  },
];

// The subgraphs are called directly, so each call carries the gateway credential they require.
const credentials = gatewayCredentials(loadGatewaySigningKey(process.env).key);

/** One call of `query` to the subgraph at `url`: milliseconds from the request to the parsed answer. */
async function call(url: string, domain: string, token: string, query: string): Promise<number> {
  const started = performance.now();
  const credential = await credentials.credentialFor(domain);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      [GATEWAY_CREDENTIAL_HEADER]: credential,
    },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  return performance.now() - started;
}

const middle = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;

/**
 * The median time of `query` on the small and on the large data, their calls taking turns (small then large, then
 * large then small, …) after three rounds of warm-up. Timing every small call and then every large one put whatever
 * the machine did meanwhile on one side only: in the full run of 2026-12-06 every large SQLite call was ~2.5 ms
 * slower than in scale-only runs minutes later (page 50 and one business's samples, a few rows each, 1.6×), while
 * PostgreSQL's large calls came out faster than its small ones (0.66×). Taking turns, a change of load falls on both.
 */
async function timeBoth(
  urls: Record<ScaleSize['name'], string>,
  domain: string,
  token: string,
  query: string,
  repeats: number,
): Promise<Record<ScaleSize['name'], number>> {
  const times: Record<ScaleSize['name'], number[]> = { small: [], large: [] };
  const round = async (i: number, keep: boolean) => {
    const order: ScaleSize['name'][] = i % 2 === 0 ? ['small', 'large'] : ['large', 'small'];
    for (const size of order) {
      const ms = await call(urls[size], domain, token, query);
      if (keep) times[size].push(ms);
    }
  };
  for (let i = 0; i < 3; i++) await round(i, false);
  for (let i = 0; i < repeats; i++) await round(i, true);
  return { small: middle(times.small), large: middle(times.large) };
}

export async function benchScale(options: {
  dialects: Dialect[];
  sizes: [ScaleSize, ScaleSize];
  databaseUrl: string;
  repeats: number;
}): Promise<ScaleResult[]> {
  const officer = DEMO_USERS.find((u) => u.username === 'officer');
  if (!officer) throw new Error('no demo user officer');
  const { token } = await signToken(officer);
  const definitions = {
    entities: await loadSubgraph('entities'),
    sampling: await loadSubgraph('sampling'),
    enforcement: await loadSubgraph('enforcement'),
  };
  const results: ScaleResult[] = [];
  for (const dialect of options.dialects) {
    const queries: ScaleQueryTiming[] = [];
    const generated: Partial<Record<ScaleSize['name'], { generationSeconds: number; reused: boolean }>> = {};
    // Both sizes' subgraphs are served at once, so that their calls can take turns (timeBoth).
    const apps: HttpApp[] = [];
    try {
      const urls: Record<ScaleSize['name'], Record<string, string>> = { small: {}, large: {} };
      for (const size of options.sizes) {
        let generation = 0;
        let reused = true;
        for (const [domain, definition] of Object.entries(definitions)) {
          const where = target(dialect, size.name, domain, options.databaseUrl);
          console.log(`[scale] ${dialect} ${size.name}: ${domain} …`);
          const prepared = await prepare(definition, where, size, dialect);
          generation += prepared.generationSeconds;
          reused &&= prepared.reused;
          const app = await serve(definition, { port: 0, prepare: false, handleSignals: false, target: where });
          apps.push(app);
          urls[size.name][domain] = app.url.replace('localhost', '127.0.0.1');
        }
        generated[size.name] = { generationSeconds: generation, reused };
      }
      for (const q of QUERIES) {
        const ms = await timeBoth(
          { small: urls.small[q.domain] as string, large: urls.large[q.domain] as string },
          q.domain,
          token,
          q.query,
          options.repeats,
        );
        queries.push({ name: q.name, smallMs: ms.small, largeMs: ms.large });
        console.log(
          `[scale] ${dialect} ${q.name.padEnd(48)} small ${ms.small.toFixed(1)} ms, large ${ms.large.toFixed(1)} ms (${(ms.large / ms.small).toFixed(2)}×)`,
        );
      }
    } finally {
      for (const app of apps) await app.close();
    }
    results.push({
      dialect,
      small: { ...options.sizes[0], ...(generated.small as { generationSeconds: number; reused: boolean }) },
      large: { ...options.sizes[1], ...(generated.large as { generationSeconds: number; reused: boolean }) },
      repeats: options.repeats,
      queries,
    });
  }
  return results;
}
