import { labelOf, StatusTag, useT } from '@shian/ui-kit';
import { Card, Descriptions, Tabs, Tag, Typography } from '@shian/antd';
import { AddLicenseButton } from '../components/AddLicenseButton';
import { AssessRiskButton } from '../components/AssessRiskButton';
import { AssignOfficialButton, scheduleColumns } from '../components/AssignmentButtons';
import { Audit } from '../audit';
import { graphql } from '../gql';
import type { EntityDetailQuery } from '../gql/graphql';
import {
  EditRecordButton,
  formatDateTime,
  formatScore,
  ModuleLink,
  RecordHeader,
  RecordTable,
  tableCells,
  useCanWrite,
  useRecord,
  useRecordAuditTab,
  CaseTable,
  formatDate,
  InspectionLink,
  SampleLink,
} from '@shian/remote-kit';
import {
  CATEGORY,
  GRADE,
  INSPECTION_KIND,
  INSPECTION_VERDICT,
  LICENSE_KIND,
  OFFICIAL_LEVEL,
  SAMPLE_STATUS,
  SAMPLE_VERDICT,
  STATUS,
} from '../labels';

export const EntityDetailQueryDocument = graphql(`
  query EntityDetail($id: ID!) {
    entity(id: $id) {
      ...EntityRecordFields
      riskGrade
      createdAt
      updatedAt
      licenses {
        ...LicenseFields
      }
      riskAssessments {
        id
        year
        staticScore
        dynamicScore
        totalScore
        grade
        assessedOn
        assessor
      }
      assignments {
        ...AssignmentScheduleFields
        official {
          id
          name
          title
          level
        }
      }
      visits {
        id
        visitedOn
        findings
        official {
          id
          name
        }
      }
      samples(first: 20) {
        totalCount
        nodes {
          id
          number
          foodName
          sampledOn
          status
          verdict
        }
      }
      inspections {
        id
        inspectedOn
        kind
        verdict
        rectificationDeadline
        rectifiedOn
      }
      cases {
        ...CaseRow
      }
    }
  }
`);

type Entity = NonNullable<EntityDetailQuery['entity']>;

const licenseColumn = tableCells<Entity['licenses'][number]>();
const gradeColumn = tableCells<Entity['riskAssessments'][number]>();
const assignmentColumn = tableCells<Entity['assignments'][number]>();
const visitColumn = tableCells<Entity['visits'][number]>();
type SampleRow = NonNullable<Entity['samples']>['nodes'][number];
const sampleColumn = tableCells<SampleRow>();
const inspectionColumn = tableCells<NonNullable<Entity['inspections']>[number]>();

/**
 * One business: its record, licences (expired ones marked), grade history, 包保 officials and visits, and what the
 * other modules hold of it (its samples, inspections and cases, each as the caller may see them: the subgraphs scope
 * their own fields; a part whose subgraph did not answer (null) reads 暂不可用, never as none).
 */
