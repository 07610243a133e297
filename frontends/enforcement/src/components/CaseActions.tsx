import { errorCode, errorMessage, useMutation } from '@shian/graphql-client';
import { labelOf, optionsOf } from '@shian/ui-kit';
import {
  App as AntApp,
  Button,
  Checkbox,
  DatePicker,
  Dropdown,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
} from '@shian/antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { graphql } from '../gql';
import type { CaseStatus, PartnerDepartment, PauseKind, PenaltyKind, TransferKind, Violation } from '../gql/graphql';
import { CASE_STATUS, DEPARTMENT, PAUSE_KIND, PENALTY_KIND, TRANSFER_KIND, VIOLATION } from '../labels';
import type { CaseDetail } from '../pages/CasePage';
import { applyServerErrors } from '@shian/remote-kit';
import { useInspectors } from './useInspectors';

const MoveCaseMutation = graphql(`
  mutation MoveCase($input: CaseMoveInput!) {
    moveCase(input: $input) {
      id
      status
      version
    }
  }
`);

const PauseMutation = graphql(`
  mutation PauseCaseClock($input: CasePauseInput!) {
    pauseCaseClock(input: $input) {
      id
      version
    }
  }
`);

const ResumeMutation = graphql(`
  mutation ResumeCaseClock($input: CaseResumeInput!) {
    resumeCaseClock(input: $input) {
      id
      version
    }
  }
`);

const ExtendMutation = graphql(`
  mutation ExtendCaseClock($input: CaseExtensionInput!) {
    extendCaseClock(input: $input) {
      id
      version
    }
  }
`);

/** What the UI calls each move (the transition table's labels live in the subgraph; these name the buttons). */
const MOVE_LABEL: Partial<Record<CaseStatus, string>> = {
  FILED: '立案',
  NOT_FILED: '不予立案',
  TRANSFERRED: '移送',
  INVESTIGATING: '调查取证',
  NOTIFIED: '处罚告知',
  DECIDED: '作出处罚决定',
  EXECUTING: '送达执行',
  CLOSED: '结案',
};

interface MoveValues {
  on: Dayjs;
  officerIds?: string[];
  violations?: Violation[];
  legalBasis?: string;
  reason?: string;
  kinds?: PenaltyKind[];
  fine?: number;
  confiscatedGains?: number;
  department?: PartnerDepartment;
  kind?: TransferKind;
  transferReason?: string;
  copiedToProcuratorate?: boolean;
  handOverSeizedItems?: boolean;
}

/**
 * The moves the transition table allows from the case's status (the subgraph says which: `nextStatuses`), each a
 * form asking what that step needs. Every write carries the version the page read: if someone else changed the
 * case meanwhile, the subgraph answers CONFLICT and the page reloads the case instead of overwriting it.
 */
