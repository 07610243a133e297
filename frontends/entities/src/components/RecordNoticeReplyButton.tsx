import { DatePicker, Form } from '@shian/antd';
import { type FormValuesOf, localDate, MutationDialog, TextField } from '@shian/remote-kit';
import { useT } from '@shian/ui-kit';
import dayjs, { type Dayjs } from 'dayjs';
import { graphql } from '../gql';
import type { RecordNoticeReplyMutationVariables } from '../gql/graphql';

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

type Values = FormValuesOf<Omit<RecordNoticeReplyMutationVariables, 'id'>, 'repliedOn'>;

/**
 * 记录反馈: the township's reply to a notice, recorded once (by the township officer, or district staff on its
 * behalf); the server refuses another township's officer, and a second reply as a CONFLICT (the dialog closes and
 * the list is read again, showing the reply already recorded).
 */
export function RecordNoticeReplyButton({
  notice,
  onRecorded,
}: {
  notice: { id: string; number: string; sentOn: string };
  onRecorded?: () => void;
}) {
  const t = useT();
  const sentOn = dayjs(notice.sentOn);
  return (
    <MutationDialog
      label="记录反馈"
      title={t('记录反馈:{{number}}', { number: notice.number })}
      button={{ size: 'small' }}
      okText="保存"
      success={t('已记录 {{number}} 的反馈', { number: notice.number })}
      initialValues={{ repliedOn: dayjs() }}
      onDone={onRecorded}
      mutation={RecordNoticeReplyMutation}
      variables={(values: Values) => ({
        id: notice.id,
        repliedOn: localDate(values.repliedOn),
        reply: values.reply.trim(),
      })}
    >
      <Form.Item
        label={t('反馈日期')}
        name="repliedOn"
        rules={[
          { required: true, message: t('请选择反馈日期') },
          {
            validator: async (_, value?: Dayjs) => {
              if (!value) return;
              if (value.isBefore(sentOn, 'day'))
                throw new Error(t('反馈日期不能早于发文日期({{date}})', { date: notice.sentOn }));
              if (value.isAfter(dayjs(), 'day')) throw new Error(t('反馈日期不能晚于今天'));
            },
          },
        ]}
      >
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(day) => day.isBefore(sentOn, 'day') || day.isAfter(dayjs(), 'day')}
        />
      </Form.Item>
      <TextField name="reply" label="反馈内容" required="请输入反馈内容" max={MAX_REPLY_LENGTH} rows={6} counted />
    </MutationDialog>
  );
}
