export type LicenseKind = 'PRODUCTION' | 'BUSINESS' | 'SMALL_WORKSHOP';

const FORMATS: Record<Exclude<LicenseKind, 'SMALL_WORKSHOP'>, { pattern: RegExp; message: string }> = {
  PRODUCTION: { pattern: /^SC\d{14}$/, message: '食品生产许可证编号应为 SC 加14位数字' },
  // The first digit is the business type: 1 sales, 2 catering, 3 unit canteen.
  BUSINESS: {
    pattern: /^JY[123]\d{13}$/,
    message: '食品经营许可证编号应为 JY 加14位数字,首位数字为主体业态(1 销售、2 餐饮、3 单位食堂)',
  },
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
