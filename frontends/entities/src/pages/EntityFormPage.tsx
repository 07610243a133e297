import { checkCreditCode } from '@shian/codes';
import { useMutation } from '@shian/graphql-client';
import { useT } from '@shian/ui-kit';
import { Flex, Form, Input } from '@shian/antd';
import { useParams } from '@shian/router';
import {
  ChoiceField,
  FormPage,
  type FormValuesOf,
  TextField,
  TownshipSelect,
  useOwnTownship,
  useRecord,
} from '@shian/remote-kit';
import { graphql } from '../gql';
import type { EntityInput } from '../gql/graphql';
import { CATEGORY, STATUS } from '../labels';

const EntityForEditQuery = graphql(`
  query EntityForEdit($id: ID!) {
    entity(id: $id) {
      ...EntityRecordFields
      version
    }
  }
`);

const CreateEntityMutation = graphql(`
  mutation CreateEntity($input: EntityInput!) {
    createEntity(input: $input) {
      id
    }
  }
`);

const UpdateEntityMutation = graphql(`
  mutation UpdateEntity($id: ID!, $input: EntityUpdateInput!) {
    updateEntity(id: $id, input: $input) {
      ...EntityRecordFields
      version
    }
  }
`);

/** The register's input as the form holds it (a business's village is not asked here). */
export type EntityFormValues = FormValuesOf<Omit<EntityInput, 'villageId'>>;

const PHONE = /^[0-9+\-() ]{7,20}$/;

/**
 * `/new` and `/:id/edit`: validated in Chinese before it is sent, and again by the subgraph. An edit carries the
 * version the form was filled from: if someone else changed the business meanwhile, the subgraph answers CONFLICT,
 * nothing is saved, and the form says so and reloads the current record.
 */
export function EntityFormPage() {
  const { id } = useParams();
  if (!id) return <EntityForm />;
  return <EditEntity id={id} />;
}

function EditEntity({ id }: { id: string }) {
  const view = useRecord({ query: EntityForEditQuery, pick: (d) => d.entity, missing: '未找到该主体' });
  if (!view.record) return view.fallback;
  const { township, phone, version, ...rest } = view.record;
  return (
    <EntityForm
      key={version}
      id={id}
      version={version}
      initial={{ ...rest, phone: phone ?? undefined, townshipId: township.id }}
      onConflict={view.reload}
    />
  );
}

export function EntityForm({
  id,
  version,
  initial,
  onConflict,
}: {
  id?: string;
  version?: number;
  initial?: EntityFormValues;
  onConflict?: () => void;
}) {
  const t = useT();
  const [, createEntity] = useMutation(CreateEntityMutation);
  const [, updateEntity] = useMutation(UpdateEntityMutation);
  // A township officer registers businesses of their own township only.
  const ownTownship = useOwnTownship();

  const submit = (values: EntityFormValues) => {
    const common = {
      name: values.name.trim(),
      category: values.category,
      townshipId: values.townshipId,
      address: values.address.trim(),
      legalRepresentative: values.legalRepresentative.trim(),
      phone: values.phone?.trim() || null,
      status: values.status,
    };
    return id
      ? updateEntity({ id, input: { ...common, version } })
      : createEntity({ input: { ...common, creditCode: values.creditCode.trim() } });
  };

  return (
    <FormPage<EntityFormValues, Awaited<ReturnType<typeof submit>>>
      title={id ? '编辑主体' : '新增主体'}
      back={id ? `/${id}` : '/'}
      initialValues={initial ?? { status: 'OPERATING', townshipId: ownTownship }}
      onSubmit={submit}
      success={id ? '已保存' : '主体已登记'}
      savedAt={(answer) => `/${id ?? (answer.data as { createEntity: { id: string } }).createEntity.id}`}
      cancel
      conflict={onConflict && { title: '主体已被他人修改', reload: onConflict }}
    >
      <TextField label="主体名称" name="name" required="请输入主体名称" max={100} />
      <Form.Item
        label={t('统一社会信用代码')}
        name="creditCode"
        extra={id ? t('统一社会信用代码登记后不可修改') : t('18位,字母大写')}
        normalize={(value?: string) => value?.toUpperCase()}
        rules={[
          { required: true, whitespace: true, message: t('请输入统一社会信用代码') },
          {
            validator: async (_, value?: string) => {
              const problem = value ? checkCreditCode(value) : undefined;
              // @shian/codes words its problems in Chinese: the fixed ones have English in the catalog.
              if (problem) throw new Error(t(problem));
            },
          },
        ]}
      >
        <Input maxLength={18} disabled={Boolean(id)} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      <Flex gap={16} wrap>
        <ChoiceField
          label="类别"
          name="category"
          labels={CATEGORY}
          required="请选择类别"
          placeholder="请选择"
          style={{ flex: 1, minWidth: 200 }}
        />
        <Form.Item
          label={t('乡镇(街道)')}
          name="townshipId"
          rules={[{ required: true, message: t('请选择乡镇(街道)') }]}
          style={{ flex: 1, minWidth: 200 }}
        >
          <TownshipSelect disabled={Boolean(ownTownship)} placeholder={t('请选择')} />
        </Form.Item>
        <ChoiceField
          label="状态"
          name="status"
          labels={STATUS}
          required="请选择状态"
          style={{ flex: 1, minWidth: 140 }}
        />
      </Flex>
      <TextField label="地址" name="address" required="请输入地址" />
      <Flex gap={16} wrap>
        <TextField
          label="法定代表人(负责人)"
          name="legalRepresentative"
          required="请输入法定代表人"
          style={{ flex: 1, minWidth: 200 }}
        />
        <TextField
          label="联系电话"
          name="phone"
          rules={[{ pattern: PHONE, message: t('电话号码格式不正确') }]}
          style={{ flex: 1, minWidth: 200 }}
        />
      </Flex>
    </FormPage>
  );
}
