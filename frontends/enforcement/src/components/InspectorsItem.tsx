import { Form, Select } from '@shian/antd';
import { useInspectors } from './useInspectors';

/**
 * The inspectors in post who do it, at least two as the subgraph requires (MIN_INSPECTORS): `who` is what the form
 * calls them (检查人员, 办案人员).
 */
export function InspectorsItem({ name, who }: { name: string; who: string }) {
  const inspectors = useInspectors();
  return (
    <Form.Item
      label={`${who}(至少2名)`}
      name={name}
      rules={[{ required: true, type: 'array', min: 2, message: `${who}不得少于2名` }]}
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
