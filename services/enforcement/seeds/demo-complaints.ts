import { addDays } from '@shian/clock';
import { Random } from '@shian/subgraph-kit';
import {
  COMPLAINT_LABELS,
  ComplaintChannel,
  ComplaintKind,
  ComplaintStatus,
  MediationResult,
} from '../src/rules/complaints';
import { CaseSource, CaseStatus } from '../src/rules/enums';
import type { DemoCase } from './case-builder';
import { addWorkingDays, pad } from './dates';
import { trading } from './refs';

/**
 * The complaints register's demo data: every demo case whose source is 投诉举报 gets the complaint or report it came
 * from (received the day the clue was, referred that day, answered when the case ended), plus complaints that
 * ended otherwise (mediated, refused, answered) and, after 2024, some still waiting for a decision, one of them
 * past its 7 working days. Its own PRNG, so the cases' demo data (and the 2024 figures) stay exactly as they were.
 */
export const COMPLAINT_SEED = 12315;

export interface DemoComplaint {
  id: string;
  code: string;
  kind: ComplaintKind;
  channel: ComplaintChannel;
  status: ComplaintStatus;
  complainantName: string | null;
  complainantPhone: string | null;
  complainantIdNumber: string | null;
  entityId: string;
  partyName: string;
  townshipId: string;
  content: string;
  receivedOn: string;
  decidedOn: string | null;
  refusedReason: string | null;
  mediationResult: MediationResult | null;
  mediationNote: string | null;
  caseId: string | null;
  answeredOn: string | null;
  answer: string | null;
  steps: { action: string; status: ComplaintStatus; doneOn: string; note: string | null }[];
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '何', '罗', '谢', '苟', '向'];
const GIVEN = ['建华', '秀英', '志强', '丽', '军', '芳', '明', '小红', '德才', '海燕', '俊', '桂兰', '国强', '静'];
const CHANNELS: readonly ComplaintChannel[] = [
  ComplaintChannel.PLATFORM_12315,
  ComplaintChannel.PLATFORM_12315,
  ComplaintChannel.PLATFORM_12315,
  ComplaintChannel.PLATFORM_12315,
  ComplaintChannel.PHONE,
  ComplaintChannel.PHONE,
  ComplaintChannel.VISIT,
  ComplaintChannel.ONLINE,
  ComplaintChannel.LETTER,
];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

