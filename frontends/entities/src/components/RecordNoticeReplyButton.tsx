import { useMutation } from '@shian/graphql-client';
import { applyServerErrors } from '@shian/remote-kit';
import { App as AntApp, Button, DatePicker, Form, Input, Modal } from '@shian/antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { graphql } from '../gql';

const RecordNoticeReplyMutation = graphql(`
  mutation RecordNoticeReply($id: ID!, $repliedOn: LocalDate!, $reply: String!) {
    recordNoticeReply(id: $id, repliedOn: $repliedOn, reply: $reply) {
      id
      repliedOn
      reply
    }
  }
`);

/** The server's limit on a reply's length (recordNoticeReply), checked here first so nothing is sent in vain. */
const MAX_REPLY_LENGTH = 2000;

interface Values {
  repliedOn: Dayjs;
  reply: string;
}

/**
 * 记录反馈: the township's reply to a notice, recorded once (by the township officer, or district staff on its
 * behalf); the server refuses another township's officer and a second reply, and its message is shown.
 */
export function RecordNoticeReplyButton({
  notice,
  onRecorded,
}: {
  notice: { id: string; number: string; sentOn: string };
  onRecorded?: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const [{ fetching }, record] = useMutation(RecordNoticeReplyMutation);
  const { message } = AntApp.useApp();
  const sentOn = dayjs(notice.sentOn);

  const submit = async () => {
    // The form shows what is missing beside each field; nothing is sent.
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await record({
      id: notice.id,
      repliedOn: values.repliedOn.format('YYYY-MM-DD'),
      reply: values.reply.trim(),
    });
    if (result.error || !result.data) {
      const general = applyServerErrors(form, result.error);
      if (general) message.error(general);
      return;
    }
    message.success(`已记录 ${notice.number} 的反馈`);
    setOpen(false);
    form.resetFields();
    onRecorded?.();
  };

  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        记录反馈
      </Button>
      <Modal
        title={`记录反馈:${notice.number}`}
        open={open}
        onOk={submit}
        okText="保存"
        cancelText="取消"
        confirmLoading={fetching}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ repliedOn: dayjs() }}>
          <Form.Item
            label="反馈日期"
            name="repliedOn"
            rules={[
              { required: true, message: '请选择反馈日期' },
              {
                validator: async (_, value?: Dayjs) => {
                  if (!value) return;
                  if (value.isBefore(sentOn, 'day')) throw new Error(`反馈日期不能早于发文日期(${notice.sentOn})`);
                  if (value.isAfter(dayjs(), 'day')) throw new Error('反馈日期不能晚于今天');
                },
              },
            ]}
          >
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(day) => day.isBefore(sentOn, 'day') || day.isAfter(dayjs(), 'day')}
            />
          </Form.Item>
          <Form.Item
            label="反馈内容"
            name="reply"
            rules={[
              { required: true, whitespace: true, message: '请输入反馈内容' },
              { max: MAX_REPLY_LENGTH, message: `反馈内容不能超过${MAX_REPLY_LENGTH}个字符` },
            ]}
          >
            <Input.TextArea rows={6} showCount maxLength={MAX_REPLY_LENGTH} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
