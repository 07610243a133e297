import { StatusTag, useT } from '@shian/ui-kit';
import { Card, Descriptions, Typography } from '@shian/antd';
import {
  businessName,
  CaseTable,
  EntityLink,
  ModuleLink,
  names,
  PrintButton,
  RecordAuditCard,
  RecordHeader,
  useCanWrite,
  useRecord,
} from '@shian/remote-kit';
import { Audit } from '../audit';
import { PublicationStep, RectificationStep } from '../components/InspectionSteps';
import { NewClueButton } from '../components/NewClueButton';
import { graphql } from '../gql';
import { INSPECTION_KIND, VERDICT } from '../labels';

const InspectionDetailDocument = graphql(`
  query InspectionDetail($id: ID!) {
    inspection(id: $id) {
      id
      townshipId
      inspectedOn
      kind
      verdict
      findings
      entity {
        ...EntityRef
      }
      township {
        ...TownshipRef
      }
      inspectors {
        id
        name
      }
      campaign {
        id
        name
      }
      draw {
        id
        title
      }
      cases {
        ...CaseRow
      }
      ...InspectionStepFields
    }
  }
`);

/**
 * One inspection (`/inspections/:id`): what was found, by whom, and the two steps after it (整改 and 结果公开), which
 * writers take here as on the list, with 登记线索 from it; the clues and cases registered from it; 打印 gives its
 * 现场检查笔录; a leader reads its 操作记录. Within the caller's scope, as the list.
 */
export function InspectionPage() {
  const t = useT();
  const view = useRecord({
    query: InspectionDetailDocument,
    pick: (d) => d.inspection,
    missing: '未找到该检查记录,可能无权查看',
  });
  const canWrite = useCanWrite();
  const inspection = view.record;
  if (!inspection) return view.fallback;

  return (
    <>
      <RecordHeader
        view={view}
        title={t('监督检查:{{name}}', { name: businessName(inspection.entity) })}
        subTitle={inspection.inspectedOn}
        back="/inspections"
        extra={
          <>
            {canWrite && (
              <NewClueButton
                from={{
                  source: 'INSPECTION',
                  link: inspection.id,
                  entity: {
                    id: inspection.entity?.id ?? '',
                    name: businessName(inspection.entity),
                    townshipId: inspection.townshipId,
                  },
                }}
              />
            )}
            <PrintButton to={`/inspections/${inspection.id}/print`} />
          </>
        }
      >
        <StatusTag value={inspection.kind} map={INSPECTION_KIND} />
        <StatusTag value={inspection.verdict} map={VERDICT} />
      </RecordHeader>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('被检查主体')}>
            <EntityLink entity={inspection.entity} />
          </Descriptions.Item>
          <Descriptions.Item label={t('乡镇(街道)')}>{inspection.township?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('检查日期')}>{inspection.inspectedOn}</Descriptions.Item>
          <Descriptions.Item label={t('检查人员')}>{names(inspection.inspectors)}</Descriptions.Item>
          <Descriptions.Item label={t('整改')}>
            <RectificationStep inspection={inspection} onDone={view.reload} />
          </Descriptions.Item>
          <Descriptions.Item label={t('结果公开')}>
            <PublicationStep inspection={inspection} onDone={view.reload} />
          </Descriptions.Item>
          <Descriptions.Item label={t('专项')}>{inspection.campaign?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('所属双随机抽查')}>
            {inspection.draw ? (
              <ModuleLink to={`/draws/${inspection.draw.id}`}>{inspection.draw.title}</ModuleLink>
            ) : (
              '—'
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('检查情况')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
          {inspection.findings}
        </Typography.Paragraph>
      </Card>
      <Card title={t('由此登记的线索和案件')} style={{ marginBottom: 16 }}>
        <CaseTable aria-label="由此登记的线索和案件" rows={inspection.cases} empty={t('暂无线索和案件')} />
      </Card>
      <RecordAuditCard trail={Audit} recordType="Inspection" recordId={inspection.id} />
    </>
  );
}
