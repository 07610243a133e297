import { optionsOf, useT } from '@shian/ui-kit';
import { Flex, Form, Select } from '@shian/antd';
import { graphql } from '../gql';
import type {
  JointOperationConfirmationInput,
  JointOperationInput,
  JointOperationStatus,
  JointOperationUpdateInput,
  PartnerDepartment,
} from '../gql/graphql';
import { DEPARTMENT, OPERATION_STATUS } from '../labels';
import {
  atLeastOne,
  CountField,
  DateRangeFields,
  type FormValuesOf,
  localDate,
  MutationDialog,
  NewRecordDialog,
  TextField,
  usePartnerDepartment,
} from '@shian/remote-kit';
import { CampaignSelect } from './CampaignSelect';

const CreateJointOperationMutation = graphql(`
  mutation CreateJointOperation($input: JointOperationInput!) {
    createJointOperation(input: $input) {
      id
    }
  }
`);

const UpdateJointOperationMutation = graphql(`
  mutation UpdateJointOperation($input: JointOperationUpdateInput!) {
    updateJointOperation(input: $input) {
      id
    }
  }
`);

const ConfirmMutation = graphql(`
  mutation ConfirmJointOperation($input: JointOperationConfirmationInput!) {
    confirmJointOperation(input: $input) {
      id
    }
  }
`);

/** The counts the subgraph takes (户次, 个, 人次): whole numbers up to 100 000. */
const MOST = 100_000;

type NewOperationValues = FormValuesOf<JointOperationInput, 'startsOn' | 'endsOn'>;

/**
 * 新建联合执法, the district's: the bureau plans an operation with the departments that take part; each then confirms
 * its own part.
 */
export function NewOperationButton({ onCreated }: { onCreated: () => void }) {
  const t = useT();
  return (
    <NewRecordDialog
      district
      label="新建联合执法"
      width={640}
      success="联合执法已新建"
      mutation={CreateJointOperationMutation}
      variables={(v: NewOperationValues) => ({
        input: {
          title: v.title.trim(),
          campaignId: v.campaignId ?? null,
          departments: v.departments,
          startsOn: localDate(v.startsOn),
          endsOn: localDate(v.endsOn),
          scope: v.scope.trim(),
        },
      })}
      onDone={onCreated}
    >
      <TextField label="行动名称" name="title" required max={200} />
      <Form.Item label={t('参加部门')} name="departments" rules={atLeastOne(t('至少选择一个参加部门'))}>
        <Select mode="multiple" aria-label="参加部门" options={optionsOf(DEPARTMENT)} />
      </Form.Item>
      <DateRangeFields />
      <TextField label="检查范围(地点、对象)" name="scope" required max={500} rows={2} />
      <Form.Item label={t('所属专项')} name="campaignId">
        <CampaignSelect aria-label="所属专项" />
      </Form.Item>
    </NewRecordDialog>
  );
}

export interface OperationForDialogs {
  id: string;
  title: string;
  status: JointOperationStatus;
  entitiesInspected: number;
  problemsFound: number;
  summary?: string | null;
  participants: {
    department: PartnerDepartment;
    confirmedOn?: string | null;
    personnel: number;
    report?: string | null;
  }[];
}

/** A row's dialog: the operation, and the list to read again once it is saved. */
interface OperationDialogProps {
  operation: OperationForDialogs;
  onChanged: () => void;
}

type ProgressValues = FormValuesOf<Omit<JointOperationUpdateInput, 'operationId'>>;

type ConfirmValues = FormValuesOf<Omit<JointOperationConfirmationInput, 'operationId'>>;

/** 登记进展: the operation's state, what was found, and the summary that closing it requires. */
export function OperationProgressButton({ operation, onChanged }: OperationDialogProps) {
  const t = useT();
  return (
    <MutationDialog
      label="登记进展"
      title={t('登记进展:{{title}}', { title: operation.title })}
      button={{ size: 'small', type: 'link' }}
      okText="保存"
      success="进展已保存"
      initialValues={{
        status: operation.status,
        entitiesInspected: operation.entitiesInspected,
        problemsFound: operation.problemsFound,
        summary: operation.summary ?? undefined,
      }}
      mutation={UpdateJointOperationMutation}
      variables={(v: ProgressValues) => ({
        input: {
          operationId: operation.id,
          status: v.status,
          entitiesInspected: v.entitiesInspected,
          problemsFound: v.problemsFound,
          summary: v.summary?.trim() || null,
        },
      })}
      onDone={onChanged}
    >
      <Form.Item label={t('状态')} name="status" rules={[{ required: true, message: t('请选择状态') }]}>
        <Select aria-label="状态" options={optionsOf(OPERATION_STATUS)} />
      </Form.Item>
      <Flex gap={16}>
        <CountField
          name="entitiesInspected"
          label="检查主体(户次)"
          required="请填写检查主体数"
          max={MOST}
          style={{ flex: 1 }}
        />
        <CountField
          name="problemsFound"
          label="发现问题(个)"
          required="请填写发现问题数"
          max={MOST}
          style={{ flex: 1 }}
        />
      </Flex>
      <TextField
        label="行动总结"
        name="summary"
        dependencies={['status']}
        rules={[
          ({ getFieldValue }) => ({
            required: getFieldValue('status') === 'COMPLETED',
            whitespace: true,
            message: t('完成行动须填写行动总结'),
          }),
        ]}
        max={2000}
        rows={4}
      />
    </MutationDialog>
  );
}

/** 确认参加: a partner department's own part of an operation it takes part in; no one else's. */
export function ConfirmOperationButton({ operation, onChanged }: OperationDialogProps) {
  const t = useT();
  const department = usePartnerDepartment();
  const own = operation.participants.find((p) => p.department === department);
  if (!own) return null;
  return (
    <MutationDialog
      label={own.confirmedOn ? '更新本部门情况' : '确认参加'}
      title={t('确认参加:{{title}}', { title: operation.title })}
      button={{ size: 'small', type: own.confirmedOn ? 'default' : 'primary' }}
      okText="提交"
      success="已报送"
      initialValues={{ personnel: own.personnel || 2, report: own.report ?? '' }}
      mutation={ConfirmMutation}
      variables={(v: ConfirmValues) => ({ input: { ...v, operationId: operation.id } })}
      onDone={onChanged}
    >
      <CountField name="personnel" label="出动人员(人次)" required="请填写出动人员" max={MOST} />
      <TextField label="本部门工作情况" name="report" required max={1000} rows={3} />
    </MutationDialog>
  );
}
