import { type DemoInspectorRef, INSPECTOR_REFS } from '@shian/demo-refs';
import { Random } from '@shian/subgraph-kit';
import { TrainingAudience, TrainingMode } from '../src/rules/enums';
import type { DemoSession } from './demo-data';

/** An officer of the enforcement demo roll (from @shian/demo-refs). */
export type OfficerRef = DemoInspectorRef;

export const OFFICER_REFS: readonly OfficerRef[] = INSPECTOR_REFS;

export interface DemoOfficerAttendance {
  id: string;
  sessionId: string;
  officerId: string;
  officerName: string;
  badgeNumber: string;
  unit: string;
  hours: number;
  createdAt: string;
}

type Spec = [
  heldOn: string,
  title: string,
  trainer: string,
  mode: TrainingMode,
  place: string | null,
  hours: number,
  topics: string,
];

/** 2025's 执法人员专业化规范化培训 (the 2025 plan asks for it; the 2024 summary has none). */
const SESSIONS_2025: Spec[] = [
  [
    '2025-03-20',
    '市场监管行政执法程序与执法文书规范',
    '区局法规科',
    TrainingMode.ONSITE,
    '巴州区市场监督管理局三楼会议室',
    6,
    '市场监督管理行政处罚程序规定;立案、调查取证、告知、听证与决定文书的规范制作',
  ],
  [
    '2025-05-15',
    '抽检不合格核查处置与案件查办实务',
    '市局食品抽检处',
    TrainingMode.ONSITE,
    '巴州区市场监督管理局三楼会议室',
    6,
    '抽检不合格食品核查处置时限、复检与异议;由抽检线索转立案的证据链',
  ],
  [
    '2025-08-28',
    '移动执法终端与智慧监管系统操作',
    '区局信息中心',
    TrainingMode.ONLINE,
    null,
    3,
    '移动执法终端检查记录、现场照片与电子签名;双随机抽查结果公示',
  ],
  [
    '2025-11-13',
    '食品安全法律法规及典型案例研讨',
    '四川省市场监管局执法稽查局',
    TrainingMode.ONSITE,
    '巴中市市场监督管理局培训中心',
    8,
    '食品安全法及实施条例修订要点;行刑衔接典型案例;执法风险防范',
  ],
];

/** Its own seed, so that adding these records left every earlier draw, and the 2024 figures, as they were. */
const OFFICER_SEED = 20250320;

/**
 * The officers' sessions of 2025 and their sign-in sheets: each on-duty officer of the roll attends most sessions
 * (about four in five), credited the whole session, now and then half of it (called away to a case).
 */
export function buildOfficerTraining(): { sessions: DemoSession[]; attendances: DemoOfficerAttendance[] } {
  const random = new Random(OFFICER_SEED);
  const sessions: DemoSession[] = SESSIONS_2025.map(([heldOn, title, trainer, mode, place, hours, topics], i) => ({
    id: `TO2025${String(i + 1).padStart(2, '0')}`,
    title,
    audience: TrainingAudience.ENFORCEMENT_OFFICERS,
    heldOn,
    trainer,
    mode,
    place,
    hours,
    topics,
    townshipId: null,
  }));
  const attendances: DemoOfficerAttendance[] = [];
  for (const session of sessions) {
    for (const officer of OFFICER_REFS.filter((o) => o.active)) {
      if (!random.chance(0.8)) continue;
      attendances.push({
        id: `OA${String(attendances.length + 1).padStart(4, '0')}`,
        sessionId: session.id,
        officerId: officer.id,
        officerName: officer.name,
        badgeNumber: officer.badgeNumber,
        unit: officer.unit,
        hours: random.chance(0.1) ? session.hours / 2 : session.hours,
        createdAt: `${session.heldOn}T01:${String(random.int(0, 59)).padStart(2, '0')}:00.000Z`,
      });
    }
  }
  return { sessions, attendances };
}
