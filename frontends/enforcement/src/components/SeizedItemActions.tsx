import { errorCode, errorMessage, useMutation } from '@shian/graphql-client';
import { optionsOf } from '@shian/ui-kit';
import { App as AntApp, Button, DatePicker, Form, Input, InputNumber, Modal, Select } from '@shian/antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { graphql } from '../gql';
import type { SeizedItemStatus, SeizureKind } from '../gql/graphql';
import { SEIZED_STATUS, SEIZURE_KIND } from '../labels';
import { applyServerErrors } from '@shian/remote-kit';

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

const RELEASES: SeizedItemStatus[] = ['RETURNED', 'CONFISCATED', 'DESTROYED', 'HANDED_OVER'];

interface Values {
  name?: string;
  quantity?: number;
  unit?: string;
  measure?: SeizureKind;
  seizedOn?: Dayjs;
  custodian?: string;
  location?: string;
  status?: SeizedItemStatus;
  releasedOn?: Dayjs;
  extended?: boolean;
}

/**
 * With `caseId`: 登记涉案财物 (a seizure in this case). With `item`: its custody and what became of it. Every change
 * goes into the item's history. An edit carries the version the page showed: if someone else changed the item
 * meanwhile, the subgraph answers CONFLICT and the page reloads it instead of overwriting theirs.
 */
export function SeizedItemActions({
  caseId,
  item,
  onChanged,
}: {
  caseId?: string;
  item?: {
    id: string;
    status: SeizedItemStatus;
    custodian: string;
    location: string;
    extended: boolean;
    version: number;
  };
  onChanged: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const [{ fetching: recording }, record] = useMutation(RecordSeizureMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateSeizedItemMutation);
  const { message, modal } = AntApp.useApp();
  const held = item && (item.status === 'SEIZED' || item.status === 'SEALED');
  if (item && !held) return null;

  const submit = async () => {
    const v = await form.validateFields();
    const result = caseId
      ? await record({
          input: {
            caseId,
            name: v.name!,
            quantity: v.quantity!,
            unit: v.unit!,
            measure: v.measure!,
            seizedOn: v.seizedOn!.format('YYYY-MM-DD'),
            custodian: v.custodian!,
            location: v.location!,
          },
        })
      : await update({
          input: {
            itemId: item!.id,
            version: item!.version,
            status: v.status ?? null,
            releasedOn: v.releasedOn?.format('YYYY-MM-DD') ?? null,
            custodian: v.custodian,
            location: v.location,
          },
        });
    if (result.error) {
      if (errorCode(result.error) === 'CONFLICT') {
        // Someone else changed the item since this page read it: nothing was saved; show theirs.
        setOpen(false);
        modal.warning({ title: '涉案财物已被他人修改', content: errorMessage(result.error), onOk: onChanged });
        return;
      }
      const general = applyServerErrors(form, result.error);
      if (general) message.error(general);
      return;
    }
    message.success('已保存');
    setOpen(false);
    onChanged();
  };

  return (
    <>
      <Button size="small" type={caseId ? 'primary' : 'link'} onClick={() => setOpen(true)}>
        {caseId ? '登记涉案财物' : '保管 / 处置'}
      </Button>
      <Modal
        title={caseId ? '登记涉案财物(查封、扣押)' : '涉案财物保管与处置'}
        open={open}
        onOk={submit}
        okText="保存"
        cancelText="取消"
        confirmLoading={recording || updating}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={
            caseId
              ? {
                  measure: 'SEIZE',
                  seizedOn: dayjs(),
                  custodian: '巴州区市场监督管理局',
                  location: '区局涉案财物保管室',
                }
              : { custodian: item!.custodian, location: item!.location, releasedOn: dayjs() }
          }
        >
          {caseId ? (
            <>
              <Form.Item label="物品名称" name="name" rules={[{ required: true, message: '请填写物品名称' }]}>
                <Input />
              </Form.Item>
              <Form.Item label="数量" name="quantity" rules={[{ required: true, message: '请填写数量' }]}>
                <InputNumber min={0.01} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item label="单位" name="unit" rules={[{ required: true, message: '请填写单位' }]}>
                <Input placeholder="件、箱、公斤" />
              </Form.Item>
              <Form.Item label="措施" name="measure" rules={[{ required: true }]}>
                <Select options={optionsOf(SEIZURE_KIND)} />
              </Form.Item>
              <Form.Item label="查封扣押日期" name="seizedOn" rules={[{ required: true }]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </>
          ) : (
            <>
              <Form.Item label="处置结果(仅变更保管时不选)" name="status">
                <Select allowClear options={optionsOf(SEIZED_STATUS).filter((o) => RELEASES.includes(o.value))} />
              </Form.Item>
              <Form.Item label="处置日期" name="releasedOn">
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
          <Form.Item label="保管人(单位)" name="custodian" rules={[{ required: true, message: '请填写保管人' }]}>
            <Input />
          </Form.Item>
          <Form.Item label="存放地点" name="location" rules={[{ required: true, message: '请填写存放地点' }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
