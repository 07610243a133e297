import { Select } from 'antd';
import { thisYearInChina } from './chinaTime';
import { useT, kitT } from './i18n';

const THIS_YEAR = thisYearInChina();

/** The years the bureau's records span, newest first (the demo data is 2023–2024). */
export const YEARS = Array.from({ length: THIS_YEAR - 2022 }, (_, i) => THIS_YEAR - i);

/** 年度: a year of `YEARS`, for the filters of yearly records. */
export function YearSelect({
  value,
  onChange,
  allowClear = true,
}: {
  value?: number;
  onChange: (year?: number) => void;
  allowClear?: boolean;
}) {
  useT();
  return (
    <Select
      allowClear={allowClear}
      virtual={false}
      aria-label={kitT('年度')}
      placeholder={kitT('年度')}
      options={YEARS.map((year) => ({ value: year, label: kitT('{{year}}年', { year }) }))}
      value={value}
      onChange={onChange}
      style={{ width: 110 }}
    />
  );
}