export function CaseActions({ record, onChanged }: { record: CaseDetail; onChanged: () => void }) {
  const [target, setTarget] = useState<CaseStatus | null>(null);
  const [pausing, setPausing] = useState(false);
  const [form] = Form.useForm<MoveValues>();
  const [pauseForm] = Form.useForm<{ kind: PauseKind; startsOn: Dayjs; reason: string }>();
  const [{ fetching }, move] = useMutation(MoveCaseMutation);
  const [, pause] = useMutation(PauseMutation);
  const [, resume] = useMutation(ResumeMutation);
  const [, extend] = useMutation(ExtendMutation);
  const inspectors = useInspectors();
  const { message, modal } = AntApp.useApp();
  const openPause = record.pauses.find((p) => !p.endsOn);

  const failed = (error: unknown, target?: typeof form) => {
    if (errorCode(error) === 'CONFLICT') {
      modal.warning({ title: '案件已被他人修改', content: errorMessage(error), onOk: onChanged });
      return;
    }
    const general = target ? applyServerErrors(target, error) : errorMessage(error);
    if (general) message.error(general);
  };

  const submit = async () => {
    if (!target) return;
    const v = await form.validateFields();
    const result = await move({
      input: {
        caseId: record.id,
        version: record.version,
        to: target,
        on: v.on.format('YYYY-MM-DD'),
        officerIds: v.officerIds,
        violations: v.violations,
        legalBasis: v.legalBasis,
        reason: v.reason,
        penalty:
          target === 'DECIDED'
            ? { kinds: v.kinds ?? [], fine: v.fine ?? null, confiscatedGains: v.confiscatedGains ?? null }
            : null,
        transfer:
          target === 'TRANSFERRED'
            ? {
                department: v.department!,
                kind: v.kind!,
                reason: v.transferReason ?? '',
                copiedToProcuratorate: v.copiedToProcuratorate ?? false,
                handOverSeizedItems: v.handOverSeizedItems ?? false,
              }
            : null,
      },
    });
    if (result.error) return failed(result.error, form);
    message.success(`已${MOVE_LABEL[target] ?? labelOf(CASE_STATUS, target)}`);
    setTarget(null);
    onChanged();
  };

  const submitPause = async () => {
    const v = await pauseForm.validateFields();
    const result = await pause({
      input: {
        caseId: record.id,
        version: record.version,
        kind: v.kind,
        startsOn: v.startsOn.format('YYYY-MM-DD'),
        reason: v.reason,
      },
    });
    if (result.error) return failed(result.error);
    setPausing(false);
    onChanged();
  };

  const simple = async (run: () => Promise<{ error?: unknown }>, done: string) => {
    const result = await run();
    if (result.error) return failed(result.error);
    message.success(done);
    onChanged();
  };

  const more = [
    ...(!openPause && ['CLUE', 'FILED', 'INVESTIGATING', 'NOTIFIED'].includes(record.status)
      ? [{ key: 'pause', label: '暂停计时(检测、鉴定、听证、公告)' }]
      : []),
    ...(openPause ? [{ key: 'resume', label: `恢复计时(${labelOf(PAUSE_KIND, openPause.kind)})` }] : []),
    ...(record.status === 'CLUE' && !record.filingExtended ? [{ key: 'FILING', label: '延长立案期限' }] : []),
    ...(['FILED', 'INVESTIGATING', 'NOTIFIED'].includes(record.status) && !record.decisionExtended
      ? [{ key: 'DECISION', label: '延长办案期限' }]
      : []),
  ];

  const onMore = ({ key }: { key: string }) => {
    if (key === 'pause') setPausing(true);
    else if (key === 'resume')
      void simple(
        () => resume({ input: { caseId: record.id, version: record.version, endsOn: dayjs().format('YYYY-MM-DD') } }),
        '已恢复计时',
      );
    else
      void simple(
        () => extend({ input: { caseId: record.id, version: record.version, clock: key as 'FILING' | 'DECISION' } }),
        '期限已延长',
      );
  };

  return (
    <>
      {record.nextStatuses.map((status) => (
        <Button
          key={status}
          type={status === 'NOT_FILED' || status === 'TRANSFERRED' ? 'default' : 'primary'}
          onClick={() => {
            form.resetFields();
            form.setFieldsValue({
              on: dayjs(),
              officerIds: record.officers.map((o) => o.id),
              violations: record.violations,
              legalBasis: record.legalBasis ?? undefined,
              kind: record.status === 'CLUE' ? 'JURISDICTION' : 'CRIMINAL',
              department: 'POLICE',
              copiedToProcuratorate: true,
              handOverSeizedItems: true,
            });
            setTarget(status);
          }}
        >
          {record.status === 'TRANSFERRED' && status === 'INVESTIGATING' ? '移送退回,继续调查' : MOVE_LABEL[status]}
        </Button>
      ))}
      {more.length > 0 && (
        <Dropdown menu={{ items: more, onClick: onMore }}>
          <Button>期限</Button>
        </Dropdown>
      )}
      <Modal
        title={target ? `${MOVE_LABEL[target]} · ${record.title}` : ''}
        open={target !== null}
        onOk={submit}
        okText="确定"
        cancelText="取消"
        confirmLoading={fetching}
        onCancel={() => setTarget(null)}
        destroyOnHidden
        width={640}
      >
        <Form form={form} layout="vertical">
          <Form.Item label="日期" name="on" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          {target === 'FILED' && (
            <>
              <Form.Item
                label="办案人员(至少2名)"
                name="officerIds"
                rules={[{ required: true, type: 'array', min: 2, message: '办案人员不得少于2名' }]}
              >
                <Select
                  mode="multiple"
                  options={inspectors.options}
                  loading={inspectors.loading}
                  showSearch={{ optionFilterProp: 'label' }}
                />
              </Form.Item>
              <Form.Item
                label="违法行为"
                name="violations"
                rules={[{ required: true, type: 'array', min: 1, message: '至少选择一项违法行为' }]}
              >
                <Select mode="multiple" options={optionsOf(VIOLATION)} />
              </Form.Item>
            </>
          )}
          {(target === 'FILED' || target === 'NOTIFIED') && (
            <Form.Item
              label="法律依据"
              name="legalBasis"
              rules={target === 'NOTIFIED' ? [{ required: true, message: '请填写法律依据' }] : []}
            >
              <Input.TextArea rows={2} />
            </Form.Item>
          )}
          {target === 'DECIDED' && (
            <>
              <Form.Item
                label="处罚种类"
                name="kinds"
                rules={[{ required: true, type: 'array', min: 1, message: '至少选择一种处罚' }]}
              >
                <Select mode="multiple" options={optionsOf(PENALTY_KIND)} />
              </Form.Item>
              <Form.Item label="罚款(元)" name="fine">
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item label="没收违法所得(元)" name="confiscatedGains">
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
          {target === 'TRANSFERRED' && (
            <>
              <Form.Item label="接收部门" name="department" rules={[{ required: true }]}>
                <Select options={optionsOf(DEPARTMENT)} />
              </Form.Item>
              <Form.Item label="移送类型" name="kind" rules={[{ required: true }]}>
                <Select options={optionsOf(TRANSFER_KIND)} />
              </Form.Item>
              <Form.Item
                label="移送理由(涉嫌罪名或管辖依据)"
                name="transferReason"
                rules={[{ required: true, message: '请填写移送理由' }]}
              >
                <Input.TextArea rows={2} />
              </Form.Item>
              <Form.Item name="copiedToProcuratorate" valuePropName="checked">
                <Checkbox>抄送区人民检察院</Checkbox>
              </Form.Item>
              <Form.Item name="handOverSeizedItems" valuePropName="checked">
                <Checkbox>涉案财物随案移交</Checkbox>
              </Form.Item>
            </>
          )}
          {(target === 'NOT_FILED' ||
            (target === 'CLOSED' && record.status !== 'EXECUTING') ||
            (target === 'INVESTIGATING' && record.status === 'TRANSFERRED')) && (
            <Form.Item label="理由" name="reason" rules={[{ required: true, message: '请填写理由' }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          )}
        </Form>
      </Modal>
      <Modal
        title="暂停计时"
        open={pausing}
        onOk={submitPause}
        okText="确定"
        cancelText="取消"
        onCancel={() => setPausing(false)}
        destroyOnHidden
      >
        <Form form={pauseForm} layout="vertical" initialValues={{ kind: 'TESTING', startsOn: dayjs() }}>
          <Form.Item label="事项" name="kind" rules={[{ required: true }]}>
            <Select options={optionsOf(PAUSE_KIND)} />
          </Form.Item>
          <Form.Item label="开始日期" name="startsOn" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="事由" name="reason" rules={[{ required: true, message: '请填写事由' }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
