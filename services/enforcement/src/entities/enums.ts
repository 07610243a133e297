import { registerEnumType } from 'type-graphql';
import {
  CampaignKind,
  CaseSource,
  CaseStatus,
  DrawStatus,
  HistoryRecordType,
  InspectionKind,
  InspectionVerdict,
  JointOperationStatus,
  LABELS,
  PartnerDepartment,
  PauseKind,
  PenaltyKind,
  SeizedItemStatus,
  SeizureKind,
  TransferKind,
  TransferOutcome,
  TransferStatus,
  Violation,
} from '../rules/enums';

export {
  CampaignKind,
  CaseSource,
  CaseStatus,
  DrawStatus,
  HistoryRecordType,
  InspectionKind,
  InspectionVerdict,
  JointOperationStatus,
  PartnerDepartment,
  PauseKind,
  PenaltyKind,
  SeizedItemStatus,
  SeizureKind,
  TransferKind,
  TransferOutcome,
  TransferStatus,
  Violation,
};

const described = (labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([value, description]) => [value, { description }]));

const register = (enumObject: object, name: keyof typeof LABELS, description: string) =>
  registerEnumType(enumObject, { name, description, valuesConfig: described(LABELS[name]) });

register(InspectionKind, 'InspectionKind', '检查类型');
register(InspectionVerdict, 'InspectionVerdict', '检查结果');
register(CampaignKind, 'CampaignKind', '专项类型');
register(DrawStatus, 'DrawStatus', '双随机抽查状态');
register(CaseSource, 'CaseSource', '案件来源');
register(CaseStatus, 'CaseStatus', '案件状态');
register(Violation, 'Violation', '违法行为类别');
register(PenaltyKind, 'PenaltyKind', '处罚种类');
register(PauseKind, 'PauseKind', '不计入办案期限的事项');
register(PartnerDepartment, 'PartnerDepartment', '协作(接收)部门');
register(TransferKind, 'TransferKind', '移送类型');
register(TransferStatus, 'TransferStatus', '移送状态');
register(TransferOutcome, 'TransferOutcome', '接收部门处理结果');
register(JointOperationStatus, 'JointOperationStatus', '联合执法状态');
register(SeizureKind, 'SeizureKind', '强制措施');
register(SeizedItemStatus, 'SeizedItemStatus', '涉案财物状态');
register(HistoryRecordType, 'HistoryRecordType', '留痕记录类型');
