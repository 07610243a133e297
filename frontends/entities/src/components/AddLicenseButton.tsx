import { checkLicenseNumber, type LicenseKind as CodeLicenseKind } from '@shian/codes';
import {
  ChoiceField,
  DateField,
  dayAfter,
  type FormValuesOf,
  localDate,
  NewRecordDialog,
  TextField,
} from '@shian/remote-kit';
import { useT } from '@shian/ui-kit';
import { graphql } from '../gql';
import type { LicenseInput } from '../gql/graphql';
import { LICENSE_KIND } from '../labels';

const AddLicenseMutation = graphql(`
  mutation AddLicense($input: LicenseInput!) {
    addLicense(input: $input) {
      ...LicenseFields
    }
  }
`);

type Values = Omit<FormValuesOf<LicenseInput, 'issuedOn' | 'validUntil'>, 'entityId'>;

/** 新增许可证 on a business's page, for the register's writers; the page lists the licence once reloaded. */
export function AddLicenseButton({ entityId, onAdded }: { entityId: string; onAdded?: () => void }) {
  const t = useT();
  return (
    <NewRecordDialog
      label="新增许可证"
      button={{ type: 'default' }}
      success="许可证已添加"
      initialValues={{ kind: 'BUSINESS' }}
      onDone={onAdded}
      mutation={AddLicenseMutation}
      variables={(values: Values) => ({
        input: {
          entityId,
          kind: values.kind,
          number: values.number.trim(),
          issuedOn: localDate(values.issuedOn),
          validUntil: localDate(values.validUntil),
        },
      })}
    >
      <ChoiceField label="类型" name="kind" labels={LICENSE_KIND} required="请选择许可证类型" />
      <TextField
        label="编号"
        name="number"
        required="请输入许可证编号"
        placeholder="SC/JY 加14位数字"
        dependencies={['kind']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_, value?: string) => {
              const problem = value ? checkLicenseNumber(getFieldValue('kind') as CodeLicenseKind, value) : undefined;
              // @shian/codes words its problems in Chinese: the fixed ones have English in the catalog.
              if (problem) throw new Error(t(problem));
            },
          }),
        ]}
      />
      <DateField label="发证日期" name="issuedOn" required="请选择发证日期" />
      <DateField
        label="有效期至"
        name="validUntil"
        required="请选择有效期"
        dependencies={['issuedOn']}
        rules={[dayAfter('issuedOn', t('有效期应晚于发证日期'))]}
      />
    </NewRecordDialog>
  );
}
