import { Form } from '@shian/antd';
import {
  ChoiceField,
  DateField,
  dayNotBefore,
  type FormValuesOf,
  localDate,
  MutationDialog,
  TextField,
  TownshipSelect,
} from '@shian/remote-kit';
import { useT } from '@shian/ui-kit';
import dayjs from 'dayjs';
import type { ReactElement } from 'react';
import { graphql } from '../gql';
import type { NoticeInput } from '../gql/graphql';
import { NOTICE_KIND } from '../labels';

const SendNoticeMutation = graphql(`
  mutation SendNotice($input: NoticeInput!) {
    sendNotice(input: $input) {
      id
      number
    }
  }
`);

type Values = FormValuesOf<NoticeInput, 'sentOn' | 'dueOn'>;

/** 发函: the subgraph numbers the notice (文号) when it is sent; the list shows it once reloaded. */
export function SendNoticeButton({
  trigger,
  onSent,
}: {
  trigger: ReactElement<{ onClick?: () => void }>;
  onSent?: () => void;
}) {
  const t = useT();
  return (
    <MutationDialog
      label="发函"
      trigger={trigger}
      okText="发出"
      success="已发函,文号已编定"
      initialValues={{ kind: 'PROMPT_LETTER', sentOn: dayjs() }}
      onDone={onSent}
      mutation={SendNoticeMutation}
      variables={(values: Values) => ({
        input: {
          kind: values.kind,
          townshipId: values.townshipId,
          title: values.title.trim(),
          content: values.content.trim(),
          sentOn: localDate(values.sentOn),
          dueOn: localDate(values.dueOn) ?? null,
        },
      })}
    >
      <ChoiceField label="类型" name="kind" labels={NOTICE_KIND} required="请选择类型" />
      <Form.Item label={t('乡镇(街道)')} name="townshipId" rules={[{ required: true, message: t('请选择乡镇(街道)') }]}>
        <TownshipSelect placeholder={t('请选择')} />
      </Form.Item>
      <TextField label="标题" name="title" required="请输入标题" />
      <TextField label="内容" name="content" required="请输入内容" rows={5} />
      <DateField label="发文日期" name="sentOn" required="请选择发文日期" />
      <DateField
        label="办理期限"
        name="dueOn"
        dependencies={['sentOn']}
        rules={[dayNotBefore('sentOn', t('办理期限不能早于发文日期'))]}
      />
    </MutationDialog>
  );
}
