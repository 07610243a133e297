import { type Block, blocksToText } from './blocks';
import {
  AUDIENCE_NAMES,
  approximately,
  figure,
  LEVEL_NAMES,
  list,
  ordinal,
  percent,
  quoted,
  quotedNames,
  rectificationTopics,
  titles,
} from './format';
import type { SummaryDetails, SummaryInput, WorkReportData } from './types';

/** The demo district's bureau (domain.md); a deployment passes its own. */
export const DEFAULT_BUREAU = '巴中市巴州区市场监督管理局';

/** Where a figure is missing (its subgraph did not answer), the draft says so for the bureau to fill in. */
const missing = (what: string) => `【待补充:${what}数据暂未取得】`;

/**
 * The year's summary in the shape of the bureau's own (the seed): a title, part one — the year's work in four
 * areas, each a lead sentence and three points ("一是…二是…三是…") with the figures inside the sentences — and part
 * two, next year's plan. Pure: the same report gives the same text.
 */
export function draftSummary(input: SummaryInput): Block[] {
  const { report } = input;
  const details = input.details ?? {};
  const year = report.year;
  return [
    { kind: 'title', text: input.bureau ?? DEFAULT_BUREAU },
    { kind: 'title', text: `食品安全${year}年工作总结和${year + 1}年工作计划` },
    { kind: 'heading', text: `一、${year}年工作完成情况` },
    responsibility(report),
    safetyNet(report, details),
    enforcement(report, details),
    coGovernance(report, details),
    { kind: 'heading', text: `二、${year + 1}年工作计划` },
    ...plan(report),
  ];
}

/** The draft as the text the bureau edits (one block per line). */
export const summaryText = (input: SummaryInput): string => blocksToText(draftSummary(input));

const section = (n: number, lead: string, points: string[], opening: string): Block => ({
  kind: 'section',
  lead: `(${ordinal(n)})${lead}。`,
  text: opening + points.map((p, i) => `${ordinal(i + 1)}是${p}`).join(''),
});

function responsibility(report: WorkReportData): Block {
  const r = report.responsibility;
  const s = report.supervision;
  const townships = report.riskGrading?.byTownship?.length;
  const leaders = r
    ? r.leaders > 0
      ? `${figure(r.leaders)}名区级领导以上率下,带头包保${figure(r.entitiesCovered)}家食品生产经营主体,协调解决食品安全疑难问题。`
      : '区级领导包保食品生产经营主体工作有待建立台账。'
    : missing('包保责任');
  let supervision: string;
  if (!s) supervision = missing('统筹督查');
  else if (s.townshipsCovered === 0 && s.promptLetters === 0) supervision = '本年度尚无督查及提示函记录。';
  else {
    const covered =
      townships && s.townshipsCovered >= townships
        ? `对全区${figure(s.townshipsCovered)}个乡镇(街道)进行分批次全覆盖督查`
        : `对${figure(s.townshipsCovered)}个乡镇(街道)进行分批次督查`;
    supervision = `充分发挥食安办统筹协调作用,${covered},发出工作提示函${figure(s.promptLetters)}份,督促食品安全属地管理责任落实落地。`;
  }
  return section(
    1,
    '党政责任有力落实',
    [
      `高位推动聚合力。区委、区政府将食品安全工作摆在重要位置,召开食安委全会专题推动,调度食品安全重点工作。${leaders}`,
      '梳理清单明责任。落实“区、镇、村”三级领导干部包保,实现属地管理、企业主体“两个责任”有机统一,有效衔接乡镇(街道)属地管理责任、部门协管责任、企业主体责任。',
      `统筹协调抓督查。${supervision}`,
    ],
    '健全食品安全责任体系,全面构建“政府主导、企业主责、部门监管(协管)、社会共治”工作格局。',
  );
}

