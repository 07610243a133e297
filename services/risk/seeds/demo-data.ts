import { addDays, type LocalDate, todayInChina } from '@shian/clock';
import { Random } from '@shian/subgraph-kit';
import {
  defaultMatrix,
  DutyFrequency,
  DutyOwnerKind,
  DutyStatus,
  dutyDueDate,
  HazardStatus,
  INCIDENT_STEPS,
  IncidentKind,
  IncidentLevel,
  IncidentStep,
  InvestigationStatus,
  levelOf,
  reportRuleFor,
  RiskCategory,
  type RiskLevel,
  RiskStatus,
} from '../src/rules';
import { CASE_REFS, DISTRICT_OFFICIALS, entityOf, townshipOfficial, trading } from './refs';

/**
 * Risk's demo data: 2025 only (the domain began in 2025; nothing is dated 2024, so the 2024 report is unchanged).
 * Clearly demo records, not claimed facts: every event (incident, consultation, drill) is titled 演示, businesses
 * and officials are the entities domain's demo ones (seeds/refs.ts), and the two enforcement cases linked are its
 * demo cases. Deterministic: a fixed seed of the kit's Random, no clock read, so every machine gets the same rows.
 */
export const DEMO_SEED = 20_250_101;
export const DEMO_YEAR = 2025;

/** The `township` demo user's township (@shian/auth DEMO_TOWNSHIP_ID): it has some of everything. */
export const DEMO_TOWNSHIP = '511902001';

const township = (n: number) => `511902${String(n).padStart(3, '0')}`;
const ALL_TOWNSHIPS = Array.from({ length: 22 }, (_, i) => township(i + 1));
const URBAN = ALL_TOWNSHIPS.slice(0, 8);
const RURAL = ALL_TOWNSHIPS.slice(8);

/** The bureau's units and the other departments that own risks and duties or attend meetings. */
const BUREAU = '区市场监管局';
const UNITS = {
  production: '食品生产安全监管股',
  distribution: '食品流通安全监管股',
  catering: '餐饮服务安全监管股',
  enforcement: '执法大队',
} as const;
const HEALTH = '区卫生健康局';

/** The creator of demo rows that carry a person: the demo officer. */
const RECORDED_BY = '李执法';

const at = (day: string, time: string) => new Date(`${day}T${time}:00+08:00`);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The earlier of two days (ISO dates, so text order is date order; Math.min would turn them into NaN). */
function earlier(a: LocalDate, b: LocalDate): LocalDate {
  if (a <= b) return a;
  return b;
}

export interface DemoRisk {
  id: string;
  code: string;
  title: string;
  hazard: string;
  source: string;
  category: RiskCategory;
  likelihood: number;
  severity: number;
  level: RiskLevel;
  townshipIds: string[];
  businessCategories: string[];
  controls: string | null;
  ownerDepartment: string;
  ownerId: string | null;
  reviewDate: string | null;
  status: RiskStatus;
  createdAt: Date;
  /** Oldest first: the creation, then any re-assessment that changed the level. */
  history: { at: Date; from: RiskLevel | null; to: RiskLevel; likelihood: number; severity: number; reason: string }[];
}

export interface DemoDuty {
  id: string;
  code: string;
  task: string;
  basis: string | null;
  ownerKind: DutyOwnerKind;
  ownerDepartment: string | null;
  townshipId: string | null;
  ownerId: string | null;
  ownerTownshipId: string | null;
  dueDate: string | null;
  frequency: DutyFrequency;
  status: DutyStatus;
  evidence: string | null;
  completedAt: string | null;
  riskId: string | null;
  consultationId: string | null;
  drillId: string | null;
  createdAt: Date;
}

export interface DemoInvestigation {
  id: string;
  code: string;
  theme: string;
  townshipIds: string[];
  startDate: string;
  endDate: string;
  status: InvestigationStatus;
  createdAt: Date;
}

export interface DemoHazard {
  id: string;
  code: string;
  investigationId: string;
  entityId: string;
  townshipId: string;
  description: string;
  foundOn: string;
  rectifyBy: string;
  rectifiedOn: string | null;
  rectifiedNote: string | null;
  verifiedBy: string | null;
  verifiedOn: string | null;
  status: HazardStatus;
  riskId: string | null;
  caseId: string | null;
  createdAt: Date;
}

export interface DemoConsultation {
  id: string;
  code: string;
  date: string;
  title: string;
  summary: string;
  departments: string[];
  townshipIds: string[];
  riskIds: string[];
  conclusions: { id: string; position: number; text: string; dutyId: string }[];
  createdAt: Date;
}

