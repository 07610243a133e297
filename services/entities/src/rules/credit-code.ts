import { checkCreditCode, creditCodeCheckCharacter } from '@shian/codes';

/**
 * 统一社会信用代码 (GB 32100-2015). The check itself lives in @shian/codes so that forms and this subgraph run the same
 * algorithm; this module adds what the entities domain needs around it.
 */
export { checkCreditCode, creditCodeCheckCharacter, CREDIT_CODE_ALPHABET, isValidCreditCode } from '@shian/codes';

/** Trims and upper-cases what a user typed; the check itself still refuses anything else. */
export const normalizeCreditCode = (code: string) => code.trim().toUpperCase();

/** The full code for 17 characters (demo data, tests): appends the check character. */
export function completeCreditCode(first17: string): string {
  const code = first17 + creditCodeCheckCharacter(first17);
  const problem = checkCreditCode(code);
  if (problem) throw new Error(problem);
  return code;
}

/** The 6-digit administrative division code (characters 3–8) of a code, e.g. "511902" for 巴州区. */
export const creditCodeRegion = (code: string) => code.slice(2, 8);
