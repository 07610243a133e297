import { StatusTag, useT } from '@shian/ui-kit';
import { Card, Descriptions, Flex, Tag } from '@shian/antd';
import { Link, useParams } from '@shian/router';
import { CaseActions } from '../components/CaseActions';
import { CaseTabs } from '../components/CaseTabs';
import { OverdueTag } from '../components/Clocks';
import {
  formatDate,
  labelList,
  ModuleLink,
  names,
  OtherModuleLink,
  PrintButton,
  RecordHeader,
  useCanWrite,
  useIsPartner,
  useModulePath,
  useRecord,
  EntityLink,
  SampleLink,
} from '@shian/remote-kit';
import { graphql } from '../gql';
import type { CaseDetailQuery } from '../gql/graphql';
import { CASE_SOURCE, CASE_STATUS, VIOLATION } from '../labels';

export const CaseDetailQueryDocument = graphql(`
  query CaseDetail($id: ID!, $bureau: Boolean!) {
    case(id: $id) {
      id
      number
      title
      source
      status
      version
      description
      violations
      legalBasis
      receivedOn
      filedOn
      decidedOn
      closedOn
      closingNote
      filingExtended
      decisionExtended
      overdue
      nextStatuses
      referredBy
      entity {
        ...EntityRef
      }
      township {
        ...TownshipRef
      }
      officers {
        id
        name
      }
      campaign @include(if: $bureau) {
        id
        name
      }
      inspection @include(if: $bureau) {
        id
        inspectedOn
        verdict
      }
      complaints @include(if: $bureau) {
        id
        code
      }
      disposal {
        id
        sample @include(if: $bureau) {
          id
          number
        }
      }
      opinionEvent {
        id
        title @include(if: $bureau)
      }
      clocks {
        code
        name
        period
        extension
        source
        startedOn
        deadline
        remaining
        status
        extended
        completedOn
        pausedDays
        calendarNote
      }
      pauses {
        id
        kind
        startsOn
        endsOn
        reason
      }
      penalty {
        id
        decisionNumber
        kinds
        fine
        confiscatedGains
        paidOn
        publishedOn
      }
      transfers {
        id
        department
        kind
        transferredOn
        reason
        copiedToProcuratorate
        status
        receivedOn
        receiptNumber
        receivedBy
        answeredOn
        outcome
        outcomeNote
        partnerCaseNumber
        answerClock {
          status
          deadline
          remaining
          period
        }
      }
      seizedItems {
        ...SeizedItemFields
      }
      timeline {
        status
        label
        on
        note
      }
      documents {
        title
        number
        issuedOn
      }
      history {
        id
        at
        actor
        username
        action
        recordType
        changes {
          field
          label
          from
          to
        }
      }
    }
  }
`);

export type CaseDetail = NonNullable<CaseDetailQuery['case']>;

/** What each part of the case page (its tabs, its actions) is given: the case as read, and how to read it again. */
export interface CasePart {
  record: CaseDetail;
  onChanged: () => void;
}

/** A case: its record, timeline, clocks, documents, penalty, transfers, seized goods and history. */
export function CasePage() {
  const t = useT();
  const { id = '' } = useParams();
  const partner = useIsPartner();
  const canWrite = useCanWrite();
  const view = useRecord({
    query: CaseDetailQueryDocument,
    variables: { id, bureau: !partner },
    pick: (d) => d.case,
    missing: '未找到该案件,可能无权查看',
  });
  const record = view.record;
  if (!record) return view.fallback;

  return (
    <>
      <RecordHeader
        view={view}
        title={record.title}
        back={partner ? '/' : '/cases'}
        extra={
          <>
            {canWrite && <CaseActions record={record} onChanged={view.reload} />}
            <PrintButton to={`/cases/${record.id}/print`} />
          </>
        }
      >
        <StatusTag value={record.status} map={CASE_STATUS} />
        <StatusTag value={record.source} map={CASE_SOURCE} />
        {record.number && <Tag>{record.number}</Tag>}
        <OverdueTag overdue={record.overdue} />
      </RecordHeader>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('当事人')}>
            <EntityLink entity={record.entity} />
          </Descriptions.Item>
          <Descriptions.Item label={t('乡镇(街道)')}>{record.township?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('办案人员')}>{names(record.officers)}</Descriptions.Item>
          <Descriptions.Item label={t('受理日期')}>{record.receivedOn}</Descriptions.Item>
          <Descriptions.Item label={t('立案日期')}>{formatDate(record.filedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('结案日期')}>{formatDate(record.closedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('违法行为')} span={2}>
            {labelList(VIOLATION, record.violations)}
          </Descriptions.Item>
          <Descriptions.Item label={t('版本')}>{t('第 {{version}} 版', { version: record.version })}</Descriptions.Item>
          <Descriptions.Item label={t('法律依据')} span={3}>
            {record.legalBasis ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('案情')} span={3}>
            {record.description}
          </Descriptions.Item>
          {record.closingNote && (
            <Descriptions.Item label={t('理由')} span={3}>
              {record.closingNote}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('来源记录')} span={3}>
            <Sources record={record} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card>
        <CaseTabs record={record} onChanged={view.reload} />
      </Card>
    </>
  );
}

/**
 * Where the case came from, each source leading to its record where there is a page to show it: a disposal to its
 * sample (sampling), an inspection to its page, a complaint to the register searched by its code, an opinion event to
 * its page by its title (publicity); a partner department reads the names only (`OtherModuleLink`, and the query
 * does not ask it for the bureau's records).
 */
function Sources({ record }: { record: CaseDetail }) {
  const t = useT();
  const to = useModulePath();
  const { disposal, inspection, opinionEvent } = record;
  const parts = [
    disposal &&
      (disposal.sample ? (
        <SampleLink key="d" id={disposal.sample.id}>
          {t('抽检不合格处置(样品 {{number}})', { number: disposal.sample.number })}
        </SampleLink>
      ) : (
        t('抽检不合格处置 {{id}}', { id: disposal.id })
      )),
    inspection && (
      <ModuleLink key="i" to={`/inspections/${inspection.id}`}>
        {t('监督检查({{date}})', { date: inspection.inspectedOn })}
      </ModuleLink>
    ),
    ...(record.complaints ?? []).map((complaint) => (
      <Link key={complaint.id} to={to(`/complaints?search=${encodeURIComponent(complaint.code)}`)}>
        {t('投诉举报 {{code}}', { code: complaint.code })}
      </Link>
    )),
    opinionEvent && (
      <OtherModuleLink key="o" module="publicity" to={`/opinions/${opinionEvent.id}`}>
        {opinionEvent.title
          ? t('舆情:{{title}}', { title: opinionEvent.title })
          : t('舆情 {{id}}', { id: opinionEvent.id })}
      </OtherModuleLink>
    ),
    record.referredBy && t('{{department}}移送', { department: record.referredBy }),
    record.campaign && t('专项:{{name}}', { name: record.campaign.name }),
  ].filter(Boolean);
  return parts.length ? (
    <Flex gap={12} wrap>
      {parts.map((p, i) => (typeof p === 'string' ? <span key={p}>{p}</span> : <span key={String(i)}>{p}</span>))}
    </Flex>
  ) : (
    '—'
  );
}