export interface DemoIncident {
  id: string;
  code: string;
  title: string;
  kind: IncidentKind;
  level: IncidentLevel;
  occurredAt: Date;
  place: string;
  entityId: string | null;
  townshipId: string;
  affected: number;
  receivedAt: Date;
  /** The limit in force when received: the default (the demo data edits no rule). */
  reportHours: number;
  reportRuleSource: string;
  reportedAt: Date | null;
  responseDepartments: string[];
  currentStep: IncidentStep;
  timeline: { id: string; step: IncidentStep; at: Date; note: string; by: string }[];
  createdAt: Date;
}

export interface DemoDrill {
  id: string;
  code: string;
  scenario: string;
  date: string;
  departments: string[];
  townshipIds: string[];
  participants: number;
  evaluation: string;
  createdAt: Date;
}

export interface RiskDemoData {
  risks: DemoRisk[];
  duties: DemoDuty[];
  investigations: DemoInvestigation[];
  hazards: DemoHazard[];
  consultations: DemoConsultation[];
  incidents: DemoIncident[];
  drills: DemoDrill[];
}

type RiskSpec = [
  title: string,
  category: RiskCategory,
  likelihood: number,
  severity: number,
  hazard: string,
  source: string,
  businessCategories: string[],
  owner: keyof typeof UNITS,
  controls: string,
];

/** 18 risks across the categories and levels (levels from the default matrix). */
const RISKS: RiskSpec[] = [
  [
    '学校食堂食材进货查验不严',
    RiskCategory.CAMPUS,
    3,
    4,
    '过期或来源不明食材进入校园',
    '学校食堂、校外供餐单位',
    ['SCHOOL_CANTEEN', 'COLLECTIVE_DINING'],
    'catering',
    '索证索票、进货查验记录每月抽查',
  ],
  [
    '校园周边食品销售',
    RiskCategory.CAMPUS,
    3,
    2,
    '“三无”食品、辣条类食品标签不合格',
    '校园周边小卖部、食品摊贩',
    ['FOOD_SELLER', 'FOOD_VENDOR'],
    'distribution',
    '开学季校园周边专项检查',
  ],
  [
    '学校食堂加工操作不规范',
    RiskCategory.CAMPUS,
    2,
    5,
    '生熟混放、留样不全引发群体性食物中毒',
    '学校食堂',
    ['SCHOOL_CANTEEN'],
    'catering',
    '“明厨亮灶”覆盖、留样检查',
  ],
  [
    '农村集体聚餐食物中毒',
    RiskCategory.RURAL_BANQUET,
    4,
    5,
    '流动厨师备餐条件差、菜品放置过久',
    '农村自办宴席、流动厨师',
    ['CATERING'],
    'catering',
    '聚餐报备、乡镇指导员现场指导',
  ],
  [
    '农村宴席食材来源不明',
    RiskCategory.RURAL_BANQUET,
    3,
    3,
    '病死畜禽肉、散装白酒进入宴席',
    '农村自办宴席',
    ['CATERING', 'FOOD_SELLER'],
    'catering',
    '宴席食材索证、散装酒抽检',
  ],
  [
    '误采误食野生菌',
    RiskCategory.WILD_MUSHROOM,
    4,
    5,
    '有毒野生菌误食致中毒甚至死亡',
    '山区村民自采自食、农贸市场销售',
    ['FOOD_SELLER', 'FOOD_VENDOR'],
    'distribution',
    '野生菌季节宣传、农贸市场巡查',
  ],
  [
    '野生菌餐饮加工',
    RiskCategory.WILD_MUSHROOM,
    2,
    4,
    '餐馆加工未熟透的野生菌',
    '农家乐、餐馆',
    ['CATERING'],
    'catering',
    '餐饮单位野生菌加工提示',
  ],
  [
    '小作坊违规使用添加剂',
    RiskCategory.SMALL_WORKSHOP,
    3,
    4,
    '超范围、超限量使用食品添加剂',
    '挂面、糕点、腊肉小作坊',
    ['SMALL_WORKSHOP'],
    'production',
    '小作坊登记证年检、添加剂使用台账',
  ],
  [
    '小作坊生产环境卫生差',
    RiskCategory.SMALL_WORKSHOP,
    3,
    2,
    '生产场所与生活区未分隔、虫害防控缺失',
    '食品小作坊',
    ['SMALL_WORKSHOP'],
    'production',
    '提档升级帮扶',
  ],
  [
    '小作坊白酒甲醇风险',
    RiskCategory.SMALL_WORKSHOP,
    2,
    3,
    '散装白酒甲醇、氰化物超标',
    '酿酒小作坊',
    ['SMALL_WORKSHOP'],
    'production',
    '散装白酒季度抽检',
  ],
  [
    '进口冷链食品溯源不全',
    RiskCategory.COLD_CHAIN,
    2,
    2,
    '进口冷链食品无追溯信息',
    '冷库、冻品经营户',
    ['FOOD_SELLER'],
    'distribution',
    '冷链食品追溯平台录入检查',
  ],
  [
    '冷链断链导致变质',
    RiskCategory.COLD_CHAIN,
    3,
    3,
    '运输储存温度不达标致食品腐败变质',
    '冻品批发、超市冷柜',
    ['FOOD_SELLER', 'FOOD_PRODUCER'],
    'distribution',
    '冷柜温度记录抽查',
  ],
  [
    '冻肉以次充好',
    RiskCategory.COLD_CHAIN,
    2,
    5,
    '母猪肉、注水肉冒充普通猪肉销售',
    '农贸市场冻品店',
    ['FOOD_SELLER'],
    'enforcement',
    '农贸市场肉品专项执法',
  ],
  [
    '网络餐饮“幽灵厨房”',
    RiskCategory.ONLINE_CATERING,
    3,
    4,
    '无实体店、无证经营的网络订餐商户',
    '外卖平台入网商户',
    ['ONLINE_CATERING'],
    'catering',
    '平台入网资质核验',
  ],
  [
    '外卖配送污染',
    RiskCategory.ONLINE_CATERING,
    1,
    3,
    '配送箱清洁消毒不到位、未使用食安封签',
    '外卖配送',
    ['ONLINE_CATERING'],
    'catering',
    '食安封签推广',
  ],
  [
    '网络销售食品标签不符',
    RiskCategory.ONLINE_CATERING,
    1,
    2,
    '网售预包装食品标签、宣传不符合规定',
    '网店、直播带货',
    ['ONLINE_CATERING', 'FOOD_SELLER'],
    'distribution',
    '网络交易监测',
  ],
  [
    '节日期间食品集中消费',
    RiskCategory.OTHER,
    5,
    4,
    '节日集中消费带来的假冒伪劣、过期食品风险',
    '商超、农贸市场',
    ['FOOD_SELLER', 'CATERING'],
    'enforcement',
    '节前专项检查',
  ],
  [
    '保健食品虚假宣传',
    RiskCategory.OTHER,
    1,
    4,
    '会议营销、虚假宣传保健功效',
    '保健食品经营者',
    ['FOOD_SELLER'],
    'distribution',
    '重点经营者约谈',
  ],
];

