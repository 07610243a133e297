import { useMutation } from '@shian/graphql-client';
import { Form, Input } from '@shian/antd';
import { FormDialog } from '@shian/remote-kit';
import { labelOf } from '@shian/ui-kit';
import { graphql } from '../gql';
import type { OpinionStatus } from '../gql/graphql';
import { STAGE } from '../labels';
import { CasePicker } from './CasePicker';

const MoveOpinionMutation = graphql(`
  mutation MoveOpinionEvent($id: ID!, $input: OpinionMoveInput!, $expectedVersion: Int) {
    moveOpinionEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`);

/** The verb on a stage's button. */
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
  const [, move] = useMutation(MoveOpinionMutation);
  return (
    <FormDialog<MoveValues>
      label={ACTION[to]}
      title={`${ACTION[to]}(变更为「${labelOf(STAGE, to)}」)`}
      button={{ type: to === 'ESCALATED' ? 'default' : 'primary', danger: to === 'ESCALATED' }}
      success={`已变更为「${labelOf(STAGE, to)}」`}
      onSubmit={(values) =>
        move({
          id,
          expectedVersion: version,
          input: {
            to,
            note: values.note.trim(),
            escalatedTo: values.escalatedTo?.trim() || null,
            caseId: values.caseId ?? null,
          },
        })
      }
      onDone={onMoved}
    >
      {to === 'ESCALATED' && (
        <Form.Item
          label="上报单位"
          name="escalatedTo"
          rules={[{ required: true, whitespace: true, message: '请输入上报单位' }]}
        >
          <Input placeholder="如 巴州区食品安全委员会办公室" />
        </Form.Item>
      )}
      <Form.Item label="处理情况" name="note" rules={[{ required: true, whitespace: true, message: '请填写处理情况' }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      {to === 'HANDLING' && (
        <Form.Item label="关联案件" name="caseId" extra="处置中立案的,选择所立案件">
          <CasePicker />
        </Form.Item>
      )}
    </FormDialog>
  );
}
