import { optionsOf, useT } from '@shian/ui-kit';
import { Form, Select } from '@shian/antd';
import dayjs from 'dayjs';
import { useNavigate } from '@shian/router';
import { graphql } from '../gql';
import type { CaseSource, ClueInput } from '../gql/graphql';
import { CASE_SOURCE, VIOLATION } from '../labels';
import { type RecordSource, SourceRecordSelect } from './SourceRecordSelect';
import {
  entityInput,
  EntityPicker,
  localDate,
  NewRecordDialog,
  PastDayField,
  type PickedEntity,
  type PickedEntityValues,
  TextField,
  useModulePath,
} from '@shian/remote-kit';

const CreateClueMutation = graphql(`
  mutation CreateClue($input: ClueInput!) {
    createClue(input: $input) {
      id
    }
  }
`);

/** The clue's input, but its source's reference, which the form holds as `link` and sends as that source's field. */
type Values = PickedEntityValues<
  Pick<ClueInput, 'title' | 'source' | 'entityId' | 'townshipId' | 'receivedOn' | 'description' | 'violations'>,
  'receivedOn'
> & { link?: string };

/**
 * How a source names its record: an inspection, a sample's disposal or an opinion event is chosen
 * (`SourceRecordSelect`); a referring department is named.
 */
const LINK: Partial<
  Record<
    CaseSource,
    { field: 'disposalId' | 'inspectionId' | 'opinionEventId' | 'referredBy'; label: string; pick?: RecordSource }
  >
> = {
  SAMPLING: { field: 'disposalId', label: '抽检不合格处置', pick: 'SAMPLING' },
  INSPECTION: { field: 'inspectionId', label: '监督检查', pick: 'INSPECTION' },
  PUBLIC_OPINION: { field: 'opinionEventId', label: '舆情', pick: 'PUBLIC_OPINION' },
  REFERRAL: { field: 'referredBy', label: '移送部门' },
};

/** A clue from a record the platform holds (an inspection's page): its source, its record and its business set. */
export interface ClueOrigin {
  source: CaseSource;
  /** The record's id, sent as the source's field (`inspectionId`). */
  link: string;
  entity: PickedEntity;
}

/** The clue's source; another source drops the record named for the one before (an inspection is no 移送部门). */
function SourceSelect(props: { value?: CaseSource; onChange?: (source: CaseSource) => void; disabled?: boolean }) {
  const form = Form.useFormInstance<Values>();
  return (
    <Select
      {...props}
      options={optionsOf(CASE_SOURCE)}
      onChange={(source: CaseSource) => {
        props.onChange?.(source);
        form.setFieldValue('link', undefined);
      }}
    />
  );
}

/** 登记线索: where the lead came from, whom it concerns, what it says; then the new clue's page. */
export function NewClueButton({ from }: { from?: ClueOrigin }) {
  const t = useT();
  const navigate = useNavigate();
  const to = useModulePath();

  return (
    <NewRecordDialog
      label={t('登记线索')}
      width={640}
      success="线索已登记"
      initialValues={{ source: 'COMPLAINT', receivedOn: dayjs(), ...from }}
      mutation={CreateClueMutation}
      variables={(values: Values) => {
        const link = LINK[values.source];
        return {
          input: {
            title: values.title.trim(),
            source: values.source,
            ...entityInput(values.entity),
            receivedOn: localDate(values.receivedOn),
            description: values.description.trim(),
            violations: values.violations ?? [],
            ...(link && values.link ? { [link.field]: values.link.trim() } : {}),
          },
        };
      }}
      onDone={(answer) => {
        const id = answer?.data?.createClue.id;
        if (id) navigate(to(`/cases/${id}`));
      }}
    >
      <TextField label="案由" name="title" required max={200} placeholder="如:某超市涉嫌经营超过保质期的食品案" />
      <Form.Item label={t('来源')} name="source" rules={[{ required: true }]}>
        <SourceSelect disabled={Boolean(from)} />
      </Form.Item>
      <Form.Item label={t('当事人')} name="entity" rules={[{ required: true, message: t('请选择当事人') }]}>
        <EntityPicker whole aria-label="当事人" />
      </Form.Item>
      <Form.Item noStyle dependencies={['source', 'entity']}>
        {({ getFieldValue }) => {
          const link = LINK[getFieldValue('source') as CaseSource];
          if (!link) return null;
          if (!link.pick) return <TextField label={link.label} name="link" required max={100} />;
          return (
            <Form.Item label={t(link.label)} name="link" rules={[{ required: true, message: t('请选择来源记录') }]}>
              <SourceRecordSelect
                source={link.pick}
                entityId={(getFieldValue('entity') as PickedEntity | undefined)?.id}
                aria-label={link.label}
              />
            </Form.Item>
          );
        }}
      </Form.Item>
      <PastDayField name="receivedOn" label="受理日期" />
      <Form.Item label={t('违法行为')} name="violations">
        <Select mode="multiple" options={optionsOf(VIOLATION)} />
      </Form.Item>
      <TextField label="线索描述" name="description" required max={4000} rows={3} />
    </NewRecordDialog>
  );
}