/** Which townships a category concerns: rural risks the towns, campus and cold chain the city, the rest all. */
function townshipsFor(random: Random, category: RiskCategory, n: number): string[] {
  const pool =
    category === RiskCategory.RURAL_BANQUET || category === RiskCategory.WILD_MUSHROOM
      ? RURAL
      : category === RiskCategory.CAMPUS || category === RiskCategory.COLD_CHAIN
        ? URBAN.slice(1)
        : ALL_TOWNSHIPS.slice(1);
  const picked = random.shuffle(pool).slice(0, random.int(2, 4));
  // The demo township is concerned by two risks in three, so its officer sees a full list, but not everything.
  return (n % 3 === 0 ? picked : [DEMO_TOWNSHIP, ...picked]).sort();
}

function buildRisks(random: Random): DemoRisk[] {
  const matrix = defaultMatrix();
  const districtOfficials = DISTRICT_OFFICIALS();
  return RISKS.map(
    ([title, category, likelihood, severity, hazard, source, businessCategories, owner, controls], i) => {
      const n = i + 1;
      const createdOn = random.date('2025-01-06', '2025-03-28');
      const createdAt = at(createdOn, '10:00');
      const level = levelOf(matrix, likelihood, severity);
      const history: DemoRisk['history'] = [
        { at: createdAt, from: null, to: level, likelihood, severity, reason: '登记' },
      ];
      // Every fourth risk was re-assessed mid-year: its likelihood had been one step lower at first.
      if (n % 4 === 0 && likelihood > 1) {
        const first = levelOf(matrix, likelihood - 1, severity);
        history[0] = { ...history[0]!, to: first, likelihood: likelihood - 1 };
        if (first !== level)
          history.push({
            at: at(random.date('2025-06-02', '2025-07-31'), '15:00'),
            from: first,
            to: level,
            likelihood,
            severity,
            reason: '会商研判后上调可能性',
          });
      }
      const status = n === 15 ? RiskStatus.CLOSED : n % 5 === 0 ? RiskStatus.MONITORING : RiskStatus.ACTIVE;
      return {
        id: `RISK-2025-${pad(n, 3)}`,
        code: `FX-2025-${pad(n, 3)}`,
        title,
        hazard,
        source,
        category,
        likelihood,
        severity,
        level,
        townshipIds: townshipsFor(random, category, n),
        businessCategories,
        controls,
        ownerDepartment: UNITS[owner],
        ownerId: i % 3 === 0 ? random.pick(districtOfficials).id : null,
        reviewDate: random.date('2025-09-01', '2025-12-31'),
        status,
        createdAt,
        history,
      };
    },
  );
}

