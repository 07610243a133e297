import { Verdict } from './enums';

/**
 * Judges a measured value against a limit as test reports write them: "≤0.5", "<10", "≥2.9", "0.5~1.2",
 * "不得检出" / "不得使用", "阴性". Answers null when the text cannot be judged mechanically (the tester then states
 * the verdict). Results such as "未检出" or "<0.01" (below the detection limit) count as nothing found.
 */
const NOT_FOUND = /^(未检出|ND|阴性|<\s*[\d.]+|0)$/i;
const FORBIDDEN = /^(不得检出|不得使用|阴性|0\/\d+\s*\w*)$/;

export function judge(measured: string, limit: string): Verdict | null {
  const value = measured.trim();
  const bound = limit.trim().replace(/\s+/g, '');
  if (!value || !bound) return null;
  if (FORBIDDEN.test(bound)) return NOT_FOUND.test(value) ? Verdict.QUALIFIED : Verdict.UNQUALIFIED;
  const number = NOT_FOUND.test(value) ? 0 : Number(value);
  if (!Number.isFinite(number)) return null;
  const range = /^([\d.]+)[~～-]([\d.]+)$/.exec(bound);
  if (range) return number >= Number(range[1]) && number <= Number(range[2]) ? Verdict.QUALIFIED : Verdict.UNQUALIFIED;
  const match = /^(≤|<=|<|≥|>=|>)([\d.]+)$/.exec(bound);
  if (!match) return null;
  const edge = Number(match[2]);
  const ok = {
    '≤': number <= edge,
    '<=': number <= edge,
    '<': number < edge,
    '≥': number >= edge,
    '>=': number >= edge,
    '>': number > edge,
  }[match[1] as '≤'];
  return ok ? Verdict.QUALIFIED : Verdict.UNQUALIFIED;
}

/** A sample is unqualified as soon as one of its test items is. */
export function sampleVerdict(items: readonly { verdict: Verdict }[]): Verdict | null {
  if (items.length === 0) return null;
  return items.some((item) => item.verdict === Verdict.UNQUALIFIED) ? Verdict.UNQUALIFIED : Verdict.QUALIFIED;
}
