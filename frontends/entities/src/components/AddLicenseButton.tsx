import { PlusOutlined } from '@ant-design/icons';
import { DatePicker, Form, Input, Select } from '@shian/antd';
import { checkLicenseNumber, type LicenseKind as CodeLicenseKind } from '@shian/codes';
import { useMutation } from '@shian/graphql-client';
import { FormDialog } from '@shian/remote-kit';
import { optionsOf, useT } from '@shian/ui-kit';
import type { Dayjs } from 'dayjs';
import { graphql } from '../gql';
import type { LicenseKind } from '../gql/graphql';
import { LICENSE_KIND } from '../labels';

const AddLicenseMutation = graphql(`
  mutation AddLicense($input: LicenseInput!) {
    addLicense(input: $input) {
      ...LicenseFields
    }
  }
`);

interface Values {
  kind: LicenseKind;
  number: string;
  issuedOn: Dayjs;
  validUntil: Dayjs;
}

export function AddLicenseButton({ entityId, onAdded }: { entityId: string; onAdded?: () => void }) {
  const t = useT();
  const [, addLicense] = useMutation(AddLicenseMutation);
  return (
    <FormDialog<Values>
      label="新增许可证"
      button={{ icon: <PlusOutlined /> }}
      okText="保存"
      success="许可证已添加"
      initialValues={{ kind: 'BUSINESS' }}
      onDone={onAdded}
      onSubmit={(values) =>
        addLicense({
          input: {
            entityId,
            kind: values.kind,
            number: values.number.trim(),
            issuedOn: values.issuedOn.format('YYYY-MM-DD'),
            validUntil: values.validUntil.format('YYYY-MM-DD'),
          },
        })
      }
    >
      <Form.Item label={t('类型')} name="kind" rules={[{ required: true, message: t('请选择许可证类型') }]}>
        <Select options={optionsOf(LICENSE_KIND)} />
      </Form.Item>
      <Form.Item
        label={t('编号')}
        name="number"
        dependencies={['kind']}
        rules={[
          { required: true, message: t('请输入许可证编号') },
          ({ getFieldValue }) => ({
            validator: async (_, value?: string) => {
              const problem = value ? checkLicenseNumber(getFieldValue('kind') as CodeLicenseKind, value) : undefined;
              // @shian/codes words its problems in Chinese: the fixed ones have English in the catalog.
              if (problem) throw new Error(t(problem));
            },
          }),
        ]}
      >
        <Input placeholder={t('SC/JY 加14位数字')} />
      </Form.Item>
      <Form.Item label={t('发证日期')} name="issuedOn" rules={[{ required: true, message: t('请选择发证日期') }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label={t('有效期至')}
        name="validUntil"
        dependencies={['issuedOn']}
        rules={[
          { required: true, message: t('请选择有效期') },
          ({ getFieldValue }) => ({
            validator: async (_, value?: Dayjs) => {
              const issued = getFieldValue('issuedOn') as Dayjs | undefined;
              if (value && issued && !value.isAfter(issued)) throw new Error(t('有效期应晚于发证日期'));
            },
          }),
        ]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormDialog>
  );
}
