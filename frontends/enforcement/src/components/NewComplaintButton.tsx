import { optionsOf, useT } from '@shian/ui-kit';
import { Flex, Form, Select } from '@shian/antd';
import dayjs from 'dayjs';
import { graphql } from '../gql';
import type { ComplaintInput } from '../gql/graphql';
import { COMPLAINT_CHANNEL, COMPLAINT_KIND } from '../labels';
import {
  entityInput,
  EntityPicker,
  localDate,
  NewRecordDialog,
  PastDayField,
  type PickedEntityValues,
  TextField,
} from '@shian/remote-kit';
import { ComplainantFields, type ComplainantValues, complainantInput } from './ComplainantFields';

const CreateComplaintMutation = graphql(`
  mutation CreateComplaint($input: ComplaintInput!) {
    createComplaint(input: $input) {
      id
      code
    }
  }
`);

/** The complaint's input, but its complainant, whose fields the form holds apart. */
type NewValues = PickedEntityValues<Omit<ComplaintInput, 'complainant'>, 'receivedOn'> & ComplainantValues;

/** 登记投诉举报. A complaint names its complainant; a report may be anonymous. */
export function NewComplaintButton({ onCreated }: { onCreated: () => void }) {
  const t = useT();
  return (
    <NewRecordDialog
      label={t('登记投诉举报')}
      width={640}
      success="投诉举报已登记"
      initialValues={{ kind: 'COMPLAINT', channel: 'PLATFORM_12315', receivedOn: dayjs() }}
      mutation={CreateComplaintMutation}
      variables={(values: NewValues) => ({
        input: {
          kind: values.kind,
          channel: values.channel,
          complainant: complainantInput(values),
          ...entityInput(values.entity),
          receivedOn: localDate(values.receivedOn),
          content: values.content.trim(),
        },
      })}
      onDone={onCreated}
    >
      <Flex gap={12}>
        <Form.Item label={t('类别')} name="kind" rules={[{ required: true }]} style={{ flex: 1 }}>
          <Select aria-label="类别" options={optionsOf(COMPLAINT_KIND)} />
        </Form.Item>
        <Form.Item label={t('渠道')} name="channel" rules={[{ required: true }]} style={{ flex: 1 }}>
          <Select aria-label="渠道" options={optionsOf(COMPLAINT_CHANNEL)} />
        </Form.Item>
        <PastDayField name="receivedOn" label="收到日期" style={{ flex: 1 }} />
      </Flex>
      <Form.Item noStyle dependencies={['kind']}>
        {({ getFieldValue }) => <ComplainantFields kind={getFieldValue('kind')} />}
      </Form.Item>
      <Form.Item label={t('被投诉举报主体')} name="entity" rules={[{ required: true, message: t('请选择主体') }]}>
        <EntityPicker whole aria-label="被投诉举报主体" />
      </Form.Item>
      <TextField label="投诉举报内容" name="content" required max={4000} rows={3} />
    </NewRecordDialog>
  );
}
