import { withColors } from '@shian/remote-kit';
import {
  EntityStatusLabels,
  InspectionKindLabels,
  InspectionVerdictLabels,
  LicenseKindLabels,
  NoticeKindLabels,
  OfficialLevelLabels,
  RiskGradeLabels,
  SampleStatusLabels,
  TownshipKindLabels,
  VillageKindLabels,
  VillageReportKindLabels,
  VillageReportStatusLabels,
  VerdictLabels,
} from './gql/labels';

/** A business's category reads as in every module that shows one. */
export { ENTITY_CATEGORY as CATEGORY } from '@shian/remote-kit';

/**
 * Every enum of the entities subgraph as the UI shows it (docs/domain.md#glossary): the words are the API schema's (its
 * enum value descriptions, generated into src/gql/labels.ts), the colours this module's.
 */
export const STATUS = withColors(EntityStatusLabels, {
  OPERATING: 'green',
  SUSPENDED: 'orange',
  CANCELLED: 'default',
  REVOKED: 'red',
});

export const GRADE = withColors(RiskGradeLabels, { A: 'green', B: 'blue', C: 'orange', D: 'red' });

export const TOWNSHIP_KIND = withColors(TownshipKindLabels);

export const LICENSE_KIND = withColors(LicenseKindLabels);

export const OFFICIAL_LEVEL = withColors(OfficialLevelLabels, {
  DISTRICT: 'red',
  TOWNSHIP: 'blue',
  VILLAGE: 'default',
});

export const NOTICE_KIND = withColors(NoticeKindLabels, {
  PROMPT_LETTER: 'blue',
  SUPERVISION_LETTER: 'orange',
  RECTIFICATION_NOTICE: 'red',
});

export const VILLAGE_KIND = withColors(VillageKindLabels);

export const VILLAGE_REPORT_KIND = withColors(VillageReportKindLabels, { HAZARD: 'orange', CLUE: 'purple' });

/** What became of a report, as the liaison and the township read it. */
export const VILLAGE_REPORT_STATUS = withColors(VillageReportStatusLabels, {
  PENDING: 'blue',
  DISMISSED: 'default',
  HAZARD: 'orange',
  CLUE: 'purple',
});

/**
 * Other modules' enums on a business's page (its samples and inspections; its cases are the kit's `CaseTable`): their
 * words as the API schema has them, shown as plain text (the tags and their colours are those modules' own pages').
 */
export const SAMPLE_STATUS = withColors(SampleStatusLabels);
export const SAMPLE_VERDICT = withColors(VerdictLabels);
export const INSPECTION_KIND = withColors(InspectionKindLabels);
export const INSPECTION_VERDICT = withColors(InspectionVerdictLabels);

/** A business's fields as its form names them: the 操作记录 tab's labels for the rows the ORM wrote. */
export const ENTITY_FIELD_LABELS: Record<string, string> = {
  id: '编号',
  name: '主体名称',
  creditCode: '统一社会信用代码',
  category: '类别',
  status: '状态',
  township: '乡镇(街道)',
  village: '村(社区)',
  address: '地址',
  legalRepresentative: '法定代表人(负责人)',
  phone: '联系电话',
  riskGrade: '风险等级',
  version: '版本',
  createdAt: '登记时间',
  updatedAt: '更新时间',
};
