import type { TypedDocumentNode } from '@shian/graphql-client';
import { Flex, Tag } from '@shian/antd';
import { MutationButton, todayInChina, useCanWrite } from '@shian/remote-kit';
import { useT } from '@shian/ui-kit';
import type { ReactNode } from 'react';
import { graphql } from '../gql';
import type { InspectionStepFieldsFragment } from '../gql/graphql';
import { ClockTag } from './Clocks';

const PublishInspectionMutation = graphql(`
  mutation PublishInspection($id: ID!, $on: LocalDate!) {
    publishInspection(id: $id, publishedOn: $on) {
      id
      publishedOn
    }
  }
`);

const RectifyMutation = graphql(`
  mutation RecordRectification($id: ID!, $on: LocalDate!) {
    recordRectification(id: $id, rectifiedOn: $on) {
      id
      rectifiedOn
    }
  }
`);

/** What the two steps after an inspection read of it: the list's rows and the inspection's page spread it. */
export const InspectionStepFieldsDocument = graphql(`
  fragment InspectionStepFields on Inspection {
    id
    rectificationDeadline
    rectifiedOn
    rectificationOverdue
    publishedOn
    publicationClock {
      status
      remaining
      period
    }
  }
`);

interface StepProps {
  inspection: InspectionStepFieldsFragment;
  onDone?: () => void;
}

/**
 * A step still to take: its deadline's tag and, for writers, the link that records it as taken today (`success` and
 * `action` come translated).
 */
function PendingStep<D>({
  inspection,
  onDone,
  due,
  mutation,
  action,
  success,
}: StepProps & {
  due: ReactNode;
  mutation: TypedDocumentNode<D, { id: string | number; on: string }>;
  action: string;
  success: string;
}) {
  const canWrite = useCanWrite();
  return (
    <Flex gap={4} align="center">
      {due}
      {canWrite && (
        <MutationButton
          mutation={mutation}
          variables={() => ({ id: inspection.id, on: todayInChina() })}
          success={success}
          onDone={onDone}
          button={{ size: 'small', type: 'link' }}
        >
          {action}
        </MutationButton>
      )}
    </Flex>
  );
}

/** 整改: none asked (—), done on a day, or its deadline (red once passed) with 复查合格 for writers. */
export function RectificationStep({ inspection, onDone }: StepProps) {
  const t = useT();
  if (!inspection.rectificationDeadline) return <>—</>;
  if (inspection.rectifiedOn) return <>{t('已于{{date}}整改', { date: inspection.rectifiedOn })}</>;
  return (
    <PendingStep
      inspection={inspection}
      onDone={onDone}
      due={
        inspection.rectificationOverdue ? (
          <Tag color="red">{t('逾期未整改')}</Tag>
        ) : (
          <Tag color="orange">{t('期限{{date}}', { date: inspection.rectificationDeadline })}</Tag>
        )
      }
      mutation={RectifyMutation}
      action={t('复查合格')}
      success={t('已登记整改')}
    />
  );
}

/** 结果公开: its day, or what is left of its 20 working days with 公开 for writers. */
export function PublicationStep({ inspection, onDone }: StepProps) {
  const t = useT();
  if (inspection.publishedOn) return <>{inspection.publishedOn}</>;
  return (
    <PendingStep
      inspection={inspection}
      onDone={onDone}
      due={<ClockTag clock={inspection.publicationClock} />}
      mutation={PublishInspectionMutation}
      action={t('公开')}
      success={t('已公开')}
    />
  );
}