/** Numbers duties in the order they are made, across their sources. */
class Duties {
  readonly list: DemoDuty[] = [];
  constructor(private readonly random: Random) {}

  add(
    fields: Pick<DemoDuty, 'task' | 'basis' | 'createdAt'> &
      Partial<Pick<DemoDuty, 'riskId' | 'consultationId' | 'drillId' | 'frequency'>> & {
        owner:
          | { kind: DutyOwnerKind.DEPARTMENT; department: string }
          | { kind: DutyOwnerKind.TOWNSHIP; townshipId: string }
          | { kind: DutyOwnerKind.OFFICIAL; officialId: string; townshipId: string | null };
        /** Null: a recurring duty given no date, due at the end of its period (stored as the resolver stores it). */
        dueDate: string | null;
        /** done: completed (late when `late`); open: not done, past its due date. */
        outcome: 'done' | 'late' | 'open';
      },
  ): DemoDuty {
    const n = this.list.length + 1;
    const { owner, outcome } = fields;
    const frequency = fields.frequency ?? DutyFrequency.ONCE;
    const assigned = todayInChina(fields.createdAt);
    const dueDate = dutyDueDate({ frequency, dueDate: fields.dueDate, assignedOn: assigned });
    const completedAt =
      outcome === 'done'
        ? this.random.date(earlier(addDays(assigned, 1), dueDate), dueDate)
        : outcome === 'late'
          ? addDays(dueDate, this.random.int(3, 20))
          : null;
    const duty: DemoDuty = {
      id: `DUTY-2025-${pad(n, 3)}`,
      code: `ZR-2025-${pad(n, 3)}`,
      task: fields.task,
      basis: fields.basis,
      ownerKind: owner.kind,
      ownerDepartment: owner.kind === DutyOwnerKind.DEPARTMENT ? owner.department : null,
      townshipId: owner.kind === DutyOwnerKind.TOWNSHIP ? owner.townshipId : null,
      ownerId: owner.kind === DutyOwnerKind.OFFICIAL ? owner.officialId : null,
      ownerTownshipId: owner.kind === DutyOwnerKind.OFFICIAL ? owner.townshipId : null,
      dueDate,
      frequency,
      status: completedAt ? DutyStatus.DONE : this.random.chance(0.5) ? DutyStatus.IN_PROGRESS : DutyStatus.PENDING,
      evidence: completedAt ? '已上传工作台账及现场照片' : null,
      completedAt,
      riskId: fields.riskId ?? null,
      consultationId: fields.consultationId ?? null,
      drillId: fields.drillId ?? null,
      createdAt: fields.createdAt,
    };
    this.list.push(duty);
    return duty;
  }
}

/** The owner of the n-th duty of a kind of source: townships and their officials in turn, the demo township often. */
function ownerFor(
  random: Random,
  n: number,
  townshipIds: readonly string[],
  department: string,
): Parameters<Duties['add']>[0]['owner'] {
  const place = n % 3 === 0 ? DEMO_TOWNSHIP : random.pick(townshipIds);
  switch (n % 3) {
    case 0:
      return { kind: DutyOwnerKind.TOWNSHIP, townshipId: place };
    case 1: {
      const official = townshipOfficial(place);
      return { kind: DutyOwnerKind.OFFICIAL, officialId: official.id, townshipId: official.townshipId };
    }
    default:
      return { kind: DutyOwnerKind.DEPARTMENT, department };
  }
}

/** The n-th duty's outcome: most done, one in six late, one in seven still open past its due date. */
const outcomeOf = (n: number): 'done' | 'late' | 'open' => (n % 7 === 3 ? 'open' : n % 6 === 5 ? 'late' : 'done');