function safetyNet(report: WorkReportData, details: SummaryDetails): Block {
  const s = report.sampling;
  let monitoring: string;
  if (!s) monitoring = missing('抽检监测');
  else if (s.batches === 0) monitoring = '本年度尚无抽检监测记录。';
  else {
    const levels = (s.byLevel ?? []).filter((l) => l.batches > 0).map((l) => LEVEL_NAMES[l.level] ?? l.level);
    const scope = levels.length ? `${list(levels)}` : '';
    const unqualified =
      s.unqualified > 0
        ? `,发现不合格${figure(s.unqualified)}批次,${
            s.disposalsCompleted !== undefined && s.disposalsCompleted >= s.unqualified
              ? '均已完成核查处置'
              : '不合格件在继续处置中'
          }`
        : ',未发现不合格产品';
    const formula =
      s.infantFormulaBatches > 0
        ? s.infantFormulaCoverage === undefined || s.infantFormulaCoverage >= 1
          ? `,对婴配乳粉产品实现“批批检”(检验${figure(s.infantFormulaBatches)}批次)`
          : `,检验婴配乳粉${figure(s.infantFormulaBatches)}批次(在售批次覆盖率${percent(s.infantFormulaCoverage)})`
        : '';
    monitoring = `完成${scope}食品安全抽检监测${figure(s.batches)}批次${unqualified}${formula}。`;
  }
  const g = report.riskGrading;
  const grading = g
    ? g.licensed === 0 || (g.gradedShare === 0 && !g.graded)
      ? '本年度尚无风险分级记录。'
      : `全区获证食品生产企业、食品销售者${percent(g.gradedShare)}实现风险分级动态管理,日常监督实现全面覆盖。`
    : missing('风险分级');
  const e = report.enforcement;
  let rectification: string;
  if (!e) rectification = missing('专项治理');
  else if (e.rectifications === 0) rectification = '本年度尚无专项治理记录。';
  else {
    const topics = rectificationTopics(details.rectifications ?? []).slice(0, 4);
    rectification = `持续开展${topics.length ? `${list(topics)}等` : ''}${figure(e.rectifications)}项专项治理,全面推动生产、流通、餐饮全链闭环管理。`;
  }
  return section(
    2,
    '安全网络织密织牢',
    [
      `深化风险监测。${monitoring}`,
      `细化隐患排查。聚焦专项整治、“你点我检”、投诉举报、舆情事件等反映的食品安全问题开展风险排查,${grading}`,
      `强化重点整治。${rectification}`,
    ],
    '牢牢把握从农田到餐桌全过程监管,将“四个最严”落实到全时全域。',
  );
}

function enforcement(report: WorkReportData, details: SummaryDetails): Block {
  const e = report.enforcement;
  const names = quotedNames(details.campaigns ?? []);
  const campaigns = names
    ? `持续开展${names}等专项执法行动`
    : e?.campaigns
      ? `开展专项执法行动${figure(e.campaigns)}个`
      : '持续开展专项执法行动';
  const joint = e?.jointOperations
    ? `组织公安、教育科技、农业农村等部门开展联合执法${figure(e.jointOperations)}次`
    : '组织公安、教育科技、农业农村等部门开展联合执法';
  const cases = !e
    ? missing('执法办案')
    : e.casesFiled === 0
      ? '本年度尚无立案查处记录。'
      : `全局立案查处食品违法案件${figure(e.casesFiled)}件,移送起诉${figure(e.casesTransferred)}件,有力震慑食品安全违法犯罪行为。`;
  return section(
    3,
    '专项行动成效明显',
    [
      `深化专项执法行动。${campaigns},对食品领域“两超一非”、农兽药残留超标、侵权假冒等各类突出违法犯罪出重拳。`,
      `推进部门联合执法。坚持“双随机、一公开”监管全覆盖,${joint},打造“一盘棋”执法力量。`,
      `健全行刑衔接机制。落实市场监管、公安、检察联合办公会商机制,强力震慑违法犯罪行为。${cases}`,
    ],
    '始终保持对食品领域违法犯罪行为高压严打态势,对违反安全底线行为,给予最严监管和处罚。',
  );
}