export function EntityPage() {
  const t = useT();
  const canWrite = useCanWrite();
  const auditTab = useRecordAuditTab(Audit);
  const view = useRecord({
    query: EntityDetailQueryDocument,
    pick: (d) => d.entity,
    missing: '未找到该主体,可能已被删除或无权查看',
  });
  const entity = view.record;
  if (!entity) return view.fallback;

  return (
    <>
      <RecordHeader
        view={view}
        title={entity.name}
        back="/"
        extra={canWrite && <EditRecordButton to={`/${entity.id}/edit`} />}
      >
        <StatusTag value={entity.status} map={STATUS} />
        <StatusTag value={entity.riskGrade} map={GRADE} empty="未评级" />
        <Tag>{labelOf(CATEGORY, entity.category)}</Tag>
      </RecordHeader>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('统一社会信用代码')}>{entity.creditCode}</Descriptions.Item>
          <Descriptions.Item label={t('类别')}>{labelOf(CATEGORY, entity.category)}</Descriptions.Item>
          <Descriptions.Item label={t('乡镇(街道)')}>
            <ModuleLink to={`/townships/${entity.township.id}`}>{entity.township.name}</ModuleLink>
          </Descriptions.Item>
          <Descriptions.Item label={t('地址')}>{entity.address}</Descriptions.Item>
          <Descriptions.Item label={t('法定代表人')}>{entity.legalRepresentative}</Descriptions.Item>
          <Descriptions.Item label={t('联系电话')}>{entity.phone || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('登记时间')}>{formatDateTime(entity.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('更新时间')}>{formatDateTime(entity.updatedAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card>
        <Tabs
          items={[
            {
              key: 'licenses',
              label: t('许可证({{count}})', { count: entity.licenses.length }),
              children: <Licenses entity={entity} onChange={view.reload} />,
            },
            {
              key: 'grades',
              label: t('风险分级({{count}})', { count: entity.riskAssessments.length }),
              children: <Grades entity={entity} onChange={view.reload} />,
            },
            {
              key: 'assignments',
              label: t('包保责任({{count}})', { count: entity.assignments.length }),
              children: <Assignments entity={entity} canWrite={canWrite} onChange={view.reload} />,
            },
            {
              key: 'visits',
              label: t('包保督导({{count}})', { count: entity.visits.length }),
              children: <Visits entity={entity} />,
            },
            {
              key: 'samples',
              label: t('抽检({{count}})', { count: entity.samples?.totalCount ?? '—' }),
              children: <Samples entity={entity} />,
            },
            {
              key: 'inspections',
              label: t('监督检查({{count}})', { count: entity.inspections?.length ?? '—' }),
              children: <Inspections entity={entity} />,
            },
            {
              key: 'cases',
              label: t('案件({{count}})', { count: entity.cases?.length ?? '—' }),
              children: <Cases entity={entity} />,
            },
            ...auditTab('Entity', entity.id),
          ]}
        />
      </Card>
    </>
  );
}

interface SectionProps {
  entity: Entity;
  /** Who may record a visit in the assignments' rows (the new-record dialogs decide for themselves). */
  canWrite?: boolean;
  onChange?: () => void;
}

function Licenses({ entity, onChange }: SectionProps) {
  const t = useT();
  return (
    <RecordTable
      actions={<AddLicenseButton entityId={entity.id} onAdded={onChange} />}
      rows={entity.licenses}
      empty={t('暂无许可证')}
      columns={[
        { title: t('类型'), ...licenseColumn.label('kind', LICENSE_KIND) },
        { title: t('编号'), dataIndex: 'number' },
        { title: t('发证日期'), ...licenseColumn.date('issuedOn') },
        { title: t('有效期至'), ...licenseColumn.date('validUntil') },
        {
          title: t('状态'),
          dataIndex: 'expired',
          render: (expired: boolean) =>
            expired ? <Tag color="red">{t('已过期')}</Tag> : <Tag color="green">{t('有效')}</Tag>,
        },
      ]}
    />
  );
}

function Grades({ entity, onChange }: SectionProps) {
  const t = useT();
  return (
    <RecordTable
      actions={<AssessRiskButton entityId={entity.id} onAssessed={onChange} />}
      rows={entity.riskAssessments}
      empty={t('尚未评级')}
      columns={[
        { title: t('年度'), dataIndex: 'year' },
        { title: t('静态风险分(≤40)'), dataIndex: 'staticScore', render: formatScore },
        { title: t('动态风险分(≤60)'), dataIndex: 'dynamicScore', render: formatScore },
        { title: t('总分'), dataIndex: 'totalScore', render: formatScore },
        { title: t('风险等级'), ...gradeColumn.tag('grade', GRADE) },
        { title: t('评定日期'), ...gradeColumn.date('assessedOn') },
        { title: t('评定人'), dataIndex: 'assessor' },
      ]}
    />
  );
}

function Assignments({ entity, canWrite, onChange }: SectionProps) {
  const t = useT();
  return (
    <RecordTable
      actions={<AssignOfficialButton entity={entity} onAssigned={onChange} />}
      rows={entity.assignments}
      empty={t('暂无包保干部')}
      columns={[
        { title: t('包保干部'), key: 'name', render: (_, a) => a.official.name },
        { title: t('职务'), key: 'title', render: (_, a) => a.official.title },
        { title: t('层级'), ...assignmentColumn.tag((a) => a.official.level, OFFICIAL_LEVEL) },
        ...scheduleColumns<Entity['assignments'][number]>(
          canWrite && onChange ? { officialName: (a) => a.official.name, onRecorded: onChange } : undefined,
        ),
      ]}
    />
  );
}

function Visits({ entity }: SectionProps) {
  const t = useT();
  return (
    <RecordTable
      rows={entity.visits}
      empty={t('暂无督导记录')}
      columns={[
        { title: t('日期'), ...visitColumn.date('visitedOn') },
        { title: t('督导干部'), key: 'official', render: (_, v) => v.official.name },
        { title: t('发现问题及处理'), dataIndex: 'findings' },
      ]}
    />
  );
}

function Samples({ entity }: SectionProps) {
  const t = useT();
  const samples = entity.samples;
  return (
    <>
      {samples && samples.totalCount > samples.nodes.length && (
        <Typography.Paragraph type="secondary">
          {t('最近 {{shown}} 批次,共 {{count}} 批次', { shown: samples.nodes.length, count: samples.totalCount })}
        </Typography.Paragraph>
      )}
      <RecordTable
        rows={samples?.nodes ?? []}
        empty={samples ? t('暂无抽检记录') : t('暂不可用')}
        columns={[
          {
            title: t('抽样单编号'),
            key: 'number',
            render: (_, row: SampleRow) => <SampleLink id={row.id}>{row.number}</SampleLink>,
          },
          { title: t('样品名称'), dataIndex: 'foodName' },
          { title: t('抽样日期'), ...sampleColumn.date('sampledOn') },
          { title: t('状态'), ...sampleColumn.label('status', SAMPLE_STATUS) },
          { title: t('检验结论'), ...sampleColumn.label('verdict', SAMPLE_VERDICT) },
        ]}
      />
    </>
  );
}

function Inspections({ entity }: SectionProps) {
  const t = useT();
  return (
    <RecordTable
      rows={entity.inspections ?? []}
      empty={entity.inspections ? t('暂无监督检查记录') : t('暂不可用')}
      columns={[
        {
          title: t('检查日期'),
          key: 'inspectedOn',
          render: (_, row) => <InspectionLink id={row.id}>{formatDate(row.inspectedOn)}</InspectionLink>,
        },
        { title: t('检查类型'), ...inspectionColumn.label('kind', INSPECTION_KIND) },
        { title: t('检查结果'), ...inspectionColumn.label('verdict', INSPECTION_VERDICT) },
        { title: t('整改期限'), ...inspectionColumn.date('rectificationDeadline') },
        { title: t('整改日期'), ...inspectionColumn.date('rectifiedOn') },
      ]}
    />
  );
}

function Cases({ entity }: SectionProps) {
  const t = useT();
  return <CaseTable rows={entity.cases ?? []} empty={entity.cases ? t('暂无案件') : t('暂不可用')} />;
}