function riskDuties(random: Random, duties: Duties, risks: readonly DemoRisk[]): void {
  risks.forEach((risk, i) => {
    const created = at(addDays(risk.createdAt.toISOString().slice(0, 10), 3), '09:00');
    const recurring = i % 4 === 1;
    duties.add({
      task: `落实「${risk.title}」管控措施:${risk.controls}`,
      basis: '《中华人民共和国食品安全法》第一百零九条',
      createdAt: created,
      riskId: risk.id,
      frequency: recurring ? DutyFrequency.QUARTERLY : DutyFrequency.ONCE,
      owner: ownerFor(random, i, risk.townshipIds, risk.ownerDepartment),
      dueDate: recurring ? '2025-06-30' : random.date('2025-04-15', '2025-11-28'),
      outcome: outcomeOf(i),
    });
  });
  // Eight duties of the district's own plan, not tied to one risk.
  type Owner = Parameters<Duties['add']>[0]['owner'];
  const department = (name: string): Owner => ({ kind: DutyOwnerKind.DEPARTMENT, department: name });
  const place = (townshipId: string): Owner => ({ kind: DutyOwnerKind.TOWNSHIP, townshipId });
  const official = (townshipId: string): Owner => ({
    kind: DutyOwnerKind.OFFICIAL,
    officialId: townshipOfficial(townshipId).id,
    townshipId,
  });
  const plan: [string, string, string, DutyFrequency, Owner][] = [
    [
      '建立健全食品安全风险清单',
      '《地方党政领导干部食品安全责任制规定》',
      '2025-03-31',
      DutyFrequency.ONCE,
      department(BUREAU),
    ],
    [
      '开展食品安全风险隐患排查整治',
      '《中华人民共和国食品安全法》第一百零九条',
      '2025-11-30',
      DutyFrequency.ONCE,
      department(UNITS.enforcement),
    ],
    [
      '调度包保干部督导进度',
      '《企业落实食品安全主体责任监督管理规定》',
      '2025-07-31',
      DutyFrequency.MONTHLY,
      department(BUREAU),
    ],
    [
      '组织食品安全突发事件应急演练',
      '《中华人民共和国食品安全法》第一百零二条',
      '2025-10-31',
      DutyFrequency.ONCE,
      department(UNITS.catering),
    ],
    [
      '完成辖区农村集体聚餐报备登记',
      '《中华人民共和国食品安全法》',
      '2025-09-30',
      DutyFrequency.ONCE,
      place(DEMO_TOWNSHIP),
    ],
    [
      '辖区学校食堂包保督导全覆盖',
      '《学校食品安全与营养健康管理规定》',
      '2025-06-30',
      DutyFrequency.ONCE,
      official(township(5)),
    ],
    [
      '食品小作坊提档升级帮扶',
      '《四川省食品小作坊、小经营店及摊贩管理条例》',
      '2025-11-14',
      DutyFrequency.ONCE,
      place(township(15)),
    ],
    [
      '网络餐饮入网商户抽查',
      '《网络餐饮服务食品安全监督管理办法》',
      '2025-09-30',
      DutyFrequency.QUARTERLY,
      department(UNITS.catering),
    ],
  ];
  for (const [i, [task, basis, dueDate, frequency, owner]] of plan.entries())
    duties.add({
      task,
      basis,
      createdAt: at('2025-01-10', '09:00'),
      frequency,
      owner,
      dueDate,
      outcome: i === 1 ? 'open' : i === 6 ? 'late' : 'done',
    });
}

type InvestigationSpec = [theme: string, townshipIds: string[], start: string, end: string, categories: string[]];

const INVESTIGATIONS: InvestigationSpec[] = [
  [
    '春季学期校园及周边食品安全隐患排查',
    URBAN,
    '2025-03-03',
    '2025-04-30',
    ['SCHOOL_CANTEEN', 'FOOD_SELLER', 'FOOD_VENDOR'],
  ],
  [
    '农村集体聚餐及野生菌食用风险隐患排查',
    [DEMO_TOWNSHIP, ...RURAL],
    '2025-06-03',
    '2025-08-29',
    ['CATERING', 'COLLECTIVE_DINING', 'FOOD_VENDOR'],
  ],
  [
    '冷链食品及食品小作坊专项隐患排查',
    ALL_TOWNSHIPS,
    '2025-10-09',
    '2025-12-12',
    ['FOOD_SELLER', 'SMALL_WORKSHOP', 'FOOD_PRODUCER', 'ONLINE_CATERING'],
  ],
];

const PROBLEMS: Record<string, string[]> = {
  SCHOOL_CANTEEN: ['食品留样不足 125 克', '进货查验记录不全', '餐具消毒记录缺失', '从业人员健康证过期'],
  FOOD_SELLER: ['销售超过保质期的食品', '冷柜温度记录不全', '进口冷链食品无追溯码', '散装食品标签不全'],
  FOOD_VENDOR: ['无防蝇防尘设施', '销售“三无”食品', '从业人员未戴口罩'],
  CATERING: ['生熟食品混放', '后厨无防鼠设施', '加工野生菌未单独存放', '餐具未消毒'],
  COLLECTIVE_DINING: ['供餐留样记录不全', '运输车辆未定期清洗消毒'],
  SMALL_WORKSHOP: ['添加剂使用未建台账', '生产区与生活区未分隔', '原料无进货凭证', '登记证未公示'],
  FOOD_PRODUCER: ['出厂检验记录不全', '车间更衣室消毒设施损坏'],
  ONLINE_CATERING: ['未公示许可证', '外卖未使用食安封签', '实际经营地址与登记不符'],
};

