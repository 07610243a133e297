import { useQuery } from '@shian/graphql-client';
import { Typography } from '@shian/antd';
import { MutationDialog, useCanWrite } from '@shian/remote-kit';
import { useT } from '@shian/ui-kit';
import { graphql } from '../gql';
import { DURATION } from '../labels';

// Every row asks the same: urql answers them with one request.
const DisposalRuleQuery = graphql(`
  query DisposalRule {
    clockRules {
      code
      unit
      extension
    }
  }
`);

const ExtendDisposalMutation = graphql(`
  mutation ExtendDisposal($disposalId: ID!) {
    extendDisposal(disposalId: $disposalId) {
      id
      extended
      clock {
        deadline
        remaining
        status
      }
    }
  }
`);

interface Props {
  disposal: { id: string; completedOn?: string | null; extended: boolean; clock?: { deadline?: string | null } | null };
  onDone: () => void;
}

/**
 * 延长期限: the bureau approves one extension of an open disposal's deadline, by what the current 核查处置 rule allows;
 * not offered once done, once extended, or where the rule allows none (the subgraph refuses all three).
 */
export function ExtendDisposal({ disposal, onDone }: Props) {
  const t = useT();
  const canWrite = useCanWrite();
  const [{ data }] = useQuery({ query: DisposalRuleQuery, pause: !canWrite });
  const rule = data?.clockRules?.find((r) => r.code === 'DISPOSAL');
  if (!canWrite || disposal.completedOn || disposal.extended || !rule?.extension) return null;
  const by = t(DURATION[rule.unit], { count: rule.extension });
  return (
    <MutationDialog
      label="延长期限"
      title="批准延长核查处置期限"
      okText="批准延长"
      success={t('核查处置期限已延长{{by}}', { by })}
      button={{ size: 'small' }}
      onDone={onDone}
      mutation={ExtendDisposalMutation}
      variables={() => ({ disposalId: disposal.id })}
    >
      <Typography.Paragraph>
        {disposal.clock?.deadline
          ? t('将核查处置期限延长{{by}}(现截止 {{deadline}})。每项处置只能延长一次。', {
              by,
              deadline: disposal.clock.deadline,
            })
          : t('将核查处置期限延长{{by}}。每项处置只能延长一次。', { by })}
      </Typography.Paragraph>
    </MutationDialog>
  );
}
