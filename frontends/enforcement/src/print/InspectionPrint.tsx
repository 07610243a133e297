import { labelOf, useT } from '@shian/ui-kit';
import { PrintButton, PrintSheet, PrintView, useRecordQuery } from '@shian/remote-kit';
import { graphql } from '../gql';
import { INSPECTION_KIND, VERDICT } from '../labels';

const InspectionPrintDocument = graphql(`
  query InspectionPrint($id: ID!) {
    inspection(id: $id) {
      id
      inspectedOn
      kind
      verdict
      findings
      rectificationDeadline
      rectifiedOn
      publishedOn
      entity {
        id
        name
        address
        legalRepresentative
        phone
      }
      township {
        ...TownshipRef
      }
      inspectors {
        id
        name
        badgeNumber
      }
      campaign {
        id
        name
      }
    }
  }
`);

/** 现场检查笔录 of one inspection (`/inspections/:id/print`), within the caller's scope. */
export function InspectionPrint() {
  const t = useT();
  const query = useRecordQuery({ query: InspectionPrintDocument, pick: (d) => d.inspection });
  return (
    <PrintView {...query} missing={t('未找到该检查记录,可能无权查看')} back="/inspections">
      {(record) => (
        <PrintSheet
          title={t('现场检查笔录')}
          cells={[
            { label: t('检查对象'), value: record.entity?.name, wide: true },
            { label: t('地址'), value: record.entity?.address, wide: true },
            { label: t('法定代表人(负责人)'), value: record.entity?.legalRepresentative },
            { label: t('联系电话'), value: record.entity?.phone },
            { label: t('所属乡镇(街道)'), value: record.township?.name },
            { label: t('检查时间'), value: record.inspectedOn },
            { label: t('检查类型'), value: labelOf(INSPECTION_KIND, record.kind) },
            { label: t('所属专项'), value: record.campaign?.name },
            {
              label: t('检查人员'),
              value: record.inspectors
                .map((i) => t('{{name}}(执法证号 {{badge}})', { name: i.name, badge: i.badgeNumber }))
                .join(t('、')),
              wide: true,
            },
            { label: t('检查内容与结果'), value: record.findings, wide: true, tall: true },
            { label: t('检查结论'), value: labelOf(VERDICT, record.verdict) },
            { label: t('整改期限'), value: record.rectificationDeadline },
            { label: t('整改完成日期'), value: record.rectifiedOn },
            { label: t('结果公开日期'), value: record.publishedOn },
          ]}
          signatures={[t('检查人员'), t('被检查单位负责人'), t('记录人')]}
        />
      )}
    </PrintView>
  );
}

/** The 打印 column of the inspections list: each row's 现场检查笔录. */
// A DataTable column: DataTable translates its title.
export const inspectionPrintColumn = {
  title: '笔录',
  key: 'print',
  render: (_: unknown, row: { id: string }) => (
    <PrintButton size="small" type="link" to={`/inspections/${row.id}/print`} />
  ),
};
