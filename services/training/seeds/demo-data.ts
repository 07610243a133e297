import { TrainingAudience, TrainingMode, WorkshopLevel } from '../src/rules/enums';
import { active, type EntityRefRecord } from './entity-refs';
import { buildOfficerTraining, type DemoOfficerAttendance } from './officer-training';
import { personName } from './people';
import { Random } from '@shian/subgraph-kit';

/**
 * Training's demo data as plain records, deterministic, reproducing the 2024 work summary: 13 sessions for small
 * workshops, school canteens and online caterers covering 2,000 practitioners, 580 assessment batches (re-sits
 * included) and 295 small workshops upgraded; plus a little of 2023, so that years can be told apart, and 2025's
 * officers' sessions (seeds/officer-training.ts), which never enter the practitioners' figures.
 */
export interface DemoSession {
  id: string;
  title: string;
  audience: TrainingAudience;
  heldOn: string;
  trainer: string;
  mode: TrainingMode;
  place: string | null;
  hours: number;
  topics: string;
  townshipId: string | null;
}

export interface DemoAttendance {
  id: string;
  sessionId: string;
  entityId: string;
  townshipId: string;
  personName: string;
  jobTitle: string;
  createdAt: string;
}

export interface DemoAssessment {
  id: string;
  entityId: string;
  townshipId: string;
  sessionId: string | null;
  assessedOn: string;
  assessed: number;
  passed: number;
  examiner: string;
  resitOfId: string | null;
}

export interface DemoUpgrade {
  id: string;
  entityId: string;
  townshipId: string;
  fromLevel: WorkshopLevel;
  toLevel: WorkshopLevel;
  acceptedOn: string;
  acceptedBy: string;
  improvements: string;
}

export interface TrainingDemoData {
  sessions: DemoSession[];
  attendances: DemoAttendance[];
  officerAttendances: DemoOfficerAttendance[];
  assessments: DemoAssessment[];
  upgrades: DemoUpgrade[];
}

export const DEMO_SEED = 20240305;

/** The 2024 figures the demo data must reproduce (docs/domain.md#the-2024-figures). */
export const FIGURES_2024 = { sessions: 13, participants: 2000, assessmentBatches: 580, workshopsUpgraded: 295 };
const RESITS_2024 = 40;

const BUREAU_HALL = '巴州区市场监督管理局三楼会议室';
const ONLINE = null;

