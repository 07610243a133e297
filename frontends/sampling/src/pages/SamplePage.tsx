import { labelOf, StatusTag, useT } from '@shian/ui-kit';
import { Card, Col, Descriptions, Row as GridRow, Tag } from '@shian/antd';
import { FocusTags, sampleFocus } from '../components/Focus';
import { SampleActions } from '../components/SampleActions';
import { FollowUps, SampleClocks, SampleTestItems, SampleTimeline } from '../components/SampleSections';
import { Audit } from '../audit';
import { graphql } from '../gql';
import type { SampleDetailQuery } from '../gql/graphql';
import { CATEGORY, FAILURE_KIND, LEVEL, PURPOSE, STATUS, VERDICT } from '../labels';
import { PrintButton, RecordAuditCard, RecordHeader, useRecord, EntityLink } from '@shian/remote-kit';

export const SampleDetailQueryDocument = graphql(`
  query SampleDetail($id: ID!) {
    sample(id: $id) {
      ...SampleRow
      version
      brand
      specification
      batchNumber
      producedOn
      samplers
      receivedOn
      reportedOn
      notifiedOn
      publishedOn
      backupKeptUntil
      nextStatuses
      plan {
        purpose
      }
      testItems {
        id
        name
        measured
        limit
        unit
        standard
        verdict
        failureKind
      }
      events {
        id
        fromStatus
        toStatus
        label
        happenedOn
        recordedBy
        recordedAt
        note
      }
      clocks {
        code
        name
        period
        duty
        source
        startedOn
        deadline
        remaining
        status
        overdue
        paused
        completedOn
      }
      recheck {
        id
        requestedOn
        applicant
        lab
        status
        result
        completedOn
      }
      objections {
        id
        kind
        filedOn
        applicant
        reason
        status
        decidedOn
        conclusion
      }
      disposal {
        id
        startedOn
        actions
        extended
        quantity
        measures
        caseNumber
        caseId
        completedOn
      }
      consumerRequest {
        id
        title
      }
    }
  }
`);

export type SampleDetail = NonNullable<SampleDetailQuery['sample']>;

/** One sample: its record, the clocks that govern it, its test items, timeline, 复检/异议/处置, and what can be done next. */
export function SamplePage() {
  const t = useT();
  const view = useRecord({
    query: SampleDetailQueryDocument,
    pick: (d) => d.sample,
    missing: '未找到该样品,可能无权查看',
  });
  const sample = view.record;
  if (!sample) return view.fallback;

  return (
    <>
      <RecordHeader
        view={view}
        title={sample.foodName}
        subTitle={sample.number}
        back="/"
        extra={
          <>
            <SampleActions sample={sample} onChange={view.reload} />
            <PrintButton to={`/${sample.id}/print`} />
          </>
        }
      >
        <span data-testid="sample-status">
          <StatusTag value={sample.status} map={STATUS} />
        </span>
        <StatusTag value={sample.verdict} map={VERDICT} empty="" />
        {sample.failureKind && <Tag>{labelOf(FAILURE_KIND, sample.failureKind)}</Tag>}
        {sample.overdue && <Tag color="red">{t('有监管时限已超期')}</Tag>}
      </RecordHeader>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('被抽样单位')}>
            <EntityLink entity={sample.entity} />
          </Descriptions.Item>
          <Descriptions.Item label={t('乡镇(街道)')}>{sample.entity?.township?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('抽检计划')}>
            {labelOf(LEVEL, sample.plan.level)} · {labelOf(PURPOSE, sample.plan.purpose)} · {sample.plan.name}
          </Descriptions.Item>
          <Descriptions.Item label={t('食品类别')}>{labelOf(CATEGORY, sample.category)}</Descriptions.Item>
          <Descriptions.Item label={t('标称商标')}>{sample.brand ?? t('散装/无')}</Descriptions.Item>
          <Descriptions.Item label={t('规格型号')}>{sample.specification ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('生产批号')}>{sample.batchNumber}</Descriptions.Item>
          <Descriptions.Item label={t('生产日期')}>{sample.producedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('抽样日期')}>{sample.sampledOn}</Descriptions.Item>
          <Descriptions.Item label={t('抽样人员')}>{sample.samplers.join(t('、'))}</Descriptions.Item>
          <Descriptions.Item label={t('承检机构')}>{sample.lab}</Descriptions.Item>
          <Descriptions.Item label={t('重点品种/时段/区域')}>
            <FocusTags {...sampleFocus(sample)} />
          </Descriptions.Item>
          <Descriptions.Item label={t('收样日期')}>{sample.receivedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('报告日期')}>{sample.reportedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('结论送达')}>{sample.notifiedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('结果公开')}>{sample.publishedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('备份样品保存至')}>{sample.backupKeptUntil ?? '—'}</Descriptions.Item>
          {sample.consumerRequest && (
            <Descriptions.Item label={t('你点我检')}>{sample.consumerRequest.title}</Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <SampleClocks sample={sample} />
      <GridRow gutter={16}>
        <Col xs={24} xl={15}>
          <SampleTestItems sample={sample} />
          <FollowUps sample={sample} onChange={view.reload} />
        </Col>
        <Col xs={24} xl={9}>
          <SampleTimeline sample={sample} />
        </Col>
      </GridRow>
      <RecordAuditCard trail={Audit} recordType="Sample" recordId={sample.id} />
    </>
  );
}
