import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@shian/graphql-client';
import { optionsOf } from '@shian/ui-kit';
import { App as AntApp, Button, DatePicker, Flex, Form, Input, Modal, Select } from '@shian/antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { graphql } from '../gql';
import type { ComplaintChannel, ComplaintKind } from '../gql/graphql';
import { COMPLAINT_CHANNEL, COMPLAINT_KIND } from '../labels';
import { EntityPicker, type PickedEntity } from './EntityPicker';
import { applyServerErrors } from '@shian/remote-kit';

const CreateComplaintMutation = graphql(`
  mutation CreateComplaint($input: ComplaintInput!) {
    createComplaint(input: $input) {
      id
      code
    }
  }
`);

interface NewValues {
  kind: ComplaintKind;
  channel: ComplaintChannel;
  name?: string;
  phone?: string;
  idNumber?: string;
  entity: PickedEntity;
  receivedOn: Dayjs;
  content: string;
}

/** 登记投诉举报. A complaint names its complainant; a report may be anonymous. */
export function NewComplaintButton({ onCreated }: { onCreated: () => void }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<NewValues>();
  const kind = Form.useWatch('kind', form);
  const [{ fetching }, create] = useMutation(CreateComplaintMutation);
  const { message } = AntApp.useApp();

  const submit = async () => {
    const values = await form.validateFields();
    const result = await create({
      input: {
        kind: values.kind,
        channel: values.channel,
        complainant: {
          name: values.name?.trim() || null,
          phone: values.phone?.trim() || null,
          idNumber: values.idNumber?.trim() || null,
        },
        entityId: values.entity.id,
        townshipId: values.entity.townshipId,
        receivedOn: values.receivedOn.format('YYYY-MM-DD'),
        content: values.content.trim(),
      },
    });
    if (result.error) {
      const general = applyServerErrors(form, result.error);
      if (general) message.error(general);
      return;
    }
    message.success(`已登记:${result.data!.createComplaint.code}`);
    setOpen(false);
    onCreated();
  };

  const complaint = kind !== 'REPORT';
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        登记投诉举报
      </Button>
      <Modal
        title="登记投诉举报"
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
          initialValues={{ kind: 'COMPLAINT', channel: 'PLATFORM_12315', receivedOn: dayjs() }}
        >
          <Flex gap={12}>
            <Form.Item label="类别" name="kind" rules={[{ required: true }]} style={{ flex: 1 }}>
              <Select aria-label="类别" options={optionsOf(COMPLAINT_KIND)} />
            </Form.Item>
            <Form.Item label="渠道" name="channel" rules={[{ required: true }]} style={{ flex: 1 }}>
              <Select aria-label="渠道" options={optionsOf(COMPLAINT_CHANNEL)} />
            </Form.Item>
            <Form.Item
              label="收到日期"
              name="receivedOn"
              rules={[{ required: true, message: '请选择收到日期' }]}
              style={{ flex: 1 }}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Flex>
          <Flex gap={12}>
            <Form.Item
              label={complaint ? '投诉人姓名' : '举报人姓名(可匿名)'}
              name="name"
              rules={[{ required: complaint, message: '投诉须填写投诉人姓名' }]}
              style={{ flex: 1 }}
            >
              <Input />
            </Form.Item>
            <Form.Item
              label="联系电话"
              name="phone"
              rules={[{ required: complaint, message: '投诉须填写联系电话' }]}
              style={{ flex: 1 }}
            >
              <Input />
            </Form.Item>
            <Form.Item label="身份证号码(选填)" name="idNumber" style={{ flex: 1.4 }}>
              <Input />
            </Form.Item>
          </Flex>
          <Form.Item label="被投诉举报主体" name="entity" rules={[{ required: true, message: '请选择主体' }]}>
            <EntityPicker />
          </Form.Item>
          <Form.Item label="投诉举报内容" name="content" rules={[{ required: true, message: '请填写内容' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