function idNumber(random: Random): string {
  const body = `511902${random.int(1955, 2002)}${pad(random.int(1, 12), 2)}${pad(random.int(1, 28), 2)}${pad(random.int(1, 999), 3)}`;
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

function person(random: Random, kind: ComplaintKind) {
  // Reports may be anonymous (a third of them here); a complaint always names its complainant.
  if (kind === ComplaintKind.REPORT && random.chance(0.35))
    return { complainantName: null, complainantPhone: null, complainantIdNumber: null };
  return {
    complainantName: random.pick(SURNAMES) + random.pick(GIVEN),
    complainantPhone: `1${random.pick(['38', '39', '58', '80', '87', '99'])}${pad(random.int(0, 99_999_999), 8)}`,
    complainantIdNumber: random.chance(0.3) ? idNumber(random) : null,
  };
}

/** Disputes a consumer brings about their own purchase (those that end in mediation or an answer). */
const DISPUTES = [
  '在该店购买的熟食食用后腹泻,要求退款并赔偿医药费。',
  '购买的牛奶已过保质期,商家拒绝退换。',
  '外卖餐品中发现异物,商家不予处理。',
  '预订的宴席菜品与约定不符,要求退还部分费用。',
  '购买的月饼礼盒标注重量不足,要求退货。',
  '店内饮品价格与标价不一致,多收费用。',
];
const REFUSALS = [
  '投诉人未能提供购买凭证等证据,且经联系无法补正。',
  '该纠纷已由人民法院受理,依法不予受理。',
  '被投诉方不在本局管辖范围,已告知投诉人向有管辖权的部门投诉。',
];

export function buildComplaints(cases: readonly DemoCase[], today: string): DemoComplaint[] {
  const random = new Random(COMPLAINT_SEED);
  const out: Omit<DemoComplaint, 'code'>[] = [];
  let n = 0;
  const id = () => `CP${pad(++n, 6)}`;

  for (const record of cases.filter((c) => c.source === CaseSource.COMPLAINT)) {
    const kind = random.chance(0.55) ? ComplaintKind.REPORT : ComplaintKind.COMPLAINT;
    const ended = record.status === CaseStatus.CLOSED || record.status === CaseStatus.NOT_FILED;
    const steps: DemoComplaint['steps'] = [
      {
        action: `登记${COMPLAINT_LABELS.ComplaintKind[kind]}`,
        status: ComplaintStatus.RECEIVED,
        doneOn: record.receivedOn,
        note: null,
      },
      {
        action: '转线索(立案)',
        status: ComplaintStatus.REFERRED,
        doneOn: record.receivedOn,
        note: `线索:${record.title}`,
      },
    ];
    const answer = ended
      ? record.status === CaseStatus.NOT_FILED
        ? '经核查,不予立案,已告知处理结果。'
        : `经核查已立案查处(${record.number ?? record.title}),案件已办结。`
      : null;
    if (ended && record.closedOn && record.closedOn <= today)
      steps.push({ action: '答复处理结果', status: ComplaintStatus.ANSWERED, doneOn: record.closedOn, note: answer });
    const answered = steps.length === 3;
    out.push({
      id: id(),
      kind,
      channel: random.pick(CHANNELS),
      status: answered ? ComplaintStatus.ANSWERED : ComplaintStatus.REFERRED,
      ...person(random, kind),
      entityId: record.entityId,
      partyName: record.partyName,
      townshipId: record.townshipId,
      content: record.description,
      receivedOn: record.receivedOn,
      decidedOn: record.receivedOn,
      refusedReason: null,
      mediationResult: null,
      mediationNote: null,
      caseId: record.id,
      answeredOn: answered ? record.closedOn : null,
      answer: answered ? answer : null,
      steps,
    });
  }

  const businesses = trading().filter((e) => ['CATERING', 'FOOD_SELLER', 'FOOD_VENDOR'].includes(e.category));
  const standalone = (receivedOn: string, end: 'mediated' | 'refused' | 'answered' | 'accepted' | 'received') => {
    const entity = random.pick(businesses);
    const kind = end === 'received' && random.chance(0.5) ? ComplaintKind.REPORT : ComplaintKind.COMPLAINT;
    const decidedOn = addWorkingDays(receivedOn, random.int(1, 5));
    const answeredOn = addWorkingDays(decidedOn, random.int(3, 15));
    const steps: DemoComplaint['steps'] = [
      {
        action: `登记${COMPLAINT_LABELS.ComplaintKind[kind]}`,
        status: ComplaintStatus.RECEIVED,
        doneOn: receivedOn,
        note: null,
      },
    ];
    const row: Omit<DemoComplaint, 'code'> = {
      id: id(),
      kind,
      channel: random.pick(CHANNELS),
      status: ComplaintStatus.RECEIVED,
      ...person(random, kind),
      entityId: entity.id,
      partyName: entity.name,
      townshipId: entity.townshipId,
      content: kind === ComplaintKind.REPORT ? '反映该店后厨卫生条件差,疑似使用过期原料。' : random.pick(DISPUTES),
      receivedOn,
      decidedOn: null,
      refusedReason: null,
      mediationResult: null,
      mediationNote: null,
      caseId: null,
      answeredOn: null,
      answer: null,
      steps,
    };
    if (end === 'refused') {
      Object.assign(row, { status: ComplaintStatus.REFUSED, decidedOn, refusedReason: random.pick(REFUSALS) });
      steps.push({ action: '不予受理', status: ComplaintStatus.REFUSED, doneOn: decidedOn, note: row.refusedReason });
    } else if (end !== 'received') {
      Object.assign(row, { status: ComplaintStatus.ACCEPTED, decidedOn });
      steps.push({ action: '受理', status: ComplaintStatus.ACCEPTED, doneOn: decidedOn, note: null });
    }
    if (end === 'mediated') {
      const settled = random.chance(0.8);
      Object.assign(row, {
        status: ComplaintStatus.MEDIATED,
        mediationResult: settled ? MediationResult.SETTLED : MediationResult.FAILED,
        mediationNote: settled
          ? '双方达成调解协议,经营者退款并赔礼道歉。'
          : '双方未达成一致,已告知投诉人可依法向人民法院起诉。',
      });
      steps.push({
        action: '调解',
        status: ComplaintStatus.MEDIATED,
        doneOn: answeredOn,
        note: `${COMPLAINT_LABELS.MediationResult[row.mediationResult!]}:${row.mediationNote}`,
      });
    }
    if (end === 'answered' || end === 'refused') {
      const text = end === 'refused' ? '已书面告知不予受理及理由。' : '经调查,经营者已整改并退还费用,已答复投诉人。';
      Object.assign(row, { status: ComplaintStatus.ANSWERED, answeredOn, answer: text });
      steps.push({
        action: end === 'refused' ? '告知不予受理' : '答复办结',
        status: ComplaintStatus.ANSWERED,
        doneOn: answeredOn,
        note: text,
      });
    }
    out.push(row);
  };
  const ends = ['mediated', 'mediated', 'answered', 'refused', 'mediated', 'answered'] as const;
  for (let i = 0; i < 36; i++) standalone(random.date('2024-01-03', '2024-11-30'), ends[i % ends.length]!);
  if (today > '2025-01-31') {
    // The last weeks: waiting for a decision (one past its 7 working days), one accepted and being mediated.
    standalone(addDays(today, -2), 'received');
    standalone(addDays(today, -5), 'received');
    standalone(addDays(today, -25), 'received');
    standalone(addDays(today, -30), 'accepted');
  }

  const perYear = new Map<string, number>();
  return out
    .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.id.localeCompare(b.id))
    .map((row) => {
      const year = row.receivedOn.slice(0, 4);
      const next = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, next);
      return { ...row, code: `巴州投诉举报〔${year}〕${next}号` };
    });
}
