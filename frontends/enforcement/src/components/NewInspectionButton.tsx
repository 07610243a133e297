import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@shian/graphql-client';
import { optionsOf } from '@shian/ui-kit';
import { App as AntApp, Button, DatePicker, Form, Input, Modal, Select } from '@shian/antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { graphql } from '../gql';
import type { InspectionKind, InspectionVerdict } from '../gql/graphql';
import { INSPECTION_KIND, VERDICT } from '../labels';
import { EntityPicker, type PickedEntity } from './EntityPicker';
import { applyServerErrors } from '@shian/remote-kit';
import { useInspectors } from './useInspectors';

const CreateInspectionMutation = graphql(`
  mutation CreateInspection($input: InspectionInput!) {
    createInspection(input: $input) {
      id
    }
  }
`);

interface Values {
  entity: PickedEntity;
  inspectedOn: Dayjs;
  kind: InspectionKind;
  verdict: InspectionVerdict;
  inspectorIds: string[];
  findings: string;
  rectificationDeadline?: Dayjs;
}
/** 登记检查: at least two inspectors, and a rectification deadline whenever the verdict is not 符合. */
export function NewInspectionButton({ onCreated }: { onCreated: () => void }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const verdict = Form.useWatch('verdict', form);
  const inspectors = useInspectors();
  const [{ fetching }, create] = useMutation(CreateInspectionMutation);
  const { message } = AntApp.useApp();
  const submit = async () => {
    const v = await form.validateFields();
    const result = await create({
      input: {
        entityId: v.entity.id,
        townshipId: v.entity.townshipId,
        inspectedOn: v.inspectedOn.format('YYYY-MM-DD'),
        kind: v.kind,
        verdict: v.verdict,
        inspectorIds: v.inspectorIds,
        findings: v.findings,
        rectificationDeadline: v.rectificationDeadline?.format('YYYY-MM-DD') ?? null,
      },
    });
    if (result.error) {
      const general = applyServerErrors(form, result.error);
      if (general) message.error(general);
      return;
    }
    message.success('检查已登记');
    setOpen(false);
    onCreated();
  };
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        登记检查
      </Button>
      <Modal
        title="登记监督检查"
        open={open}
        onOk={submit}
        okText="保存"
        cancelText="取消"
        confirmLoading={fetching}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        width={640}
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            inspectedOn: dayjs(),
            kind: 'ROUTINE',
            verdict: 'COMPLIANT',
            findings: '检查项目均符合要求,未发现问题。',
          }}
        >
          <Form.Item label="被检查主体" name="entity" rules={[{ required: true, message: '请选择主体' }]}>
            <EntityPicker />
          </Form.Item>
          <Form.Item label="检查日期" name="inspectedOn" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="检查类型" name="kind" rules={[{ required: true }]}>
            <Select options={optionsOf(INSPECTION_KIND)} />
          </Form.Item>
          <Form.Item
            label="检查人员(至少2名)"
            name="inspectorIds"
            rules={[{ required: true, type: 'array', min: 2, message: '检查人员不得少于2名' }]}
          >
            <Select
              mode="multiple"
              options={inspectors.options}
              loading={inspectors.loading}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
          <Form.Item label="检查结果" name="verdict" rules={[{ required: true }]}>
            <Select options={optionsOf(VERDICT)} />
          </Form.Item>
          {verdict && verdict !== 'COMPLIANT' && (
            <Form.Item
              label="整改期限"
              name="rectificationDeadline"
              rules={[{ required: true, message: '请设定整改期限' }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          )}
          <Form.Item label="检查情况" name="findings" rules={[{ required: true, message: '请填写检查情况' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
