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

/** “春雷”“铁拳” from 2024年"春雷"行动, "铁拳"行动 …: the quoted part of each name, or the name itself. */
export function quotedNames(names: readonly string[]): string {
  return unique(names.map((name) => name.match(/["“”「]([^"“”」]+)["“”」]/)?.[1] ?? name.trim()))
    .map((name) => `“${name}”`)
    .join('');
}

/** 桶装饮用水、食品生产小作坊 from 桶装饮用水专项治理, 食品生产小作坊专项治理 …: what each rectification is about. */
export function rectificationTopics(names: readonly string[]): string[] {
  return unique(
    names
      .map((name) =>
        withoutFoodSafety(
          name
            .replace(/^\d{4}年/, '')
            .replace(/专项(治理|整治)(行动)?$/, '')
            .trim(),
        ),
      )
      .filter(Boolean),
  );
}

/** 集中用餐单位 from 集中用餐单位食品安全, but 校园食品安全 stays whole (校园 alone says too little). */
function withoutFoodSafety(topic: string): string {
  const shorter = topic.replace(/食品安全$/, '');
  return shorter.length >= 4 ? shorter : topic;
}

/** 《特殊食品知多少》《…》 */
export const titles = (items: readonly string[]): string =>
  unique(items)
    .map((t) => `《${t}》`)
    .join('');

/** “巴中某市场惊现母猪肉”“…” */
export const quoted = (items: readonly string[]): string =>
  unique(items)
    .map((t) => `“${t}”`)
    .join('');

function unique(items: readonly string[]): string[] {
  return [...new Set(items.map((i) => i.trim()).filter(Boolean))];
}

export const LEVEL_NAMES: Record<string, string> = { NATIONAL: '国家', PROVINCIAL: '省', CITY: '市', DISTRICT: '区' };

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