/** The risk a hazard at a business of this category belongs to, if one of the demo risks fits it. */
function riskFor(risks: readonly DemoRisk[], round: number, category: string): string | null {
  const wanted: Record<number, RiskCategory[]> = {
    0: [RiskCategory.CAMPUS],
    1: [RiskCategory.RURAL_BANQUET, RiskCategory.WILD_MUSHROOM],
    2: [RiskCategory.COLD_CHAIN, RiskCategory.SMALL_WORKSHOP, RiskCategory.ONLINE_CATERING],
  };
  const risk = risks.find((r) => wanted[round]!.includes(r.category) && r.businessCategories.includes(category));
  return risk?.id ?? null;
}

function buildInvestigations(
  random: Random,
  risks: readonly DemoRisk[],
): { investigations: DemoInvestigation[]; hazards: DemoHazard[] } {
  const investigations: DemoInvestigation[] = [];
  const hazards: DemoHazard[] = [];
  const addHazard = (
    round: number,
    entityId: string,
    fields: Partial<Pick<DemoHazard, 'caseId' | 'description'>> & { outcome: 'verified' | 'rectified' | 'open' },
  ) => {
    const investigation = investigations[round]!;
    const entity = entityOf(entityId);
    const foundOn = random.date(investigation.startDate, addDays(investigation.endDate, -14));
    const rectifyBy = addDays(foundOn, random.pick([7, 10, 15]));
    const rectified = fields.outcome !== 'open';
    const rectifiedOn = rectified ? addDays(foundOn, random.int(2, 9)) : null;
    const verified = fields.outcome === 'verified';
    const n = hazards.length + 1;
    hazards.push({
      id: `HAZARD-2025-${pad(n, 4)}`,
      code: `YH-2025-${pad(n, 4)}`,
      investigationId: investigation.id,
      entityId,
      townshipId: entity.townshipId,
      description: fields.description ?? random.pick(PROBLEMS[entity.category] ?? ['食品安全管理制度不健全']),
      foundOn,
      rectifyBy,
      rectifiedOn,
      rectifiedNote: rectified ? '已按要求整改,提交整改报告' : null,
      verifiedBy: verified ? townshipOfficial(entity.townshipId).name : null,
      verifiedOn: verified && rectifiedOn ? addDays(rectifiedOn, random.int(1, 4)) : null,
      status: verified ? HazardStatus.VERIFIED : rectified ? HazardStatus.RECTIFIED : HazardStatus.OPEN,
      riskId: riskFor(risks, round, entity.category),
      caseId: fields.caseId ?? null,
      createdAt: at(foundOn, '16:00'),
    });
  };

  INVESTIGATIONS.forEach(([theme, townshipIds, startDate, endDate, categories], round) => {
    investigations.push({
      id: `INVESTIGATION-2025-${pad(round + 1, 3)}`,
      code: `PC-2025-${pad(round + 1, 3)}`,
      theme,
      townshipIds: [...townshipIds].sort(),
      startDate,
      endDate,
      status: InvestigationStatus.FINISHED,
      createdAt: at(addDays(startDate, -5), '09:00'),
    });
    // Three businesses of the demo township, then 17 from the round's other townships.
    const local = random.shuffle(trading(categories, [DEMO_TOWNSHIP])).slice(0, 3);
    const others = random
      .shuffle(
        trading(
          categories,
          townshipIds.filter((t) => t !== DEMO_TOWNSHIP),
        ),
      )
      .slice(0, 17);
    for (const [i, entity] of [...local, ...others].entries())
      addHazard(round, entity.id, { outcome: i % 9 === 4 ? 'open' : i % 7 === 6 ? 'rectified' : 'verified' });
  });
  // Two hazards of the last round at businesses with an enforcement case, linked to it.
  for (const [i, linked] of CASE_REFS.entries())
    addHazard(2, linked.entityId, {
      caseId: linked.id,
      description: `复查发现问题未彻底整改,关联执法案件「${linked.title}」`,
      outcome: i === 0 ? 'verified' : 'open',
    });
  return { investigations, hazards };
}

type ConsultationSpec = [
  date: string,
  title: string,
  departments: string[],
  categories: RiskCategory[],
  conclusions: string[],
];

const CONSULTATIONS: ConsultationSpec[] = [
  [
    '2025-03-14',
    '(演示)一季度食品安全风险会商研判会',
    [BUREAU, HEALTH, 'education'],
    [RiskCategory.CAMPUS, RiskCategory.OTHER],
    ['开学季开展校园食品安全专项检查', '学校食堂“明厨亮灶”全覆盖', '节后食品市场专项检查'],
  ],
  [
    '2025-06-13',
    '(演示)二季度食品安全风险会商研判会',
    [BUREAU, HEALTH, 'agriculture'],
    [RiskCategory.WILD_MUSHROOM, RiskCategory.RURAL_BANQUET],
    ['野生菌中毒防范宣传进村入户', '农村集体聚餐报备指导全覆盖'],
  ],
  [
    '2025-09-12',
    '(演示)三季度食品安全风险会商研判会',
    [BUREAU, 'police', 'agriculture'],
    [RiskCategory.COLD_CHAIN, RiskCategory.SMALL_WORKSHOP],
    ['冻品市场以次充好线索联合排查', '小作坊添加剂使用专项抽检'],
  ],
  [
    '2025-12-12',
    '(演示)年度食品安全风险会商研判会',
    [BUREAU, HEALTH, 'police', 'education', 'agriculture'],
    [RiskCategory.ONLINE_CATERING, RiskCategory.OTHER],
    ['元旦春节食品安全专项检查', '网络餐饮入网商户资质核验', '更新风险清单与责任清单'],
  ],
];

