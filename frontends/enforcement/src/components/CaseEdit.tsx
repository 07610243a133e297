import { DatePicker, Form, Select } from '@shian/antd';
import { optionsOf, useT } from '@shian/ui-kit';
import dayjs, { type Dayjs } from 'dayjs';
import { graphql } from '../gql';
import type { CaseUpdateInput, PenaltyProgressInput } from '../gql/graphql';
import type { CaseDetail, CasePart } from '../pages/CasePage';
import { VIOLATION } from '../labels';
import {
  afterToday,
  atLeastOne,
  type FormValuesOf,
  localDate,
  MutationDialog,
  TextField,
  useCanWriteDistrict,
} from '@shian/remote-kit';
import { InspectorsItem } from './InspectorsItem';
import { CampaignSelect } from './CampaignSelect';

const UpdateCaseMutation = graphql(`
  mutation UpdateCase($input: CaseUpdateInput!) {
    updateCase(input: $input) {
      id
    }
  }
`);

const UpdatePenaltyProgressMutation = graphql(`
  mutation UpdatePenaltyProgress($input: PenaltyProgressInput!) {
    updatePenaltyProgress(input: $input) {
      id
    }
  }
`);

/** A closed case, and a clue not filed, are no longer edited (the subgraph refuses). */
export const canEditCase = (record: CaseDetail) => record.status !== 'CLOSED' && record.status !== 'NOT_FILED';

type CaseValues = FormValuesOf<Omit<CaseUpdateInput, 'caseId' | 'version'>>;

const sameSet = <T,>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * 修改案件信息: the fields a case keeps whatever its step. Only what changed is sent, so an unchanged officer no
 * longer in post, say, does not block correcting the title. The officers are the case's from filing on; the
 * campaign is a district matter, offered to district staff.
 */
export function CaseEditButton({ record, onChanged }: CasePart) {
  const t = useT();
  const district = useCanWriteDistrict();
  const filed = record.status !== 'CLUE';
  const officerIds = record.officers.map((o) => o.id);

  const changes = (v: CaseValues): Omit<CaseUpdateInput, 'caseId' | 'version'> => {
    const text = (value: string | null | undefined) => value?.trim() ?? '';
    return {
      title: text(v.title) !== record.title ? text(v.title) : null,
      description: text(v.description) !== record.description ? text(v.description) : null,
      violations: v.violations && !sameSet(v.violations, record.violations) ? v.violations : null,
      // undefined leaves it; an emptied field clears it (the subgraph stores null).
      legalBasis: text(v.legalBasis) !== (record.legalBasis ?? '') ? text(v.legalBasis) || null : undefined,
      officerIds: filed && v.officerIds && !sameSet(v.officerIds, officerIds) ? v.officerIds : null,
      campaignId:
        district && (v.campaignId ?? null) !== (record.campaign?.id ?? null) ? (v.campaignId ?? null) : undefined,
    };
  };

  return (
    <MutationDialog
      label="修改"
      title={t('修改案件信息 · {{title}}', { title: record.title })}
      okText="保存"
      width={640}
      success="案件信息已修改"
      initialValues={{
        title: record.title,
        description: record.description,
        violations: record.violations,
        legalBasis: record.legalBasis ?? undefined,
        officerIds,
        campaignId: record.campaign?.id,
      }}
      mutation={UpdateCaseMutation}
      variables={(v: CaseValues) => ({ input: { caseId: record.id, version: record.version, ...changes(v) } })}
      onDone={onChanged}
    >
      <TextField label="案由" name="title" required max={200} />
      <ViolationsItem required={filed || record.violations.length > 0} />
      <TextField label="法律依据" name="legalBasis" max={500} rows={2} />
      {filed && <OfficersItem />}
      {district && (
        <Form.Item label={t('所属专项')} name="campaignId">
          <CampaignSelect aria-label="所属专项" />
        </Form.Item>
      )}
      <TextField label="案情" name="description" required max={4000} rows={4} />
    </MutationDialog>
  );
}

type ProgressValues = FormValuesOf<Omit<PenaltyProgressInput, 'caseId' | 'version'>, 'paidOn' | 'publishedOn'>;

/**
 * 登记缴纳、公示: when the fine was paid and the penalty published (信用公示). Each date once given can be
 * corrected but not removed, and none falls before the decision or after today.
 */
export function PenaltyProgressButton({ record, onChanged }: CasePart) {
  const t = useT();
  const penalty = record.penalty;
  if (!penalty) return null;
  const outside = (d: Dayjs) => afterToday(d) || (record.decidedOn != null && localDate(d) < record.decidedOn);
  return (
    <MutationDialog
      label="登记缴纳、公示"
      title={t('登记处罚执行情况 · {{number}}', { number: penalty.decisionNumber })}
      okText="保存"
      success="处罚执行情况已登记"
      initialValues={{
        paidOn: penalty.paidOn ? dayjs(penalty.paidOn) : undefined,
        publishedOn: penalty.publishedOn ? dayjs(penalty.publishedOn) : undefined,
      }}
      mutation={UpdatePenaltyProgressMutation}
      variables={(v: ProgressValues) => ({
        input: {
          caseId: record.id,
          version: record.version,
          paidOn: v.paidOn ? localDate(v.paidOn) : null,
          publishedOn: v.publishedOn ? localDate(v.publishedOn) : null,
        },
      })}
      onDone={onChanged}
    >
      <Form.Item
        label={t('罚没款缴纳日期')}
        name="paidOn"
        dependencies={['publishedOn']}
        rules={[
          {
            required: Boolean(penalty.paidOn),
            message: t('缴纳日期已登记,只能更正,不能清除'),
          },
          ({ getFieldValue }) => ({
            validator: (_, value?: Dayjs) =>
              value || getFieldValue('publishedOn')
                ? Promise.resolve()
                : Promise.reject(new Error(t('请至少填写缴纳日期或公示日期'))),
          }),
        ]}
      >
        <DatePicker style={{ width: '100%' }} aria-label="罚没款缴纳日期" disabledDate={outside} />
      </Form.Item>
      <Form.Item
        label={t('信用公示日期')}
        name="publishedOn"
        rules={[{ required: Boolean(penalty.publishedOn), message: t('公示日期已登记,只能更正,不能清除') }]}
      >
        <DatePicker style={{ width: '100%' }} aria-label="信用公示日期" disabledDate={outside} />
      </Form.Item>
    </MutationDialog>
  );
}

/** 办案人员: at least two inspectors in post (the subgraph's MIN_INSPECTORS), as 登记检查's 检查人员. */
export function OfficersItem() {
  const t = useT();
  return <InspectorsItem name="officerIds" who={t('办案人员')} />;
}

/** 违法行为: at least one once given (the subgraph refuses an empty list). */
export function ViolationsItem({ required }: { required: boolean }) {
  const t = useT();
  return (
    <Form.Item label={t('违法行为')} name="violations" rules={required ? atLeastOne(t('至少选择一项违法行为')) : []}>
      <Select mode="multiple" aria-label="违法行为" options={optionsOf(VIOLATION)} />
    </Form.Item>
  );
}
