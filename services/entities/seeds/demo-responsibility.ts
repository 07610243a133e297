import { addDays, addMonths } from '../src/rules/dates';
import { EntityCategory, EntityStatus, NoticeKind, OfficialLevel, RiskGrade, TownshipKind } from '../src/rules/enums';
import { nextVisitAfter, visitsPerYear } from '../src/rules/visit-frequency';
import { personName } from './demo-entities';
import { TOWNSHIPS, VILLAGES } from './places';
import type { Random } from '@shian/subgraph-kit';
import type {
  DemoAssessment,
  DemoAssignment,
  DemoEntity,
  DemoNotice,
  DemoOfficial,
  DemoRound,
  DemoVisit,
} from './types';

/** The 2024 figure: 12 district leaders hold 包保 for 45 B-grade entities. */
export const DISTRICT_LEADERS = 12;
export const LEADER_ENTITIES = 45;
export const PROMPT_LETTERS_2024 = 12;

const LEADER_TITLES = [
  '区委副书记',
  '区政府常务副区长',
  '区委常委、副区长',
  '副区长',
  '副区长',
  '区人大常委会副主任',
  '区人大常委会副主任',
  '区政协副主席',
  '区政协副主席',
  '区委常委、政法委书记',
  '区委常委、宣传部部长',
  '区委常委、统战部部长',
];

const VISIT_FINDINGS = [
  '查看进货查验记录,台账完整,未发现问题。',
  '督促落实“日管控、周排查、月调度”,食品安全员在岗。',
  '冷藏设施温度记录不全,已要求当场整改。',
  '从业人员健康证全部在有效期内,后厨卫生良好。',
  '部分预包装食品临近保质期未单独存放,已督促整改。',
  '检查原料仓库,防鼠防蝇设施完好,台账规范。',
  '协调解决许可证延续办理问题,企业表示按期申报。',
  '抽查留样记录,留样量及时间符合要求。',
  '督导食品安全自查报告填报,企业已完成本季度自查。',
  '发现添加剂使用记录不规范,责令建立专人专柜管理。',
];

const ROUND_CLEAN = '属地管理责任落实到位,包保督导记录完整。';
const ROUND_FINDINGS = [
  '部分村(社区)包保干部督导频次不足,台账不全。',
  '农村集体聚餐备案和指导不到位。',
  '小作坊登记信息更新不及时,个别作坊证照过期仍在生产。',
  '校园周边食品经营户索证索票不规范。',
  '食品安全协管员队伍不稳定,培训记录缺失。',
  '农贸市场快检室运行不正常,检测记录不连续。',
];

const PROMPT_TOPICS = [
  '落实食品安全属地管理责任',
  '加强校园及周边食品安全管理',
  '规范食品小作坊生产经营',
  '强化农村集体聚餐食品安全指导',
  '做好节日期间食品安全保障',
  '落实包保干部督导责任',
  '加强桶装饮用水生产经营监管',
  '加强预防有毒野生菌中毒宣传',
];

function officials(random: Random): DemoOfficial[] {
  const list: DemoOfficial[] = [];
  const names = new Set<string>();
  const uniqueName = () => {
    for (;;) {
      const name = personName(random);
      if (!names.has(name)) {
        names.add(name);
        return name;
      }
    }
  };
  for (const title of LEADER_TITLES)
    list.push({
      id: `OD${String(list.length + 1).padStart(2, '0')}`,
      name: uniqueName(),
      title,
      level: OfficialLevel.DISTRICT,
      townshipId: null,
    });
  for (const township of TOWNSHIPS) {
    const title = { SUBDISTRICT: '街道办事处副主任', TOWN: '副镇长', TOWNSHIP: '副乡长' }[township.kind];
    list.push({
      id: `OT${township.id.slice(-3)}`,
      name: uniqueName(),
      title,
      level: OfficialLevel.TOWNSHIP,
      townshipId: township.id,
    });
  }
  for (const township of TOWNSHIPS.slice(0, 11)) {
    const title =
      township.kind === TownshipKind.SUBDISTRICT
        ? `${random.pick(['文星', '白马', '观音', '南池', '望王', '滨河'])}社区党委书记`
        : `${random.pick(VILLAGES)}党支部书记`;
    list.push({
      id: `OV${township.id.slice(-3)}`,
      name: uniqueName(),
      title,
      level: OfficialLevel.VILLAGE,
      townshipId: township.id,
    });
  }
  return list;
}