function buildConsultations(random: Random, risks: readonly DemoRisk[], duties: Duties): DemoConsultation[] {
  return CONSULTATIONS.map(([date, title, departments, categories, conclusions], i) => {
    const id = `CONSULTATION-2025-${pad(i + 1, 3)}`;
    const discussed = risks.filter((r) => categories.includes(r.category));
    const townshipIds = [...new Set(discussed.flatMap((r) => r.townshipIds))].sort();
    const createdAt = at(date, '17:00');
    return {
      id,
      code: `HS-2025-${pad(i + 1, 3)}`,
      date,
      title,
      summary: `研判${discussed.map((r) => `「${r.title}」`).join('')}等风险,形成 ${conclusions.length} 项结论并纳入责任清单。`,
      departments: [...departments].sort(),
      townshipIds,
      riskIds: discussed.map((r) => r.id),
      conclusions: conclusions.map((text, position) => {
        const duty = duties.add({
          task: text,
          basis: `${title}结论`,
          createdAt,
          consultationId: id,
          owner: ownerFor(random, position, townshipIds, UNITS.catering),
          // The last meeting's tasks are due before the year ends (none completed late into the next); one is open.
          dueDate: i === 3 ? '2025-12-31' : addDays(date, 45),
          outcome: i === 3 ? (position === 1 ? 'open' : 'done') : outcomeOf(position + i),
        });
        return { id: `${id}-C${position + 1}`, position, text, dutyId: duty.id };
      }),
      createdAt,
    };
  });
}

function buildIncidents(): DemoIncident[] {
  const school = entityOf('E0739'); // the demo township's first school canteen (entities README)
  const specs: {
    title: string;
    kind: IncidentKind;
    level: IncidentLevel;
    day: string;
    times: [occurred: string, received: string, reported: string];
    /** Minutes after reception of each later step, up to where the response stands. */
    steps: number[];
    place: string;
    entityId: string | null;
    townshipId: string;
    affected: number;
    responseDepartments: string[];
  }[] = [
    {
      title: `(演示)${school.name}学生疑似食物中毒事件`,
      kind: IncidentKind.FOOD_POISONING,
      level: IncidentLevel.IV,
      day: '2025-04-17',
      times: ['12:30', '13:20', '14:40'],
      steps: [40, 90, 180, 60 * 24 * 3, 60 * 24 * 10],
      place: school.name,
      entityId: school.id,
      townshipId: school.townshipId,
      affected: 12,
      responseDepartments: ['education', HEALTH],
    },
    {
      title: '(演示)农村自办宴席疑似食物中毒事件',
      kind: IncidentKind.FOOD_POISONING,
      level: IncidentLevel.IV,
      day: '2025-07-20',
      // Reported 2 h 35 min after it was received: the 2-hour limit missed.
      times: ['19:00', '22:10', '00:45'],
      steps: [50, 120, 300, 60 * 24 * 5, 60 * 24 * 14],
      place: '化成镇某村村民自办宴席',
      entityId: null,
      townshipId: township(12),
      affected: 23,
      responseDepartments: ['agriculture', 'police', HEALTH],
    },
    {
      title: '(演示)误食野生菌中毒事件',
      kind: IncidentKind.FOOD_POISONING,
      level: IncidentLevel.III,
      day: '2025-08-09',
      times: ['18:30', '20:05', '21:30'],
      steps: [35, 70, 200, 60 * 24 * 7],
      place: '光辉镇某村村民家中',
      entityId: null,
      townshipId: township(20),
      affected: 35,
      responseDepartments: ['agriculture', 'police', HEALTH],
    },
  ];
  const notes: Record<IncidentStep, string> = {
    RECEIVED: '接到报告,登记事件信息',
    VERIFIED: '现场核实发病人数及就诊情况',
    RESPONSE_STARTED: '启动应急响应,成立现场处置组',
    CONTROLLED: '封存剩余食品及原料,采样送检',
    INVESTIGATED: '完成流行病学调查和原因分析',
    CLOSED: '病例全部出院,终止应急响应',
  };
  return specs.map((spec, i) => {
    const id = `INCIDENT-2025-${pad(i + 1, 3)}`;
    const [occurred, received, reported] = spec.times;
    const occurredAt = at(spec.day, occurred);
    const receivedAt = at(spec.day, received);
    const reportedAt = at(reported < received ? addDays(spec.day, 1) : spec.day, reported);
    const timeline = [
      receivedAt,
      ...spec.steps.map((minutes) => new Date(receivedAt.getTime() + minutes * 60_000)),
    ].map((when, s) => {
      const step = INCIDENT_STEPS[s]!;
      return { id: `${id}-T${s + 1}`, step, at: when, note: notes[step], by: RECORDED_BY };
    });
    return {
      id,
      code: `SJ-2025-${pad(i + 1, 3)}`,
      title: spec.title,
      kind: spec.kind,
      level: spec.level,
      occurredAt,
      place: spec.place,
      entityId: spec.entityId,
      townshipId: spec.townshipId,
      affected: spec.affected,
      receivedAt,
      reportHours: reportRuleFor(spec.level).hours,
      reportRuleSource: reportRuleFor(spec.level).source,
      reportedAt,
      responseDepartments: [...spec.responseDepartments].sort(),
      currentStep: timeline.at(-1)!.step,
      timeline,
      createdAt: receivedAt,
    };
  });
}

