/** The 31 symbols of GB 32100-2015: digits and capitals without I, O, S, V, Z. */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** The check character for the first 17 characters (throws on a character outside the alphabet). */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new Error('统一社会信用代码本体应为17位');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i]!);
    if (value < 0) throw new Error(`统一社会信用代码含非法字符「${first17[i]}」`);
    sum += value * WEIGHTS[i]!;
  }
  // 31 − (Σ mod 31), where 31 stands for 0.
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Validates a 统一社会信用代码; `undefined` when valid, otherwise what is wrong, in Chinese. */
export function checkCreditCode(code: string): string | undefined {
  const value = code.trim();
  if (value.length !== 18) return `统一社会信用代码应为18位,当前为${value.length}位`;
  if (value !== value.toUpperCase()) return '统一社会信用代码字母应为大写';
  if (!SHAPE.test(value)) {
    const at = [...value].findIndex((ch) => !CREDIT_CODE_ALPHABET.includes(ch));
    return `统一社会信用代码第${at + 1}位「${value[at]}」为非法字符(只用数字和大写字母,不使用 I、O、S、V、Z)`;
  }
  // Naming the expected character would invite "fixing" the 18th when the typo is in the first 17.
  if (creditCodeCheckCharacter(value.slice(0, 17)) !== value[17]) return '统一社会信用代码校验位错误,请核对代码';
  return undefined;
}

export const isValidCreditCode = (code: string) => checkCreditCode(code) === undefined;
