import type { LabelMap } from '@shian/ui-kit';
import type {
  EntityStatus,
  LicenseKind,
  NoticeKind,
  OfficialLevel,
  RiskGrade,
  TownshipKind,
  VillageKind,
  VillageReportKind,
  VillageReportStatus,
} from './gql/graphql';

/** A business's category reads as in every module that shows one. */
export { ENTITY_CATEGORY as CATEGORY } from '@shian/remote-kit';

/** Every enum of the entities subgraph as the UI shows it (docs/domain.md#glossary). */
export const STATUS: LabelMap<EntityStatus> = {
  OPERATING: { label: '在营', color: 'green' },
  SUSPENDED: { label: '停业', color: 'orange' },
  CANCELLED: { label: '注销', color: 'default' },
  REVOKED: { label: '吊销', color: 'red' },
};

export const GRADE: LabelMap<RiskGrade> = {
  A: { label: 'A级', color: 'green' },
  B: { label: 'B级', color: 'blue' },
  C: { label: 'C级', color: 'orange' },
  D: { label: 'D级', color: 'red' },
};

export const TOWNSHIP_KIND: LabelMap<TownshipKind> = {
  TOWN: { label: '镇' },
  TOWNSHIP: { label: '乡' },
  SUBDISTRICT: { label: '街道' },
};

export const LICENSE_KIND: LabelMap<LicenseKind> = {
  PRODUCTION: { label: '食品生产许可证' },
  BUSINESS: { label: '食品经营许可证' },
  SMALL_WORKSHOP: { label: '小作坊登记证' },
};

export const OFFICIAL_LEVEL: LabelMap<OfficialLevel> = {
  DISTRICT: { label: '区级', color: 'red' },
  TOWNSHIP: { label: '乡镇级', color: 'blue' },
  VILLAGE: { label: '村(社区)级', color: 'default' },
};

export const NOTICE_KIND: LabelMap<NoticeKind> = {
  PROMPT_LETTER: { label: '提示函', color: 'blue' },
  SUPERVISION_LETTER: { label: '督办函', color: 'orange' },
  RECTIFICATION_NOTICE: { label: '整改通知', color: 'red' },
};

export const VILLAGE_KIND: LabelMap<VillageKind> = {
  VILLAGE: { label: '村' },
  COMMUNITY: { label: '社区' },
};

export const VILLAGE_REPORT_KIND: LabelMap<VillageReportKind> = {
  HAZARD: { label: '隐患', color: 'orange' },
  CLUE: { label: '线索', color: 'purple' },
};

/** What became of a report, as the liaison and the township read it. */
export const VILLAGE_REPORT_STATUS: LabelMap<VillageReportStatus> = {
  PENDING: { label: '待分办', color: 'blue' },
  DISMISSED: { label: '不予处理', color: 'default' },
  HAZARD: { label: '已转隐患', color: 'orange' },
  CLUE: { label: '已转线索', color: 'purple' },
};

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
