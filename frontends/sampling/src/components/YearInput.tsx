import { InputNumber } from '@shian/antd';
import { useT } from '@shian/ui-kit';

/**
 * 年度 typed as a number: plans and the holiday calendar are set up for the coming year too, which the kit's
 * YearSelect (the years records span) does not offer.
 */
export function YearInput({ value, onChange }: { value: number; onChange: (year: number) => void }) {
  const t = useT();
  return (
    <InputNumber
      aria-label={t('年度')}
      min={2000}
      max={2100}
      value={value}
      onChange={(v) => v && onChange(v)}
      addonAfter={t('年')}
    />
  );
}
