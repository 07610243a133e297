import { optionsOf, useT, t } from '@shian/ui-kit';
import { Form, InputNumber, Select } from '@shian/antd';
import dayjs from 'dayjs';
import { useNavigate } from '@shian/router';
import { graphql } from '../gql';
import type { RiskInput } from '../gql/graphql';
import { BUSINESS_CATEGORY, RISK_CATEGORY, RISK_STATUS } from '../labels';
import {
  atLeastOne,
  ChoiceField,
  DateField,
  type FormValuesOf,
  localDate,
  MutationDialog,
  NewRecordDialog,
  TextField,
  useModulePath,
} from '@shian/remote-kit';
import { DepartmentSelect, OfficialSelect, TownshipSelect } from './pickers';

const CreateRiskMutation = graphql(`
  mutation CreateRisk($input: RiskInput!) {
    createRisk(input: $input) {
      id
    }
  }
`);

const UpdateRiskMutation = graphql(`
  mutation UpdateRisk($id: ID!, $version: Int!, $input: RiskInput!) {
    updateRisk(id: $id, version: $version, input: $input) {
      id
      version
      level
    }
  }
`);

type Values = FormValuesOf<RiskInput, 'reviewDate'>;

/** The risk as the edit form starts from it: the fields it edits, as the record reads them. */
export interface EditableRisk
  extends Pick<Values, 'title' | 'hazard' | 'source' | 'category' | 'likelihood' | 'severity' | 'status'> {
  id: string;
  version: number;
  townships: { id: string }[];
  businessCategories: string[];
  controls?: string | null;
  ownerDepartment: string;
  owner?: { id: string } | null;
  reviewDate?: string | null;
}

const input = (v: Values): RiskInput => ({
  title: v.title.trim(),
  hazard: v.hazard.trim(),
  source: v.source.trim(),
  category: v.category,
  likelihood: v.likelihood,
  severity: v.severity,
  townshipIds: v.townshipIds,
  businessCategories: v.businessCategories ?? [],
  controls: v.controls?.trim() || null,
  ownerDepartment: v.ownerDepartment,
  ownerId: v.ownerId ?? null,
  reviewDate: localDate(v.reviewDate) ?? null,
  status: v.status,
  reason: v.reason?.trim() || null,
});

const scale = (what: string) => [
  { required: true, message: t('请填写{{what}}(1–5)', { what }) },
  { type: 'integer' as const, min: 1, max: 5, message: t('{{what}}为 1–5 的整数', { what }) },
];

/** A risk's fields; the level is not asked for: the subgraph derives it from the matrix. */
function RiskFields() {
  const t = useT();
  return (
    <>
      <TextField label="风险名称" name="title" required="请填写风险名称" placeholder="如:农村集体聚餐食物中毒风险" />
      <ChoiceField label="风险类别" name="category" labels={RISK_CATEGORY} required="请选择风险类别" />
      <TextField label="危害" name="hazard" required="请填写危害" rows={2} />
      <TextField label="风险来源" name="source" required="请填写风险来源" rows={2} />
      <Form.Item label={t('可能性(1–5)')} name="likelihood" rules={scale(t('可能性'))}>
        <InputNumber aria-label="可能性" min={1} max={5} precision={0} />
      </Form.Item>
      <Form.Item label={t('严重性(1–5)')} name="severity" rules={scale(t('严重性'))}>
        <InputNumber aria-label="严重性" min={1} max={5} precision={0} />
      </Form.Item>
      <Form.Item label={t('涉及乡镇(街道)')} name="townshipIds" rules={atLeastOne(t('请至少选择一个乡镇(街道)'))}>
        <TownshipSelect multiple aria-label="涉及乡镇(街道)" />
      </Form.Item>
      <Form.Item label={t('涉及业态')} name="businessCategories">
        <Select aria-label="涉及业态" mode="multiple" options={optionsOf(BUSINESS_CATEGORY)} />
      </Form.Item>
      <TextField label="现有管控措施" name="controls" rows={2} />
      <Form.Item
        label={t('责任部门')}
        name="ownerDepartment"
        rules={[{ required: true, message: t('请填写责任部门') }]}
      >
        <DepartmentSelect aria-label="责任部门" />
      </Form.Item>
      <Form.Item label={t('包保干部')} name="ownerId">
        <OfficialSelect />
      </Form.Item>
      <DateField label="复核日期" name="reviewDate" />
      <ChoiceField label="状态" name="status" labels={RISK_STATUS} required="请选择状态" />
    </>
  );
}

/** 登记风险: a new risk, whose page opens once it is saved. */
export function NewRiskButton() {
  const navigate = useNavigate();
  const to = useModulePath();
  return (
    <NewRecordDialog
      label="登记风险"
      width={720}
      initialValues={{ status: 'ACTIVE', likelihood: 3, severity: 3, townshipIds: [] }}
      success="风险已登记"
      mutation={CreateRiskMutation}
      variables={(v: Values) => ({ input: input(v) })}
      onDone={(answer) => {
        if (answer?.data) navigate(to(`/risks/${answer.data.createRisk.id}`));
      }}
    >
      <RiskFields />
    </NewRecordDialog>
  );
}

/** 编辑 a risk, with the reason its likelihood or severity changed (kept in the level's history). */
export function EditRiskButton({ risk, onDone }: { risk: EditableRisk; onDone?: () => void }) {
  const t = useT();
  return (
    <MutationDialog
      label="编辑"
      title="编辑风险"
      width={720}
      initialValues={{
        ...risk,
        controls: risk.controls ?? undefined,
        townshipIds: risk.townships.map((township) => township.id),
        ownerId: risk.owner?.id,
        reviewDate: risk.reviewDate ? dayjs(risk.reviewDate) : undefined,
      }}
      success="风险已更新"
      mutation={UpdateRiskMutation}
      variables={(v: Values) => ({ id: risk.id, version: risk.version, input: input(v) })}
      onDone={onDone}
    >
      <RiskFields />
      <TextField
        label="调整原因"
        name="reason"
        extra={t('可能性或严重性有变化时,记入等级变更记录')}
        placeholder="如:今年以来发生两起聚餐食物中毒"
      />
    </MutationDialog>
  );
}
