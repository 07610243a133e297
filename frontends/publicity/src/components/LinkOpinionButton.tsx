import { LinkOutlined } from '@ant-design/icons';
import { Form } from '@shian/antd';
import { type CaseOption, CasePicker, EntityPicker, MutationDialog, type PickedEntity } from '@shian/remote-kit';
import { useT } from '@shian/ui-kit';
import { graphql } from '../gql';

const LinkOpinionMutation = graphql(`
  mutation LinkOpinionEvent($id: ID!, $entityId: ID, $townshipId: ID, $caseId: ID, $expectedVersion: Int) {
    linkOpinionEvent(
      id: $id
      entityId: $entityId
      townshipId: $townshipId
      caseId: $caseId
      expectedVersion: $expectedVersion
    ) {
      id
      version
    }
  }
`);

interface LinkValues {
  entity?: PickedEntity;
  caseId?: string;
}

/**
 * 关联主体或案件: names the business the event concerns (bringing its township, the record's scope) and the case
 * filed over it. The subgraph only sets what is sent, so a link once made is changed here but not removed.
 */
export function LinkOpinionButton({
  event,
  onLinked,
}: {
  event: {
    id: string;
    version: number;
    entity?: { id: string; name?: string | null } | null;
    township?: { id: string } | null;
    case?: CaseOption | null;
    caseId?: string | null;
  };
  onLinked: () => void;
}) {
  const t = useT();
  const entity =
    event.entity && event.township
      ? { id: event.entity.id, name: event.entity.name ?? event.entity.id, townshipId: event.township.id }
      : undefined;
  // A case the caller may not read (or that enforcement cannot answer for now) still shows by its id.
  const current = event.case ?? (event.caseId ? { id: event.caseId, title: '' } : null);
  return (
    <MutationDialog
      label="关联主体或案件"
      button={{ icon: <LinkOutlined /> }}
      success="已关联"
      initialValues={{ entity, caseId: event.caseId ?? undefined }}
      mutation={LinkOpinionMutation}
      variables={(values: LinkValues) => ({
        id: event.id,
        expectedVersion: event.version,
        entityId: values.entity?.id ?? null,
        townshipId: values.entity?.townshipId ?? null,
        caseId: values.caseId ?? null,
      })}
      onDone={onLinked}
    >
      <Form.Item
        label={t('涉及主体')}
        name="entity"
        dependencies={['caseId']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_, value?: PickedEntity) => {
              if (!value && !getFieldValue('caseId')) throw new Error(t('请选择涉及主体或关联案件'));
            },
          }),
        ]}
        extra={t('乡镇监管员只能关联本乡镇的主体')}
      >
        <EntityPicker whole aria-label={t('涉及主体')} />
      </Form.Item>
      <Form.Item label={t('关联案件')} name="caseId">
        <CasePicker current={current} />
      </Form.Item>
    </MutationDialog>
  );
}