type SessionSpec = [
  string,
  TrainingAudience,
  string,
  string,
  TrainingMode,
  string | null,
  string | null,
  number,
  string,
];
// [heldOn, audience, title, trainer, mode, place, host township, attendees, topics]
const SESSIONS: SessionSpec[] = [
  [
    '2023-06-15',
    TrainingAudience.SMALL_WORKSHOP,
    '2023年食品小作坊主体责任培训',
    '蒲海燕',
    TrainingMode.ONSITE,
    BUREAU_HALL,
    null,
    64,
    '小作坊登记管理、生产过程控制、索证索票',
  ],
  [
    '2023-09-07',
    TrainingAudience.SCHOOL_CANTEEN,
    '2023年秋季学期学校食堂食品安全培训',
    '赵文静',
    TrainingMode.ONSITE,
    '巴州区教育科技局报告厅',
    null,
    86,
    '学校食堂"十严禁"、陪餐制度、留样管理',
  ],
  [
    '2024-02-27',
    TrainingAudience.SCHOOL_CANTEEN,
    '2024年春季学期学校食堂食品安全培训',
    '赵文静',
    TrainingMode.ONSITE,
    '巴州区教育科技局报告厅',
    null,
    150,
    '开学季食品安全风险防控、原料采购查验、留样与陪餐',
  ],
  [
    '2024-03-14',
    TrainingAudience.SMALL_WORKSHOP,
    '食品小作坊主体责任落实培训(第一期)',
    '蒲海燕',
    TrainingMode.ONSITE,
    BUREAU_HALL,
    null,
    220,
    '《四川省食品小作坊、小经营店及摊贩管理条例》解读、"日管控、周排查、月调度"',
  ],
  [
    '2024-03-28',
    TrainingAudience.ONLINE_CATERING,
    '网络餐饮服务食品安全培训',
    '周志强',
    TrainingMode.ONLINE,
    ONLINE,
    null,
    100,
    '入网经营资质公示、外卖封签、配送过程温控',
  ],
  [
    '2024-04-18',
    TrainingAudience.SMALL_WORKSHOP,
    '食品小作坊主体责任落实培训(第二期)',
    '蒲海燕',
    TrainingMode.ONSITE,
    '曾口镇便民服务中心',
    '511902013',
    200,
    '生产场所布局、原料进货查验记录、从业人员健康管理',
  ],
  [
    '2024-05-23',
    TrainingAudience.SMALL_WORKSHOP,
    '小作坊提档升级专题培训',
    '岳思远',
    TrainingMode.ONSITE,
    '清江镇便民服务中心',
    '511902010',
    180,
    '提档升级标准、"三区分离"改造、标签标识规范',
  ],
  [
    '2024-06-05',
    TrainingAudience.SCHOOL_CANTEEN,
    '学校食堂食品安全管理员培训',
    '赵文静',
    TrainingMode.ONSITE,
    BUREAU_HALL,
    null,
    140,
    '食品安全管理员职责、食品安全自查、食物中毒应急处置',
  ],
  [
    '2024-07-11',
    TrainingAudience.SMALL_WORKSHOP,
    '小作坊标签标识与食品添加剂使用规范(线上)',
    '苟明亮',
    TrainingMode.ONLINE,
    ONLINE,
    null,
    150,
    'GB 7718 标签标识、GB 2760 添加剂使用范围与限量',
  ],
  [
    '2024-07-25',
    TrainingAudience.ONLINE_CATERING,
    '网络餐饮入网经营者主体责任培训',
    '周志强',
    TrainingMode.ONSITE,
    BUREAU_HALL,
    null,
    110,
    '平台责任与入网经营者义务、"互联网+明厨亮灶"',
  ],
  [
    '2024-08-28',
    TrainingAudience.SCHOOL_CANTEEN,
    '2024年秋季学期学校食堂食品安全培训',
    '赵文静',
    TrainingMode.ONSITE,
    '巴州区教育科技局报告厅',
    null,
    160,
    '秋季开学食品安全检查要点、校外供餐管理',
  ],
  [
    '2024-09-12',
    TrainingAudience.SMALL_WORKSHOP,
    '食品小作坊主体责任落实培训(第三期)',
    '蒲海燕',
    TrainingMode.ONSITE,
    '化成镇便民服务中心',
    '511902012',
    200,
    '风险隐患自查、生产记录、不合格产品召回',
  ],
  [
    '2024-10-24',
    TrainingAudience.SMALL_WORKSHOP,
    '小作坊提档升级验收标准解读',
    '岳思远',
    TrainingMode.ONSITE,
    BUREAU_HALL,
    null,
    190,
    '验收流程、规范级与示范级评定要点',
  ],
  [
    '2024-11-20',
    TrainingAudience.SCHOOL_CANTEEN,
    '学校食堂"互联网+明厨亮灶"应用培训(线上)',
    '李执法',
    TrainingMode.ONLINE,
    ONLINE,
    null,
    110,
    '明厨亮灶设备运维、AI 抓拍预警处置',
  ],
  [
    '2024-12-05',
    TrainingAudience.ONLINE_CATERING,
    '网络餐饮外卖封签与配送管理培训(线上)',
    '周志强',
    TrainingMode.ONLINE,
    ONLINE,
    null,
    90,
    '外卖封签使用、配送箱清洁消毒、投诉处理',
  ],
];

const GROUP_SIZE: Record<string, [number, number]> = {
  SMALL_WORKSHOP: [1, 4],
  SCHOOL_CANTEEN: [2, 8],
  ONLINE_CATERING: [1, 5],
};

