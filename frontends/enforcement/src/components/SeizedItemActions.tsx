import { optionsOf, useT } from '@shian/ui-kit';
import { Checkbox, DatePicker, Form, InputNumber, Select } from '@shian/antd';
import dayjs from 'dayjs';
import { graphql } from '../gql';
import type { SeizedItemInput, SeizedItemStatus, SeizedItemUpdateInput } from '../gql/graphql';
import { SEIZED_STATUS, SEIZURE_KIND } from '../labels';
import {
  afterToday,
  type FormValuesOf,
  localDate,
  MutationDialog,
  NewRecordDialog,
  PastDayField,
  TextField,
} from '@shian/remote-kit';

const RecordSeizureMutation = graphql(`
  mutation RecordSeizure($input: SeizedItemInput!) {
    recordSeizure(input: $input) {
      id
    }
  }
`);

const UpdateSeizedItemMutation = graphql(`
  mutation UpdateSeizedItem($input: SeizedItemUpdateInput!) {
    updateSeizedItem(input: $input) {
      id
      status
      version
    }
  }
`);

/** What a seized item's row shows and its 保管 / 处置 works on: the list's rows and the case page's tab spread it. */
export const SeizedItemFieldsFragment = graphql(`
  fragment SeizedItemFields on SeizedItem {
    id
    name
    quantity
    unit
    measure
    seizedOn
    status
    custodian
    location
    extended
    version
    releasedOn
    clock {
      status
      deadline
      remaining
      period
    }
  }
`);

const RELEASES: SeizedItemStatus[] = ['RETURNED', 'CONFISCATED', 'DESTROYED', 'HANDED_OVER'];

export interface HeldItem {
  id: string;
  status: SeizedItemStatus;
  custodian: string;
  location: string;
  extended: boolean;
  version: number;
}

/**
 * With `caseId`: 登记涉案财物 (a seizure in this case). With `item`: its custody and what became of it. Every change
 * goes into the item's history.
 */
export function SeizedItemActions({
  caseId,
  item,
  onChanged,
}: {
  caseId?: string;
  item?: HeldItem;
  onChanged: () => void;
}) {
  if (caseId) return <RecordSeizureButton caseId={caseId} onChanged={onChanged} />;
  if (item && (item.status === 'SEIZED' || item.status === 'SEALED'))
    return <CustodyButton item={item} onChanged={onChanged} />;
  return null;
}

function CustodyFields() {
  return (
    <>
      <TextField label="保管人(单位)" name="custodian" required max={100} />
      <TextField label="存放地点" name="location" required max={200} />
    </>
  );
}

/** The seizure's input but its case, which the tab gives. */
type SeizureValues = FormValuesOf<Omit<SeizedItemInput, 'caseId'>, 'seizedOn'>;

/** 登记涉案财物: a seizure in the case, offered to its writers. */
function RecordSeizureButton({ caseId, onChanged }: { caseId: string; onChanged: () => void }) {
  const t = useT();
  return (
    <NewRecordDialog
      label="登记涉案财物"
      title="登记涉案财物(查封、扣押)"
      button={{ size: 'small' }}
      success="已保存"
      initialValues={{
        measure: 'SEIZE',
        seizedOn: dayjs(),
        custodian: '巴州区市场监督管理局',
        location: '区局涉案财物保管室',
      }}
      mutation={RecordSeizureMutation}
      variables={(v: SeizureValues) => ({ input: { ...v, caseId, seizedOn: localDate(v.seizedOn) } })}
      onDone={onChanged}
    >
      <TextField label="物品名称" name="name" required max={200} />
      <Form.Item label={t('数量')} name="quantity" rules={[{ required: true, message: t('请填写数量') }]}>
        <InputNumber min={0.01} style={{ width: '100%' }} />
      </Form.Item>
      <TextField label="单位" name="unit" required max={20} placeholder="件、箱、公斤" />
      <Form.Item label={t('措施')} name="measure" rules={[{ required: true }]}>
        <Select options={optionsOf(SEIZURE_KIND)} />
      </Form.Item>
      <PastDayField name="seizedOn" label="查封扣押日期" />
      <CustodyFields />
    </NewRecordDialog>
  );
}

type CustodyValues = FormValuesOf<Omit<SeizedItemUpdateInput, 'itemId' | 'version' | 'note'>, 'releasedOn'>;

/**
 * 保管 / 处置 of a held item. The edit carries the version the page showed: if someone else changed the item
 * meanwhile, the subgraph answers CONFLICT and the dialog has the page reload it instead of overwriting theirs.
 */
function CustodyButton({ item, onChanged }: { item: HeldItem; onChanged: () => void }) {
  const t = useT();
  return (
    <MutationDialog
      label="保管 / 处置"
      title="涉案财物保管与处置"
      button={{ size: 'small', type: 'link' }}
      okText="保存"
      success="已保存"
      initialValues={{ custodian: item.custodian, location: item.location, releasedOn: dayjs() }}
      mutation={UpdateSeizedItemMutation}
      variables={(v: CustodyValues) => ({
        input: {
          itemId: item.id,
          version: item.version,
          status: v.status ?? null,
          releasedOn: v.status && v.releasedOn ? localDate(v.releasedOn) : null,
          extended: v.extended || null,
          custodian: v.custodian,
          location: v.location,
        },
      })}
      onDone={onChanged}
    >
      <Form.Item label={t('处置结果(仅变更保管时不选)')} name="status">
        <Select allowClear options={optionsOf(SEIZED_STATUS).filter((o) => RELEASES.includes(o.value))} />
      </Form.Item>
      <Form.Item
        label={t('处置日期')}
        name="releasedOn"
        dependencies={['status']}
        rules={[
          ({ getFieldValue }) => ({
            required: Boolean(getFieldValue('status')),
            message: t('请选择处置日期'),
          }),
        ]}
      >
        <DatePicker style={{ width: '100%' }} disabledDate={afterToday} />
      </Form.Item>
      {!item.extended && (
        <Form.Item name="extended" valuePropName="checked">
          <Checkbox>{t('经批准延长查封扣押期限(30日)')}</Checkbox>
        </Form.Item>
      )}
      <CustodyFields />
    </MutationDialog>
  );
}
