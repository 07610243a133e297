import { useMutation } from '@shian/graphql-client';
import { optionsOf } from '@shian/ui-kit';
import { App as AntApp, DatePicker, Form, Input, Modal, Select } from '@shian/antd';
import dayjs, { type Dayjs } from 'dayjs';
import { cloneElement, type ReactElement, useState } from 'react';
import { graphql } from '../gql';
import type { NoticeKind } from '../gql/graphql';
import { NOTICE_KIND } from '../labels';
import { applyServerErrors, useTownshipOptions } from '@shian/remote-kit';

const SendNoticeMutation = graphql(`
  mutation SendNotice($input: NoticeInput!) {
    sendNotice(input: $input) {
      id
      number
    }
  }
`);

interface Values {
  kind: NoticeKind;
  townshipId: string;
  title: string;
  content: string;
  sentOn: Dayjs;
  dueOn?: Dayjs;
}

/** 发函: the subgraph numbers the notice (文号) when it is sent. */
export function SendNoticeButton({
  trigger,
  onSent,
}: {
  trigger: ReactElement<{ onClick?: () => void }>;
  onSent?: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const townships = useTownshipOptions();
  const [{ fetching }, sendNotice] = useMutation(SendNoticeMutation);
  const { message } = AntApp.useApp();

  const submit = async () => {
    const values = await form.validateFields();
    const result = await sendNotice({
      input: {
        kind: values.kind,
        townshipId: values.townshipId,
        title: values.title.trim(),
        content: values.content.trim(),
        sentOn: values.sentOn.format('YYYY-MM-DD'),
        dueOn: values.dueOn?.format('YYYY-MM-DD') ?? null,
      },
    });
    if (result.error || !result.data) {
      const general = applyServerErrors(form, result.error);
      if (general) message.error(general);
      return;
    }
    message.success(`已发函:${result.data.sendNotice.number}`);
    setOpen(false);
    form.resetFields();
    onSent?.();
  };

  return (
    <>
      {cloneElement(trigger, { onClick: () => setOpen(true) })}
      <Modal
        title="发函"
        open={open}
        onOk={submit}
        okText="发出"
        cancelText="取消"
        confirmLoading={fetching}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ kind: 'PROMPT_LETTER', sentOn: dayjs() }}>
          <Form.Item label="类型" name="kind" rules={[{ required: true, message: '请选择类型' }]}>
            <Select options={optionsOf(NOTICE_KIND)} />
          </Form.Item>
          <Form.Item label="乡镇(街道)" name="townshipId" rules={[{ required: true, message: '请选择乡镇(街道)' }]}>
            <Select options={townships.options} showSearch={{ optionFilterProp: 'label' }} placeholder="请选择" />
          </Form.Item>
          <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: '请输入标题' }]}>
            <Input />
          </Form.Item>
          <Form.Item label="内容" name="content" rules={[{ required: true, whitespace: true, message: '请输入内容' }]}>
            <Input.TextArea rows={5} />
          </Form.Item>
          <Form.Item label="发文日期" name="sentOn" rules={[{ required: true, message: '请选择发文日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            label="办理期限"
            name="dueOn"
            dependencies={['sentOn']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_, value?: Dayjs) => {
                  const sentOn = getFieldValue('sentOn') as Dayjs | undefined;
                  if (value && sentOn && value.isBefore(sentOn, 'day')) throw new Error('办理期限不能早于发文日期');
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