const JOB_TITLES: Record<string, string[]> = {
  SMALL_WORKSHOP: ['负责人', '食品安全管理员', '生产人员', '生产人员'],
  SCHOOL_CANTEEN: ['食堂负责人', '食品安全管理员', '厨师', '厨师', '帮厨', '配餐员'],
  ONLINE_CATERING: ['店长', '食品安全管理员', '厨师', '打包员'],
};

const EXAMINERS = ['蒲海燕', '赵文静', '周志强', '苟明亮', '岳思远', '李执法'];
const IMPROVEMENTS = [
  '完成生产区与生活区分离,配备更衣、洗手、消毒设施',
  '建立原料进货查验、生产过程和出厂销售记录台账',
  '更换不锈钢操作台,加装防蝇防鼠防尘设施',
  '安装视频监控,实现"明厨亮灶"',
  '规范产品标签标识,落实出厂检验',
  '改造排水和通风设施,划分原料库与成品库',
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function buildTrainingDemoData(seed = DEMO_SEED): TrainingDemoData {
  const random = new Random(seed);
  const sessions: DemoSession[] = [];
  const attendances: DemoAttendance[] = [];
  /** (session, entity) groups, in order: the candidates for assessment batches. */
  const groups: { session: DemoSession; entity: EntityRefRecord; size: number }[] = [];
  const namesByEntity = new Map<string, Set<string>>();

  const yearCount = new Map<string, number>();
  for (const [heldOn, audience, title, trainer, mode, place, townshipId, target, topics] of SESSIONS) {
    const year = heldOn.slice(0, 4);
    yearCount.set(year, (yearCount.get(year) ?? 0) + 1);
    const session: DemoSession = {
      id: `TS${year}${pad(yearCount.get(year)!, 2)}`,
      title,
      audience,
      heldOn,
      trainer,
      mode,
      place,
      hours: mode === TrainingMode.ONLINE ? 2 : random.pick([3, 4, 6]),
      topics,
      townshipId,
    };
    sessions.push(session);
    const pool = random.shuffle(active(audience));
    const [min, max] = GROUP_SIZE[audience]!;
    let seated = 0;
    for (let at = 0; seated < target; at++) {
      const entity = pool[at % pool.length]!;
      const size = Math.min(random.int(min, max), target - seated);
      groups.push({ session, entity, size });
      const names = namesByEntity.get(entity.id) ?? new Set<string>();
      namesByEntity.set(entity.id, names);
      for (let i = 0; i < size; i++) {
        let name = personName(random);
        while (names.has(name)) name = personName(random);
        names.add(name);
        attendances.push({
          id: `AT${pad(attendances.length + 1, 5)}`,
          sessionId: session.id,
          entityId: entity.id,
          townshipId: entity.townshipId,
          personName: name,
          jobTitle: i === 0 ? JOB_TITLES[audience]![0]! : random.pick(JOB_TITLES[audience]!),
          createdAt: `${heldOn}T0${random.int(0, 1)}:${pad(random.int(0, 59), 2)}:${pad(random.int(0, 59), 2)}.000Z`,
        });
      }
      seated += size;
    }
  }

  const assessments = buildAssessments(random, groups);
  const upgrades = buildUpgrades(random);
  const officers = buildOfficerTraining();
  return {
    sessions: [...sessions, ...officers.sessions],
    attendances,
    officerAttendances: officers.attendances,
    assessments,
    upgrades,
  };
}

/**
 * Each (session, entity) group of 2024 that is assessed is one first-sitting batch, on the day of the session or
 * within three days; 2023 groups are assessed too. Then 40 of 2024's batches with failures get a re-sit within the
 * year, so that 2024 holds exactly 580 batches.
 */
function buildAssessments(
  random: Random,
  groups: { session: DemoSession; entity: EntityRefRecord; size: number }[],
): DemoAssessment[] {
  const assessments: DemoAssessment[] = [];
  const firstSitting = (group: (typeof groups)[number]) => {
    const failed = Array.from({ length: group.size }, () => random.chance(0.12)).filter(Boolean).length;
    assessments.push({
      id: `AS${pad(assessments.length + 1, 4)}`,
      entityId: group.entity.id,
      townshipId: group.entity.townshipId,
      sessionId: group.session.id,
      assessedOn: addDays(group.session.heldOn, random.int(0, 3)),
      assessed: group.size,
      passed: group.size - failed,
      examiner: random.pick(EXAMINERS),
      resitOfId: null,
    });
  };
  for (const group of groups.filter((g) => g.session.heldOn < '2024')) if (random.chance(0.6)) firstSitting(group);
  const of2024 = groups.filter((g) => g.session.heldOn >= '2024');
  const chosen = random.shuffle(of2024.map((_, i) => i)).slice(0, FIGURES_2024.assessmentBatches - RESITS_2024);
  for (const index of chosen.sort((a, b) => a - b)) firstSitting(of2024[index]!);

  const withFailures = assessments.filter(
    (a) => a.assessedOn >= '2024' && a.passed < a.assessed && a.assessedOn < '2024-12-01',
  );
  for (const first of random.shuffle(withFailures).slice(0, RESITS_2024)) {
    const assessed = first.assessed - first.passed;
    assessments.push({
      id: `AS${pad(assessments.length + 1, 4)}`,
      entityId: first.entityId,
      townshipId: first.townshipId,
      sessionId: null,
      assessedOn: [addDays(first.assessedOn, random.int(14, 28)), '2024-12-27'].sort()[0]!,
      assessed,
      passed: random.chance(0.85) ? assessed : assessed - 1,
      examiner: random.pick(EXAMINERS),
      resitOfId: first.id,
    });
  }
  return assessments;
}

/**
 * 30 workshops reached 规范级 in 2023; in 2024, 295 workshops were accepted one level up (the 2023 ones to 示范级),
 * and 12 of them went up a second level later in the year, so upgrades outnumber the workshops upgraded.
 */
function buildUpgrades(random: Random): DemoUpgrade[] {
  const workshops = random.shuffle(active('SMALL_WORKSHOP'));
  const upgrades: DemoUpgrade[] = [];
  const level = new Map<string, WorkshopLevel>();
  const add = (entity: EntityRefRecord, acceptedOn: string) => {
    const fromLevel = level.get(entity.id) ?? WorkshopLevel.BASIC;
    const toLevel = fromLevel === WorkshopLevel.BASIC ? WorkshopLevel.STANDARD : WorkshopLevel.MODEL;
    level.set(entity.id, toLevel);
    upgrades.push({
      id: `WU${pad(upgrades.length + 1, 4)}`,
      entityId: entity.id,
      townshipId: entity.townshipId,
      fromLevel,
      toLevel,
      acceptedOn,
      acceptedBy: `${random.pick(EXAMINERS.slice(0, 3))}、${random.pick(EXAMINERS.slice(3))}`,
      improvements: random.pick(IMPROVEMENTS),
    });
    return acceptedOn;
  };
  for (const entity of random.shuffle(workshops).slice(0, 30)) add(entity, random.date('2023-05-01', '2023-12-15'));
  const upgraded2024 = workshops.slice(0, FIGURES_2024.workshopsUpgraded);
  const twice = new Set(
    upgraded2024
      .filter((w) => !level.has(w.id))
      .slice(0, 12)
      .map((w) => w.id),
  );
  for (const entity of upgraded2024) {
    const first = add(entity, random.date('2024-03-01', twice.has(entity.id) ? '2024-08-31' : '2024-12-20'));
    if (twice.has(entity.id)) add(entity, addDays(first, random.int(60, 110)));
  }
  upgrades.sort((a, b) => a.acceptedOn.localeCompare(b.acceptedOn) || a.id.localeCompare(b.id));
  return upgrades;
}
