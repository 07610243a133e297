import { useT, t } from '@shian/ui-kit';
import { Flex, Form } from '@shian/antd';
import dayjs, { type Dayjs } from 'dayjs';
import { graphql } from '../gql';
import type { HazardInput, HazardRowFragment } from '../gql/graphql';
import {
  CasePicker,
  DateField,
  dayNotBefore,
  EntityPicker,
  formatDate,
  type FormValuesOf,
  localDate,
  MutationButton,
  MutationDialog,
  NewRecordDialog,
  RecordActions,
  tableCells,
  TextField,
} from '@shian/remote-kit';
import { HAZARD_STATUS } from '../labels';
import { OverdueTag } from './duty';
import { RiskPicker } from './pickers';

export const HazardRowFragmentDoc = graphql(`
  fragment HazardRow on Hazard {
    id
    code
    description
    foundOn
    rectifyBy
    rectifiedOn
    rectifiedNote
    verifiedBy
    verifiedOn
    status
    overdue
    version
    enforcementCase {
      ...LinkedCase
    }
    entity {
      ...EntityRef
    }
    township {
      ...TownshipRef
    }
    investigation {
      id
      theme
    }
    risk {
      ...RiskRef
    }
  }
`);

export type HazardRow = HazardRowFragment;

const RecordHazardMutation = graphql(`
  mutation RecordHazard($input: HazardInput!) {
    recordHazard(input: $input) {
      id
    }
  }
`);

const RectifyHazardMutation = graphql(`
  mutation RectifyHazard($id: ID!, $version: Int!, $rectifiedOn: String!, $note: String!) {
    rectifyHazard(id: $id, version: $version, rectifiedOn: $rectifiedOn, note: $note) {
      id
      status
      version
    }
  }
`);

const VerifyHazardMutation = graphql(`
  mutation VerifyHazard($id: ID!, $version: Int!) {
    verifyHazard(id: $id, version: $version) {
      id
      status
      version
    }
  }
`);

const LinkHazardRiskMutation = graphql(`
  mutation LinkHazardRisk($id: ID!, $version: Int!, $riskId: ID!) {
    linkHazardRisk(id: $id, version: $version, riskId: $riskId) {
      id
      version
      risk {
        ...RiskRef
      }
    }
  }
`);

const LinkHazardCaseMutation = graphql(`
  mutation LinkHazardCase($id: ID!, $version: Int!, $caseId: ID!) {
    linkHazardCase(id: $id, version: $version, caseId: $caseId) {
      id
      version
      enforcementCase {
        id
      }
    }
  }
`);

type HazardValues = Omit<FormValuesOf<HazardInput, 'foundOn' | 'rectifyBy'>, 'investigationId'>;

/** 登记隐患 in a round: the business, what was found, by when it must be rectified, the risk it belongs to. */
export function RecordHazardButton({ investigationId, onDone }: { investigationId: string; onDone?: () => void }) {
  const t = useT();
  return (
    <NewRecordDialog
      label="登记隐患"
      button={{ size: 'small' }}
      success="隐患已登记"
      initialValues={{ foundOn: dayjs() }}
      onDone={onDone}
      mutation={RecordHazardMutation}
      variables={(v: HazardValues) => ({
        input: {
          investigationId,
          entityId: v.entityId,
          description: v.description.trim(),
          foundOn: localDate(v.foundOn),
          rectifyBy: localDate(v.rectifyBy),
          riskId: v.riskId ?? null,
        },
      })}
    >
      <Form.Item label={t('主体')} name="entityId" rules={[{ required: true, message: t('请选择主体') }]}>
        <EntityPicker />
      </Form.Item>
      <TextField label="隐患描述" name="description" required="请填写隐患描述" rows={3} />
      <DateField label="发现日期" name="foundOn" required="请选择发现日期" />
      <DateField
        label="整改期限"
        name="rectifyBy"
        required="请选择整改期限"
        dependencies={['foundOn']}
        rules={[dayNotBefore('foundOn', t('整改期限不能早于发现日期'))]}
      />
      <Form.Item label={t('所属风险')} name="riskId">
        <RiskPicker />
      </Form.Item>
    </NewRecordDialog>
  );
}

