import { describe, expect, it } from 'vitest';
import { checkCreditCode, checkLicenseNumber, creditCodeCheckCharacter, isValidCreditCode } from '../src';

describe('统一社会信用代码', () => {
  // Published codes of well-known companies (checked against the standard's algorithm).
  it.each(['91350100M000100Y43', '91110000802100433B', '914403001922038216'])('accepts %s', (code) => {
    expect(checkCreditCode(code)).toBeUndefined();
  });

  it('rejects a wrong check character', () => {
    expect(checkCreditCode('91350100M000100Y44')).toMatch(/校验位错误/);
  });

  it('rejects the wrong length, lower case and letters outside the alphabet', () => {
    expect(checkCreditCode('9135010')).toMatch(/18位/);
    expect(checkCreditCode('91350100m000100y43')).toMatch(/大写/);
    expect(checkCreditCode('91350100O000100Y43')).toMatch(/第9位「O」为非法字符/);
  });

  it('computes a check character that the checker accepts', () => {
    const first17 = '92511902MA6XYT123';
    expect(isValidCreditCode(first17 + creditCodeCheckCharacter(first17))).toBe(true);
  });

  it('maps a remainder of 0 to the character 0', () => {
    // Σ = 0 → 31 − 0 = 31 → "0".
    expect(creditCodeCheckCharacter('00000000000000000')).toBe('0');
  });
});

describe('licence numbers', () => {
  it('checks SC and JY formats', () => {
    expect(checkLicenseNumber('PRODUCTION', 'SC10651190200012')).toBeUndefined();
    expect(checkLicenseNumber('PRODUCTION', 'JY10651190200012')).toMatch(/SC/);
    expect(checkLicenseNumber('BUSINESS', 'JY25119020001234')).toBeUndefined();
    expect(checkLicenseNumber('BUSINESS', 'JY2511902000123')).toMatch(/14位/);
    expect(checkLicenseNumber('BUSINESS', 'JY45119020001234')).toMatch(/首位数字/);
    expect(checkLicenseNumber('SMALL_WORKSHOP', '巴州小作坊登字001')).toBeUndefined();
    expect(checkLicenseNumber('SMALL_WORKSHOP', ' ')).toMatch(/不能为空/);
  });
});
