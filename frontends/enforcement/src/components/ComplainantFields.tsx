import { Flex, Form, Input } from '@shian/antd';
import { useT } from '@shian/ui-kit';
import type { ComplainantInput, ComplaintKind } from '../gql/graphql';
import { TextField } from '@shian/remote-kit';

/** The complainant's fields as a complaint's forms hold them. */
export interface ComplainantValues {
  name?: string;
  phone?: string;
  idNumber?: string;
}

// The subgraph's own checks (rules/complaints.ts: isPhone, and 18 characters for an ID number), so the form says so
// before sending; the server still decides.
const PHONE = /^(1[3-9]\d{9}|(0\d{2,3}-?)?\d{7,8}(-\d{1,6})?|12315)$/;
const ID_NUMBER = /^\d{17}[\dXx]$/;

export const complainantInput = (v: ComplainantValues): ComplainantInput => ({
  name: v.name?.trim() || null,
  phone: v.phone?.replace(/\s+/g, '') || null,
  idNumber: v.idNumber?.trim() || null,
});

/**
 * 投诉人 or 举报人: a complaint names its complainant with a phone; a report may be anonymous, but contact details
 * without a name are refused.
 */
export function ComplainantFields({ kind }: { kind: ComplaintKind | undefined }) {
  const t = useT();
  const complaint = kind !== 'REPORT';
  return (
    <Flex gap={12}>
      <TextField
        label={complaint ? '投诉人姓名' : '举报人姓名(可匿名)'}
        name="name"
        dependencies={['phone', 'idNumber']}
        required={complaint && '投诉须填写投诉人姓名'}
        max={50}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value?: string) =>
              !value?.trim() && (getFieldValue('phone')?.trim() || getFieldValue('idNumber')?.trim())
                ? Promise.reject(new Error(t('填写了联系方式或身份证号码的,须填写姓名')))
                : Promise.resolve(),
          }),
        ]}
        style={{ flex: 1 }}
      />
      <Form.Item
        label={t('联系电话')}
        name="phone"
        rules={[
          { required: complaint, whitespace: true, message: t('投诉须填写联系电话') },
          {
            validator: (_, value?: string) =>
              !value?.trim() || PHONE.test(value.replace(/\s+/g, ''))
                ? Promise.resolve()
                : Promise.reject(new Error(t('联系电话格式不正确'))),
          },
        ]}
        style={{ flex: 1 }}
      >
        <Input />
      </Form.Item>
      <Form.Item
        label={t('身份证号码(选填)')}
        name="idNumber"
        rules={[{ pattern: ID_NUMBER, message: t('身份证号码应为18位') }]}
        style={{ flex: 1.4 }}
      >
        <Input />
      </Form.Item>
    </Flex>
  );
}
