import { registerEnumType } from 'type-graphql';
import {
  DutyFrequency,
  DutyOwnerKind,
  DutyStatus,
  HazardStatus,
  IncidentKind,
  IncidentLevel,
  IncidentStep,
  InvestigationStatus,
  LABELS,
  RiskCategory,
  RiskLevel,
  RiskStatus,
} from '../rules/enums';

/** The domain's enums (plain TypeScript in rules/enums.ts), registered for GraphQL with their Chinese labels. */
export {
  DutyFrequency,
  DutyOwnerKind,
  DutyStatus,
  HazardStatus,
  IncidentKind,
  IncidentLevel,
  IncidentStep,
  InvestigationStatus,
  LABELS,
  RiskCategory,
  RiskLevel,
  RiskStatus,
};

/** The colour each level is shown in (蓝 黄 橙 红), as the national risk grading uses them. */
export const RISK_LEVEL_COLOURS = { LOW: 'blue', GENERAL: 'yellow', HIGH: 'orange', MAJOR: 'red' } as const;

const described = (labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([value, description]) => [value, { description }]));

const register = (enumObject: object, name: keyof typeof LABELS, description: string) =>
  registerEnumType(enumObject, { name, description, valuesConfig: described(LABELS[name]) });

register(RiskCategory, 'RiskCategory', '风险类别');
register(RiskLevel, 'RiskLevel', '风险等级(蓝、黄、橙、红)');
register(RiskStatus, 'RiskStatus', '风险状态');
register(DutyOwnerKind, 'DutyOwnerKind', '责任主体类型');
register(DutyStatus, 'DutyStatus', '责任落实状态');
register(DutyFrequency, 'DutyFrequency', '履职频次');
register(InvestigationStatus, 'InvestigationStatus', '隐患排查状态');
register(HazardStatus, 'HazardStatus', '隐患整改状态');
register(IncidentLevel, 'IncidentLevel', '突发事件级别');
register(IncidentKind, 'IncidentKind', '突发事件类型');
register(IncidentStep, 'IncidentStep', '应急处置步骤(依次:接报、核实、启动响应、控制、调查、终止)');
