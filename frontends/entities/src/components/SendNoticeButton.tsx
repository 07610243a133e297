import { DatePicker, Form, Input, Select } from '@shian/antd';
import { useMutation } from '@shian/graphql-client';
import { FormDialog, requiredText, TownshipSelect } from '@shian/remote-kit';
import { optionsOf, useT } from '@shian/ui-kit';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactElement } from 'react';
import { graphql } from '../gql';
import type { NoticeKind } from '../gql/graphql';
import { NOTICE_KIND } from '../labels';

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

/** 发函: the subgraph numbers the notice (文号) when it is sent; the list shows it once reloaded. */
export function SendNoticeButton({
  trigger,
  onSent,
}: {
  trigger: ReactElement<{ onClick?: () => void }>;
  onSent?: () => void;
}) {
  const t = useT();
  const [, sendNotice] = useMutation(SendNoticeMutation);
  return (
    <FormDialog<Values>
      label="发函"
      trigger={trigger}
      okText="发出"
      success="已发函,文号已编定"
      initialValues={{ kind: 'PROMPT_LETTER', sentOn: dayjs() }}
      onDone={onSent}
      onSubmit={(values) =>
        sendNotice({
          input: {
            kind: values.kind,
            townshipId: values.townshipId,
            title: values.title.trim(),
            content: values.content.trim(),
            sentOn: values.sentOn.format('YYYY-MM-DD'),
            dueOn: values.dueOn?.format('YYYY-MM-DD') ?? null,
          },
        })
      }
    >
      <Form.Item label={t('类型')} name="kind" rules={[{ required: true, message: t('请选择类型') }]}>
        <Select options={optionsOf(NOTICE_KIND)} />
      </Form.Item>
      <Form.Item label={t('乡镇(街道)')} name="townshipId" rules={[{ required: true, message: t('请选择乡镇(街道)') }]}>
        <TownshipSelect placeholder={t('请选择')} />
      </Form.Item>
      <Form.Item label={t('标题')} name="title" rules={requiredText(t('请输入标题'))}>
        <Input />
      </Form.Item>
      <Form.Item label={t('内容')} name="content" rules={requiredText(t('请输入内容'))}>
        <Input.TextArea rows={5} />
      </Form.Item>
      <Form.Item label={t('发文日期')} name="sentOn" rules={[{ required: true, message: t('请选择发文日期') }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label={t('办理期限')}
        name="dueOn"
        dependencies={['sentOn']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_, value?: Dayjs) => {
              const sentOn = getFieldValue('sentOn') as Dayjs | undefined;
              if (value && sentOn && value.isBefore(sentOn, 'day')) throw new Error(t('办理期限不能早于发文日期'));
            },
          }),
        ]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormDialog>
  );
}
