import { Form } from '@shian/antd';
import { CasePicker, MutationDialog, TextField } from '@shian/remote-kit';
import { labelOf, useT } from '@shian/ui-kit';
import { graphql } from '../gql';
import type { OpinionStatus } from '../gql/graphql';
import { STAGE } from '../labels';

const MoveOpinionMutation = graphql(`
  mutation MoveOpinionEvent($id: ID!, $input: OpinionMoveInput!, $expectedVersion: Int) {
    moveOpinionEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`);

/** The verb on a stage's button (升级上报 and 办结 are also stages' names: the verb is their `action` context). */
const ACTION: Record<OpinionStatus, string> = {
  DETECTED: '登记',
  VERIFYING: '开始核实',
  ESCALATED: '升级上报',
  HANDLING: '进入处置',
  RESPONDED: '发布回应',
  CLOSED: '办结',
};

interface MoveValues {
  note: string;
  escalatedTo?: string;
  caseId?: string;
}

/** One move the lifecycle allows from here, with the version the user saw (another's move meanwhile: CONFLICT). */
export function MoveOpinionButton({
  id,
  version,
  to,
  onMoved,
}: {
  id: string;
  version: number;
  to: OpinionStatus;
  onMoved: () => void;
}) {
  const t = useT();
  const stage = labelOf(STAGE, to);
  const action = t(ACTION[to], { context: 'action' });
  return (
    <MutationDialog
      label={action}
      title={t('{{action}}(变更为「{{stage}}」)', { action, stage })}
      button={{ type: to === 'ESCALATED' ? 'default' : 'primary', danger: to === 'ESCALATED' }}
      success={t('已变更为「{{stage}}」', { stage })}
      mutation={MoveOpinionMutation}
      variables={(values: MoveValues) => ({
        id,
        expectedVersion: version,
        input: {
          to,
          note: values.note.trim(),
          escalatedTo: values.escalatedTo?.trim() || null,
          caseId: values.caseId ?? null,
        },
      })}
      onDone={onMoved}
    >
      {to === 'ESCALATED' && (
        <TextField
          label="上报单位"
          name="escalatedTo"
          required="请输入上报单位"
          placeholder="如 巴州区食品安全委员会办公室"
        />
      )}
      <TextField label="处理情况" name="note" required="请填写处理情况" rows={3} />
      {to === 'HANDLING' && (
        <Form.Item label={t('关联案件')} name="caseId" extra={t('处置中立案的,选择所立案件')}>
          <CasePicker />
        </Form.Item>
      )}
    </MutationDialog>
  );
}