/**
 * Officials, their 2024 包保 (annual terms, 2024-01-01…2024-12-31) and visits through 2024: district leaders hold
 * exactly 45 entities graded B in 2024; township officials take their township's riskiest entities, village
 * officials its small workshops. About one assignment in ten lapses (visits stop early), so some are overdue.
 */
export function buildResponsibility(
  random: Random,
  entities: DemoEntity[],
  assessments: DemoAssessment[],
): { officials: DemoOfficial[]; assignments: DemoAssignment[]; visits: DemoVisit[] } {
  const list = officials(random);
  const grade2024 = new Map(assessments.filter((a) => a.year === 2024).map((a) => [a.entityId, a.grade]));
  const operating = entities.filter((e) => e.status === EntityStatus.OPERATING);
  const taken = new Set<string>();
  const assignments: DemoAssignment[] = [];
  const assign = (official: DemoOfficial, entity: DemoEntity) => {
    taken.add(entity.id);
    assignments.push({
      id: `AS${String(assignments.length + 1).padStart(4, '0')}`,
      officialId: official.id,
      entityId: entity.id,
      startsOn: '2024-01-01',
      endsOn: '2024-12-31',
    });
  };

  // District leaders: 45 B-grade entities, a few of them in the demo township so its officer sees leaders' 包保.
  const leaders = list.filter((o) => o.level === OfficialLevel.DISTRICT);
  const bGrade = random.shuffle(operating.filter((e) => grade2024.get(e.id) === RiskGrade.B));
  const first = TOWNSHIPS[0]!.id;
  const chosen = [...bGrade.filter((e) => e.townshipId === first).slice(0, 3)];
  for (const entity of bGrade) if (chosen.length < LEADER_ENTITIES && !chosen.includes(entity)) chosen.push(entity);
  if (chosen.length !== LEADER_ENTITIES) throw new Error(`only ${chosen.length} B-grade entities for district leaders`);
  chosen.forEach((entity, i) => {
    assign(leaders[i % leaders.length]!, entity);
  });

  for (const official of list.filter((o) => o.level !== OfficialLevel.DISTRICT)) {
    const local = operating.filter((e) => e.townshipId === official.townshipId && !taken.has(e.id));
    const candidates =
      official.level === OfficialLevel.TOWNSHIP
        ? random.shuffle(local).sort((a, b) => (grade2024.get(b.id) ?? 'A').localeCompare(grade2024.get(a.id) ?? 'A'))
        : random.shuffle(local.filter((e) => e.category === EntityCategory.SMALL_WORKSHOP));
    for (const entity of candidates.slice(0, random.int(2, official.level === OfficialLevel.TOWNSHIP ? 4 : 3)))
      assign(official, entity);
  }

  const byId = new Map(list.map((o) => [o.id, o]));
  const visits: DemoVisit[] = [];
  for (const assignment of assignments) {
    const official = byId.get(assignment.officialId)!;
    const perYear = visitsPerYear(official.level, grade2024.get(assignment.entityId));
    const stopAfter = random.chance(0.1) ? random.date('2024-05-01', '2024-09-30') : assignment.endsOn!;
    let last = assignment.startsOn;
    for (;;) {
      const due = nextVisitAfter(last, perYear);
      const visitedOn = addDays(due, -random.int(3, Math.min(20, Math.floor(365 / perYear / 3))));
      if (visitedOn > stopAfter || visitedOn <= last) break;
      visits.push({
        id: `VI${String(visits.length + 1).padStart(5, '0')}`,
        assignmentId: assignment.id,
        visitedOn,
        findings: random.pick(VISIT_FINDINGS),
      });
      last = visitedOn;
    }
  }
  return { officials: list, assignments, visits };
}

/**
 * 督查 rounds: in 2024 every township in one of four batches; in 2023 three batches covering fewer. Notices:
 * exactly 12 prompt letters in 2024 (one of them to the demo township), plus other kinds and 2023's letters.
 */
const REPLIES: Record<NoticeKind, string> = {
  PROMPT_LETTER: '已组织专题研究,逐项对照提示事项落实,落实情况书面报区食安办。',
  SUPERVISION_LETTER: '督办事项已逐项办结,办理结果及佐证材料已报区食安办。',
  RECTIFICATION_NOTICE: '问题清单所列事项已全部整改到位,整改报告已报区食安办。',
};

