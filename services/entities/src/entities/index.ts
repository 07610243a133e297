import { InboxMark } from './InboxMark';
import { Assignment } from './Assignment';
import { Entity } from './Entity';
import { EntityBigram } from './EntityBigram';
import { GradingRule } from './GradingRule';
import { GradingTally } from './GradingTally';
import { GradingYear } from './GradingYear';
import { License } from './License';
import { Notice } from './Notice';
import { Official } from './Official';
import { RegisterTally } from './RegisterTally';
import { AssignmentWindow, OverdueTally, VisitTally } from './ResponsibilityTally';
import { RiskAssessment } from './RiskAssessment';
import { SupervisionRound } from './SupervisionRound';
import { Township } from './Township';
import { StationChecklistItem, StationOfficer, SupervisionStation } from './SupervisionStation';
import { Village } from './Village';
import { type StoredPhoto, VillageReport, VillageReportSetting } from './VillageReport';
import { Visit } from './Visit';
import { REMINDER_ENTITIES } from './Reminder';

export * from './enums';
export * from './Reminder';
export {
  Assignment,
  AssignmentWindow,
  OverdueTally,
  VisitTally,
  InboxMark,
  Entity,
  EntityBigram,
  GradingRule,
  GradingTally,
  GradingYear,
  License,
  Notice,
  RegisterTally,
  Official,
  RiskAssessment,
  SupervisionRound,
  Township,
  Visit,
  Village,
  VillageReport,
  VillageReportSetting,
  SupervisionStation,
  StationOfficer,
  StationChecklistItem,
  type StoredPhoto,
};

export const ENTITIES = [
  Township,
  Entity,
  EntityBigram,
  License,
  RiskAssessment,
  GradingRule,
  GradingYear,
  GradingTally,
  RegisterTally,
  Official,
  Assignment,
  Visit,
  VisitTally,
  AssignmentWindow,
  OverdueTally,
  SupervisionRound,
  Notice,
  Village,
  SupervisionStation,
  VillageReport,
  VillageReportSetting,
  InboxMark,
  ...REMINDER_ENTITIES,
];