function coGovernance(report: WorkReportData, details: SummaryDetails): Block {
  const t = report.training;
  let training: string;
  if (!t) training = missing('培训考核');
  else if (t.sessions === 0 && t.assessmentBatches === 0 && t.workshopsUpgraded === 0)
    training = '本年度尚无培训考核记录。';
  else {
    const audiences = [...(t.byAudience ?? [])]
      .filter((a) => a.sessions > 0)
      .sort((a, b) => b.sessions - a.sessions)
      .slice(0, 3)
      .map((a) => AUDIENCE_NAMES[a.audience] ?? a.audience);
    const who = audiences.length ? `${list(audiences)}等` : '';
    training = `分类分批组织${who}食品生产经营主体培训${figure(t.sessions)}次,覆盖从业人员${figure(t.participants)}人,完成考核${figure(t.assessmentBatches)}批次,推动${figure(t.workshopsUpgraded)}家小作坊提档升级,履责能动性不断增强。`;
  }
  const p = report.publicity;
  let online: string;
  let offline: string;
  if (!p) {
    online = missing('宣传舆情');
    offline = missing('宣传活动');
  } else {
    const channels = details.channels?.length
      ? `依托${list(details.channels.slice(0, 2))}等政务新媒体`
      : '依托政务新媒体';
    const articles = details.articles?.length ? `${titles(details.articles.slice(0, 3))}等` : '';
    const events = details.opinionEvents?.length ? `${quoted(details.opinionEvents.slice(0, 2))}等` : '';
    online =
      p.posts === 0 && p.opinionEvents === 0
        ? '本年度尚无科普宣传及舆情处置记录。'
        : `聚焦食品安全领域热点问题,${channels}发布${articles}科普宣传、网络辟谣${figure(p.posts)}条,监测并妥善处置${events}相关负面舆情${figure(p.opinionEvents)}条。`;
    const theme = details.weekTheme ? `以“${details.weekTheme}”为主题` : '';
    const activities = details.activities?.length ? `${quoted(details.activities.slice(0, 3))}等` : '';
    offline =
      p.outreachEvents === 0
        ? '本年度尚无线下宣传活动记录。'
        : `深入乡镇市场、街道社区,开展食品安全法律法规、预防食物中毒等内容宣传,${theme}开展${activities}系列活动${figure(p.outreachEvents)}次,发放宣传资料${approximately(p.materials)}份,掀起大普法大宣传浓厚氛围。`;
  }
  return section(
    4,
    '共治氛围不断营造',
    [`强化主体责任分类培训。${training}`, `强化线上风险预警。${online}`, `强化线下宣传科普。${offline}`],
    '通过企业培训、政民互动、集中宣讲等手段,大力营造“食品安全、共治共享”浓厚氛围。',
  );
}

/** Next year's plan: the four areas again, pointed by what this year's figures show. */
function plan(report: WorkReportData): Block[] {
  const s = report.sampling;
  const sampling =
    s && s.unqualified > 0
      ? `针对本年度抽检发现的${figure(s.unqualified)}批次不合格产品,加大重点品种、重点时段、重点区域抽检力度`
      : '加大抽检力度,强化重点品种、重点时段、重点区域监管';
  return [
    section(
      1,
      '进一步压实党政责任',
      [],
      '严格落实“四个最严”要求,常态长效推动党政责任落实,全面深化“两个责任”工作机制,用好包保督导和督查提示函,进一步织密食品安全保障网。',
    ),
    section(
      2,
      '进一步整治风险隐患',
      [],
      `持续推进食品安全各类风险隐患排查,强化风险预警和会商研判,建立健全风险清单和责任清单。${sampling},持续开展民生领域案件查办,严打违法犯罪。`,
    ),
    section(
      3,
      '进一步完善监管机制',
      [],
      '推动区、乡镇(街道)、村(社区)三级联动联防,推进“互联网+”智慧监管,强化执法人员专业化规范化培训,深化部门间、区域间的风险会商、执法联动、行刑衔接,让监管跑在风险前面。',
    ),
    section(
      4,
      '进一步推动社会共治',
      [],
      '持续深化食品安全“大宣传”,多维度宣传普及食品安全知识,加大对违法行为的曝光力度,抓好食品安全突发事件应急演练,推动形成共建共治的格局。',
    ),
  ];
}
