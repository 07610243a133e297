import { Form, Select } from '@shian/antd';
import { useT } from '@shian/ui-kit';
import { useInspectors } from './useInspectors';

/**
 * The inspectors in post who do it, at least two as the subgraph requires (MIN_INSPECTORS): `who` is what the form
 * calls them (检查人员, 办案人员), in the caller's language.
 */
export function InspectorsItem({ name, who }: { name: string; who: string }) {
  const t = useT();
  const inspectors = useInspectors();
  return (
    <Form.Item
      label={t('{{who}}(至少2名)', { who })}
      name={name}
      rules={[{ required: true, type: 'array', min: 2, message: t('{{who}}不得少于2名', { who }) }]}
    >
      <Select
        mode="multiple"
        aria-label={who}
        options={inspectors.options}
        loading={inspectors.loading}
        showSearch={{ optionFilterProp: 'label' }}
      />
    </Form.Item>
  );
}
