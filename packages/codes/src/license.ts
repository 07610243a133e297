export type LicenseKind = 'PRODUCTION' | 'BUSINESS' | 'SMALL_WORKSHOP';

const FORMATS: Record<Exclude<LicenseKind, 'SMALL_WORKSHOP'>, { pattern: RegExp; message: string }> = {
  PRODUCTION: { pattern: /^SC\d{14}$/, message: '食品生产许可证编号应为 SC 加14位数字' },
  BUSINESS: { pattern: /^JY\d{14}$/, message: '食品经营许可证编号应为 JY 加14位数字' },
};

/**
 * Checks a licence number's format; `undefined` when valid. The check digits' algorithm is not public, so only
 * the format is enforced.
 */
export function checkLicenseNumber(kind: LicenseKind, number: string): string | undefined {
  const value = number.trim();
  if (!value) return '许可证编号不能为空';
  if (kind === 'SMALL_WORKSHOP') return undefined;
  const format = FORMATS[kind];
  return format.pattern.test(value) ? undefined : format.message;
}
