import { registerEnumType } from 'type-graphql';
import {
  EntityCategory,
  EntityStatus,
  LABELS,
  LicenseKind,
  NoticeKind,
  OfficialLevel,
  RiskGrade,
  TownshipKind,
  VILLAGE_LABELS,
  VillageKind,
  VillageReportKind,
  VillageReportStatus,
} from '../rules/enums';

export {
  EntityCategory,
  EntityStatus,
  LicenseKind,
  NoticeKind,
  OfficialLevel,
  RiskGrade,
  TownshipKind,
  VillageKind,
  VillageReportKind,
  VillageReportStatus,
};

const described = (labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([value, description]) => [value, { description }]));

registerEnumType(TownshipKind, {
  name: 'TownshipKind',
  description: '乡镇(街道)类型',
  valuesConfig: described(LABELS.TownshipKind),
});
registerEnumType(EntityCategory, {
  name: 'EntityCategory',
  description: '主体业态',
  valuesConfig: described(LABELS.EntityCategory),
});
registerEnumType(EntityStatus, {
  name: 'EntityStatus',
  description: '经营状态',
  valuesConfig: described(LABELS.EntityStatus),
});
registerEnumType(RiskGrade, {
  name: 'RiskGrade',
  description: '风险等级(A 最低,D 最高)',
  valuesConfig: {
    A: { description: 'A级' },
    B: { description: 'B级' },
    C: { description: 'C级' },
    D: { description: 'D级' },
  },
});
registerEnumType(LicenseKind, {
  name: 'LicenseKind',
  description: '许可证类型',
  valuesConfig: described(LABELS.LicenseKind),
});
registerEnumType(OfficialLevel, {
  name: 'OfficialLevel',
  description: '包保干部层级',
  valuesConfig: described(LABELS.OfficialLevel),
});
registerEnumType(NoticeKind, {
  name: 'NoticeKind',
  description: '函件类型',
  valuesConfig: described(LABELS.NoticeKind),
});
registerEnumType(VillageKind, {
  name: 'VillageKind',
  description: '村(社区)类型',
  valuesConfig: described(VILLAGE_LABELS.VillageKind),
});
registerEnumType(VillageReportKind, {
  name: 'VillageReportKind',
  description: '村(社区)报告类型',
  valuesConfig: described(VILLAGE_LABELS.VillageReportKind),
});
registerEnumType(VillageReportStatus, {
  name: 'VillageReportStatus',
  description: '村(社区)报告分办状态',
  valuesConfig: described(VILLAGE_LABELS.VillageReportStatus),
});