export function buildSupervision(random: Random): { rounds: DemoRound[]; notices: DemoNotice[] } {
  const rounds: DemoRound[] = [];
  const addRounds = (year: number, townshipIds: string[], batches: Array<[number, string, string]>) => {
    let at = 0;
    batches.forEach(([size, from, to], i) => {
      for (const townshipId of townshipIds.slice(at, at + size)) {
        // The demo township always has something to follow up, so its officer sees letters.
        const clean = townshipId !== TOWNSHIPS[0]!.id && random.chance(0.1);
        const findings = clean ? ROUND_CLEAN : random.shuffle(ROUND_FINDINGS).slice(0, random.int(1, 3)).join('');
        rounds.push({
          id: `SR${String(rounds.length + 1).padStart(3, '0')}`,
          townshipId,
          year,
          batch: i + 1,
          inspectedOn: random.date(from, to),
          findings,
        });
      }
      at += size;
    });
  };
  const ids = TOWNSHIPS.map((t) => t.id);
  addRounds(2023, random.shuffle(ids), [
    [6, '2023-04-10', '2023-04-28'],
    [5, '2023-07-10', '2023-07-28'],
    [5, '2023-10-16', '2023-10-31'],
  ]);
  addRounds(2024, random.shuffle(ids), [
    [6, '2024-03-11', '2024-03-29'],
    [6, '2024-05-13', '2024-05-31'],
    [5, '2024-08-12', '2024-08-30'],
    [5, '2024-10-14', '2024-10-31'],
  ]);

  const notices: DemoNotice[] = [];
  const send = (kind: NoticeKind, year: number, count: number) => {
    const symbol = { PROMPT_LETTER: '提', SUPERVISION_LETTER: '督', RECTIFICATION_NOTICE: '改' }[kind];
    const label = { PROMPT_LETTER: '工作提示函', SUPERVISION_LETTER: '督办函', RECTIFICATION_NOTICE: '整改通知' }[kind];
    const yearRounds = rounds.filter((r) => r.year === year && r.findings !== ROUND_CLEAN);
    // The demo township's round first, so that its officer has a letter of the year to read.
    const targets = [
      ...yearRounds.filter((r) => r.townshipId === TOWNSHIPS[0]!.id),
      ...random.shuffle(yearRounds.filter((r) => r.townshipId !== TOWNSHIPS[0]!.id)),
    ].slice(0, count);
    if (targets.length !== count) throw new Error(`only ${targets.length} rounds in ${year} to follow up`);
    const drafted = targets.map((round) => {
      const township = TOWNSHIPS.find((t) => t.id === round.townshipId)!;
      const topic = random.pick(PROMPT_TOPICS);
      const sentOn = addDays(round.inspectedOn, random.int(5, 15));
      return {
        kind,
        title: `关于${township.name}${topic}的${label}`,
        townshipId: township.id,
        sentOn,
        content:
          `${township.name}:${round.inspectedOn.slice(5, 7).replace(/^0/, '')}月区食安办对你${township.kind === 'SUBDISTRICT' ? '街道' : township.kind === 'TOWN' ? '镇' : '乡'}` +
          `开展食品安全工作督查,发现:${round.findings}请对照问题清单${kind === NoticeKind.PROMPT_LETTER ? '认真研究' : '限期整改'},` +
          '压实属地管理责任,并将落实情况书面报区食安办。',
        dueOn: kind === NoticeKind.PROMPT_LETTER && random.chance(0.4) ? null : addMonths(sentOn, 1),
      };
    });
    drafted.sort((a, b) => a.sentOn.localeCompare(b.sentOn));
    drafted.forEach((notice, i) => {
      // Every past notice that asks for a reply has had one, within its month (no random draw: the later rounds'
      // and notices' draws stay as they were).
      const replied = notice.dueOn !== null;
      notices.push({
        id: `NT${String(notices.length + 1).padStart(3, '0')}`,
        number: `巴州市监食${symbol}〔${year}〕${i + 1}号`,
        ...notice,
        repliedOn: replied ? addDays(notice.sentOn, 18 + ((i * 7) % 10)) : null,
        reply: replied ? REPLIES[kind] : null,
      });
    });
  };
  send(NoticeKind.PROMPT_LETTER, 2023, 7);
  send(NoticeKind.SUPERVISION_LETTER, 2023, 2);
  send(NoticeKind.PROMPT_LETTER, 2024, PROMPT_LETTERS_2024);
  send(NoticeKind.SUPERVISION_LETTER, 2024, 3);
  send(NoticeKind.RECTIFICATION_NOTICE, 2024, 4);
  return { rounds, notices };
}