function buildDrills(random: Random, duties: Duties): DemoDrill[] {
  const specs: [string, string, string[], string[], number, string, string[]][] = [
    [
      '(演示)校园食物中毒事件应急处置演练',
      '2025-05-22',
      [BUREAU, HEALTH, 'education'],
      [DEMO_TOWNSHIP],
      86,
      '信息报告及时,现场处置流程清晰;样品封存环节衔接不够顺畅。',
      ['完善学校食堂食物中毒应急处置流程图', '组织学校食堂负责人应急知识培训'],
    ],
    [
      '(演示)农村集体聚餐食物中毒应急演练',
      '2025-10-28',
      [BUREAU, HEALTH, 'agriculture'],
      [township(9), township(13)],
      64,
      '乡镇与部门联动顺畅;村级信息员报告意识有待加强。',
      ['开展村级食品安全信息员培训', '修订乡镇食品安全突发事件应急预案'],
    ],
  ];
  return specs.map(([scenario, date, departments, townshipIds, participants, evaluation, followUps], i) => {
    const id = `DRILL-2025-${pad(i + 1, 3)}`;
    const createdAt = at(date, '18:00');
    for (const [f, task] of followUps.entries())
      duties.add({
        task,
        basis: `${scenario}评估意见`,
        createdAt,
        drillId: id,
        owner:
          f === 0
            ? { kind: DutyOwnerKind.DEPARTMENT, department: UNITS.catering }
            : ownerFor(random, 1, townshipIds, BUREAU),
        dueDate: addDays(date, 30),
        outcome: i === 1 && f === 1 ? 'open' : 'done',
      });
    return {
      id,
      code: `YL-2025-${pad(i + 1, 3)}`,
      scenario,
      date,
      departments: [...departments].sort(),
      townshipIds: [...townshipIds].sort(),
      participants,
      evaluation,
      createdAt,
    };
  });
}

/** The code of the demo's recurring duty given no due date (its stored one is the end of its month). */
export const DEMO_UNDATED_DUTY = 'ZR-2025-041';

/**
 * A monthly duty of the demo township assigned without a date, still open: due at the end of November 2025 by the
 * clock's rule, so overdue, and counted alike by the list's overdue filter and WorkReport.risk. Made last, so the
 * records before it and their random draws are unchanged.
 */
function standingDuty(duties: Duties): void {
  const duty = duties.add({
    task: '每月汇总本乡镇包保干部督导记录并报送',
    basis: '《企业落实食品安全主体责任监督管理规定》',
    createdAt: at('2025-11-03', '09:00'),
    frequency: DutyFrequency.MONTHLY,
    owner: { kind: DutyOwnerKind.TOWNSHIP, townshipId: DEMO_TOWNSHIP },
    dueDate: null,
    outcome: 'open',
  });
  if (duty.code !== DEMO_UNDATED_DUTY) throw new Error(`the undated demo duty is ${duty.code}`);
}

export function buildRiskDemoData(): RiskDemoData {
  const random = new Random(DEMO_SEED);
  const risks = buildRisks(random);
  const duties = new Duties(random);
  riskDuties(random, duties, risks);
  const { investigations, hazards } = buildInvestigations(random, risks);
  const consultations = buildConsultations(random, risks, duties);
  const incidents = buildIncidents();
  const drills = buildDrills(random, duties);
  standingDuty(duties);
  return { risks, duties: duties.list, investigations, hazards, consultations, incidents, drills };
}
