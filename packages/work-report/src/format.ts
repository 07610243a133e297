/**
 * Numbers and names as an official summary writes them: figures without thousands separators inside sentences
 * ("抽检监测1847批次"), large round-offs with 余 ("12000余份"), shares as percentages, names in Chinese quotation
 * marks and lists joined with the enumeration comma.
 */

/** A count inside a sentence: digits only, as the bureau's documents write them. */
export const figure = (n: number): string => String(Math.round(n));

/** "12000余" for 12,260; exact below a thousand or when round. */
export function approximately(n: number): string {
  const whole = Math.round(n);
  if (whole < 1000 || whole % 1000 === 0) return String(whole);
  return `${Math.floor(whole / 1000) * 1000}余`;
}

/** 1 → "100%", 0.9634 → "96.3%". */
export function percent(share: number): string {
  const value = Math.round(share * 1000) / 10;
  return `${Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)}%`;
}

/** Items joined with 、 */
export const list = (items: readonly string[]): string => items.join('、');

/** ["“春雷”", "“铁拳”"] from 2024年"春雷"行动, "铁拳"行动 …: the quoted part of each name, or the name itself. */
export function quotedNames(names: readonly string[]): string[] {
  return unique(names.map((name) => name.match(/["“”「]([^"“”」]+)["“”」]/)?.[1] ?? name.trim())).map(
    (name) => `“${name}”`,
  );
}

/** Records' names cited as names: 《甲》、《乙》 for articles, “甲”、“乙” for anything else. */
export const listTitles = (items: readonly string[]): string => list(unique(items).map((t) => `《${t}》`));

export const listQuoted = (items: readonly string[]): string => list(unique(items).map((t) => `“${t}”`));

function unique(items: readonly string[]): string[] {
  return [...new Set(items.map((i) => i.trim()).filter(Boolean))];
}

export const LEVEL_NAMES: Record<string, string> = { NATIONAL: '国家', PROVINCIAL: '省', CITY: '市', DISTRICT: '区' };

export const RISK_LEVEL_NAMES: Record<string, string> = {
  MAJOR: '重大风险',
  HIGH: '较大风险',
  GENERAL: '一般风险',
  LOW: '低风险',
};

export const INCIDENT_LEVEL_NAMES: Record<string, string> = {
  I: '特别重大(I级)',
  II: '重大(II级)',
  III: '较大(III级)',
  IV: '一般(IV级)',
};

export const CASE_STATUS_NAMES: Record<string, string> = {
  CLUE: '线索核查',
  FILED: '已立案',
  INVESTIGATING: '调查取证',
  NOTIFIED: '已告知',
  DECIDED: '已决定',
  EXECUTING: '执行中',
  CLOSED: '已结案',
  NOT_FILED: '不予立案',
  TRANSFERRED: '已移送',
};

/** The complaints register's values (services/enforcement's ComplaintKind, ComplaintChannel, ComplaintOutcome). */
export const COMPLAINT_KIND_NAMES: Record<string, string> = { COMPLAINT: '投诉', REPORT: '举报' };

export const COMPLAINT_CHANNEL_NAMES: Record<string, string> = {
  PLATFORM_12315: '12315平台',
  PHONE: '电话',
  LETTER: '来信',
  VISIT: '来访',
  ONLINE: '网络',
};

/** In the order the draft lists them: the finished outcomes first, what is still being handled last. */
export const COMPLAINT_OUTCOME_NAMES: Record<string, string> = {
  ANSWERED: '答复办结',
  MEDIATED: '调解',
  REFERRED: '转线索(立案)',
  REFUSED: '不予受理',
  PENDING: '办理中',
};

/** Where a case still needs work: every stage before 结案, 不予立案 or 移送. */
export const OPEN_CASE_STATUSES = new Set(['CLUE', 'FILED', 'INVESTIGATING', 'NOTIFIED', 'DECIDED', 'EXECUTING']);

export const AUDIENCE_NAMES: Record<string, string> = {
  SMALL_WORKSHOP: '小作坊',
  SCHOOL_CANTEEN: '学校食堂',
  ONLINE_CATERING: '网络餐饮',
  COLLECTIVE_DINING: '集中用餐单位',
  CATERING: '餐饮服务',
  FOOD_SELLER: '食品销售',
  FOOD_PRODUCER: '食品生产',
};

/** Chinese ordinals for sections and points: 1 → 一 … 10 → 十. */
export const ordinal = (n: number): string =>
  ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][n - 1] ?? String(n);
