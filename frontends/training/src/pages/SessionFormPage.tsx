import { useMutation } from '@shian/graphql-client';
import { optionsOf, useT } from '@shian/ui-kit';
import { Flex, Form, InputNumber, Radio, Select } from '@shian/antd';
import dayjs from 'dayjs';
import { useParams } from '@shian/router';
import {
  DateField,
  FormPage,
  type FormValuesOf,
  localDate,
  TextField,
  TownshipField,
  useOwnTownship,
  useRecord,
} from '@shian/remote-kit';
import { graphql } from '../gql';
import type { TrainingSessionInput } from '../gql/graphql';
import { AUDIENCE, MODE } from '../labels';

const SessionForEditQuery = graphql(`
  query TrainingSessionForEdit($id: ID!) {
    trainingSession(id: $id) {
      ...TrainingSessionFields
      topics
      townshipId
    }
  }
`);

const CreateSessionMutation = graphql(`
  mutation CreateTrainingSession($input: TrainingSessionInput!) {
    createTrainingSession(input: $input) {
      id
    }
  }
`);

const UpdateSessionMutation = graphql(`
  mutation UpdateTrainingSession($id: ID!, $input: TrainingSessionInput!) {
    updateTrainingSession(id: $id, input: $input) {
      ...TrainingSessionFields
      topics
      townshipId
    }
  }
`);

export type SessionFormValues = FormValuesOf<TrainingSessionInput, 'heldOn'>;

/** `/new` and `/sessions/:id/edit`: validated in Chinese before it is sent, and again by the subgraph. */
export function SessionFormPage() {
  const { id } = useParams();
  if (!id) return <SessionForm />;
  return <EditSession id={id} />;
}

function EditSession({ id }: { id: string }) {
  const view = useRecord({ query: SessionForEditQuery, pick: (d) => d.trainingSession, missing: '未找到该培训' });
  const session = view.record;
  if (!session) return view.fallback;
  return (
    <SessionForm
      id={id}
      initial={{
        ...session,
        heldOn: dayjs(session.heldOn),
        place: session.place ?? undefined,
        townshipId: session.townshipId ?? undefined,
      }}
    />
  );
}

export function SessionForm({ id, initial }: { id?: string; initial?: SessionFormValues }) {
  const [form] = Form.useForm<SessionFormValues>();
  const t = useT();
  const [, createSession] = useMutation(CreateSessionMutation);
  const [, updateSession] = useMutation(UpdateSessionMutation);
  const mode = Form.useWatch('mode', form);
  // A township officer organises sessions of their own township (TownshipField fixes it); district-wide ones are the
  // bureau's.
  const ownTownship = useOwnTownship();
  // Officers' sessions train the bureau's own staff: only the district's writers hold them (the subgraph agrees).
  const audienceOptions = optionsOf(AUDIENCE).filter(
    (option) => !ownTownship || option.value !== 'ENFORCEMENT_OFFICERS',
  );

  const submit = (values: SessionFormValues) => {
    const input = {
      title: values.title.trim(),
      audience: values.audience,
      heldOn: localDate(values.heldOn),
      trainer: values.trainer.trim(),
      mode: values.mode,
      place: values.place?.trim() || null,
      hours: values.hours,
      topics: values.topics?.trim() ?? '',
      townshipId: values.townshipId ?? null,
    };
    return id ? updateSession({ id, input }) : createSession({ input });
  };

  return (
    <FormPage<SessionFormValues, Awaited<ReturnType<typeof submit>>>
      title={id ? '编辑培训' : '新增培训'}
      back={id ? `/sessions/${id}` : '/'}
      form={form}
      initialValues={initial ?? { mode: 'ONSITE', hours: 3, heldOn: dayjs() }}
      onSubmit={submit}
      success={id ? '已保存' : '培训已登记'}
      savedAt={(answer) =>
        `/sessions/${id ?? (answer.data as { createTrainingSession: { id: string } }).createTrainingSession.id}`
      }
    >
      <TextField label="培训主题" name="title" required="请输入培训主题" max={200} />
      <Flex gap={16} wrap>
        <Form.Item
          label={t('培训对象')}
          name="audience"
          rules={[{ required: true, message: t('请选择培训对象') }]}
          style={{ flex: 1, minWidth: 200 }}
        >
          <Select options={audienceOptions} placeholder={t('请选择')} />
        </Form.Item>
        <DateField label="培训日期" name="heldOn" required="请选择培训日期" style={{ flex: 1, minWidth: 200 }} />
        <Form.Item
          label={t('学时')}
          name="hours"
          rules={[
            { required: true, message: t('请输入学时') },
            { type: 'number', min: 0.5, max: 24, message: t('学时应在 0.5 至 24 之间') },
          ]}
          style={{ width: 120 }}
        >
          <InputNumber step={0.5} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap>
        <TextField label="授课人" name="trainer" required="请输入授课人" style={{ flex: 1, minWidth: 200 }} />
        <Form.Item label={t('方式')} name="mode" rules={[{ required: true, message: t('请选择方式') }]}>
          <Radio.Group options={optionsOf(MODE)} optionType="button" />
        </Form.Item>
      </Flex>
      <TextField
        label="培训地点"
        name="place"
        required={mode === 'ONSITE' && '线下培训请填写培训地点'}
        placeholder={mode === 'ONLINE' ? '线上培训可不填' : undefined}
      />
      <TownshipField label="承办乡镇(街道)" name="townshipId" extra={t('不选表示全区培训(仅区局人员可登记)')} />
      <TextField label="培训内容" name="topics" rows={3} />
    </FormPage>
  );
}
