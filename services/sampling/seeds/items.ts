import { Verdict } from '../src/rules/enums';
import type { ItemTemplate } from './catalogue';
import type { Random } from '@shian/subgraph-kit';

/** Measured values as a lab writes them, passing or failing each kind of limit. */
const SUPERSCRIPT: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6' };

function numberOf(text: string): number {
  const power = /^10([⁰¹²³⁴⁵⁶]+)$/.exec(text);
  if (power) return 10 ** Number([...power[1]!].map((c) => SUPERSCRIPT[c]).join(''));
  return Number(text);
}

function format(value: number): string {
  if (value >= 1000)
    return `${(value / 10 ** Math.floor(Math.log10(value))).toFixed(1)}×10${'⁰¹²³⁴⁵⁶'[Math.floor(Math.log10(value))]}`;
  if (value >= 10) return value.toFixed(1).replace(/\.0$/, '');
  return Number(value.toPrecision(2)).toString();
}

export function measure(random: Random, template: ItemTemplate, fails: boolean): string {
  const limit = template.limit;
  const range = /^([\d.]+)~([\d.]+)$/.exec(limit);
  const bound = /^(≤|≥)(.+)$/.exec(limit);
  if (range) {
    const [low, high] = [Number(range[1]), Number(range[2])];
    if (fails) return (low - random.score(0.8, 3.5)).toFixed(1);
    return (low + (high - low) * random.next()).toFixed(1);
  }
  if (bound) {
    const edge = numberOf(bound[2]!);
    if (bound[1] === '≥') return format(edge * (fails ? random.score(0.6, 0.9) : random.score(1.05, 1.4)));
    if (fails) return format(edge * random.score(1.3, 4.5));
    if (template.typical === 'nd') return random.chance(0.7) ? '未检出' : format(edge * random.score(0.05, 0.4));
    const [a, b] = template.typical;
    return format(edge * (a + (b - a) * random.next()));
  }
  // 不得检出 / 不得使用 / 0/250mL: nothing found, or a finding.
  if (!fails) return '未检出';
  if (limit.startsWith('0/')) return String(random.int(2, 60));
  return format(random.score(0.6, 40));
}

export function verdictOf(fails: boolean): Verdict {
  return fails ? Verdict.UNQUALIFIED : Verdict.QUALIFIED;
}