/** What can be done to a hazard next: rectify (open), verify (rectified), link the case it opened. */
export function HazardActions({ hazard, onDone }: { hazard: HazardRow; onDone?: () => void }) {
  const t = useT();
  const at = { id: hazard.id, version: hazard.version };
  return (
    <RecordActions onChanged={() => onDone?.()}>
      {hazard.status === 'OPEN' && (
        <MutationDialog
          label="整改"
          title={t('登记整改 {{code}}', { code: hazard.code })}
          button={{ size: 'small' }}
          success="已登记整改"
          initialValues={{ rectifiedOn: dayjs() }}
          mutation={RectifyHazardMutation}
          variables={(v: { rectifiedOn: Dayjs; note: string }) => ({
            ...at,
            rectifiedOn: localDate(v.rectifiedOn),
            note: v.note.trim(),
          })}
        >
          <DateField label="整改日期" name="rectifiedOn" required="请选择整改日期" />
          <TextField label="整改情况" name="note" required="请填写整改情况" rows={3} />
        </MutationDialog>
      )}
      {hazard.status === 'RECTIFIED' && (
        <MutationButton
          mutation={VerifyHazardMutation}
          variables={() => at}
          success="已复核"
          confirm={{ title: t('确认整改已复核到位?'), okText: t('复核通过') }}
          button={{ size: 'small' }}
        >
          {t('复核')}
        </MutationButton>
      )}
      {!hazard.risk && (
        <MutationDialog
          label="关联风险"
          title={t('关联所属风险 {{code}}', { code: hazard.code })}
          button={{ size: 'small' }}
          success="已关联风险"
          mutation={LinkHazardRiskMutation}
          variables={(v: { riskId: string }) => ({ ...at, riskId: v.riskId })}
        >
          <Form.Item label={t('所属风险')} name="riskId" rules={[{ required: true, message: t('请选择所属风险') }]}>
            <RiskPicker />
          </Form.Item>
        </MutationDialog>
      )}
      {!hazard.enforcementCase && (
        <MutationDialog
          label="关联案件"
          title={t('关联线索或案件 {{code}}', { code: hazard.code })}
          button={{ size: 'small' }}
          success="已关联案件"
          mutation={LinkHazardCaseMutation}
          variables={(v: { caseId: string }) => ({ ...at, caseId: v.caseId })}
        >
          <Form.Item
            label={t('线索或案件')}
            name="caseId"
            rules={[{ required: true, message: t('请选择线索或案件') }]}
            extra={t('该主体在执法办案中的线索和案件')}
          >
            <CasePicker entityId={hazard.entity.id} aria-label="线索或案件" />
          </Form.Item>
        </MutationDialog>
      )}
    </RecordActions>
  );
}

/** The linked case as enforcement names it (立案编号, else the clue's title). */
export const caseText = (h: HazardRow) =>
  h.enforcementCase ? (h.enforcementCase.number ?? h.enforcementCase.title ?? h.enforcementCase.id) : '';

const column = tableCells<HazardRow>();

export function hazardColumns(canWrite: boolean, onChanged?: () => void) {
  return [
    { title: t('编号'), dataIndex: 'code', key: 'code' },
    { title: t('主体'), ...column.entity('entity') },
    { title: t('乡镇(街道)'), ...column.name('township') },
    {
      title: t('隐患描述'),
      key: 'description',
      render: (_: unknown, h: HazardRow) => (
        <Flex gap={4} align="center">
          <span>{h.description}</span>
          <OverdueTag overdue={h.overdue} text={t('逾期未整改')} />
        </Flex>
      ),
    },
    { title: t('发现日期'), dataIndex: 'foundOn', key: 'foundOn' },
    { title: t('整改期限'), dataIndex: 'rectifyBy', key: 'rectifyBy' },
    { title: t('状态'), ...column.tag('status', HAZARD_STATUS) },
    { title: t('整改日期'), ...column.date('rectifiedOn') },
    {
      title: t('复核'),
      key: 'verified',
      render: (_: unknown, h: HazardRow) => (h.verifiedBy ? `${h.verifiedBy} ${formatDate(h.verifiedOn)}` : '—'),
    },
    { title: t('关联案件'), key: 'case', render: (_: unknown, h: HazardRow) => caseText(h) || '—' },
    ...(canWrite
      ? [
          {
            title: t('操作'),
            key: 'a',
            render: (_: unknown, h: HazardRow) => <HazardActions hazard={h} onDone={onChanged} />,
          },
        ]
      : []),
  ];
}
