import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@shian/graphql-client';
import { optionsOf } from '@shian/ui-kit';
import { App as AntApp, Button, DatePicker, Form, Input, Modal, Select } from '@shian/antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from '@shian/router';
import { graphql } from '../gql';
import type { CaseSource, Violation } from '../gql/graphql';
import { CASE_SOURCE, VIOLATION } from '../labels';
import { applyServerErrors, useModulePath } from '@shian/remote-kit';
import { EntityPicker, type PickedEntity } from './EntityPicker';

const CreateClueMutation = graphql(`
  mutation CreateClue($input: ClueInput!) {
    createClue(input: $input) {
      id
    }
  }
`);

interface Values {
  title: string;
  source: CaseSource;
  entity: PickedEntity;
  receivedOn: Dayjs;
  description: string;
  violations?: Violation[];
  link?: string;
}

const LINK: Partial<
  Record<CaseSource, { field: 'disposalId' | 'inspectionId' | 'opinionEventId' | 'referredBy'; label: string }>
> = {
  SAMPLING: { field: 'disposalId', label: '抽检不合格处置ID' },
  INSPECTION: { field: 'inspectionId', label: '监督检查ID' },
  PUBLIC_OPINION: { field: 'opinionEventId', label: '舆情ID' },
  REFERRAL: { field: 'referredBy', label: '移送部门' },
};

/** 登记线索: where the lead came from, whom it concerns, what it says. */
export function NewClueButton({ onCreated }: { onCreated?: () => void }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const source = Form.useWatch('source', form);
  const [{ fetching }, create] = useMutation(CreateClueMutation);
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const to = useModulePath();

  const submit = async () => {
    const values = await form.validateFields();
    const link = LINK[values.source];
    const result = await create({
      input: {
        title: values.title.trim(),
        source: values.source,
        entityId: values.entity.id,
        townshipId: values.entity.townshipId,
        receivedOn: values.receivedOn.format('YYYY-MM-DD'),
        description: values.description.trim(),
        violations: values.violations ?? [],
        ...(link && values.link ? { [link.field]: values.link.trim() } : {}),
      },
    });
    if (result.error) {
      const general = applyServerErrors(form, result.error);
      if (general) message.error(general);
      return;
    }
    message.success('线索已登记');
    setOpen(false);
    onCreated?.();
    navigate(to(`/cases/${result.data!.createClue.id}`));
  };

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        登记线索
      </Button>
      <Modal
        title="登记线索"
        open={open}
        onOk={submit}
        okText="保存"
        cancelText="取消"
        confirmLoading={fetching}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        width={640}
      >
        <Form form={form} layout="vertical" initialValues={{ source: 'COMPLAINT', receivedOn: dayjs() }}>
          <Form.Item label="案由" name="title" rules={[{ required: true, message: '请填写案由' }]}>
            <Input placeholder="如:某超市涉嫌经营超过保质期的食品案" />
          </Form.Item>
          <Form.Item label="来源" name="source" rules={[{ required: true }]}>
            <Select options={optionsOf(CASE_SOURCE)} />
          </Form.Item>
          {source && LINK[source] && (
            <Form.Item
              label={LINK[source]!.label}
              name="link"
              rules={[{ required: true, message: `请填写${LINK[source]!.label}` }]}
            >
              <Input />
            </Form.Item>
          )}
          <Form.Item label="当事人" name="entity" rules={[{ required: true, message: '请选择当事人' }]}>
            <EntityPicker />
          </Form.Item>
          <Form.Item label="受理日期" name="receivedOn" rules={[{ required: true, message: '请选择受理日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="违法行为" name="violations">
            <Select mode="multiple" options={optionsOf(VIOLATION)} />
          </Form.Item>
          <Form.Item label="线索描述" name="description" rules={[{ required: true, message: '请填写线索描述' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
