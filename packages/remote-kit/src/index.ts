export { defineRemote, type Remote, type RemoteAppProps, type RemoteDefinition } from './defineRemote';
export { DateRangeFields, type DateRangeFieldsProps } from './DateRangeFields';
export { type CaseOption, CasePicker, type CasePickerProps } from './CasePicker';
export { CaseTable } from './CaseTable';
export { EntityPicker, type PickedEntity } from './EntityPicker';
export { type Figure, FiguresCard, type FiguresCardProps, figuresOf } from './FiguresCard';
export {
  FormDialog,
  type FormDialogAnswer,
  type FormDialogProps,
  type MutationAnswer,
  MutationDialog,
  type MutationDialogProps,
  RecordActions,
} from './FormDialog';
export { type CellSource, exportCells, type NamedRef, tableCells } from './cells';
export { FormPage, type FormPageProps } from './FormPage';
export {
  afterToday,
  ChoiceField,
  type ChoiceFieldProps,
  comparedWith,
  CountField,
  type CountFieldProps,
  DateField,
  type DateFieldProps,
  PastDayField,
  type PastDayFieldProps,
  PastMomentField,
  type PastMomentFieldProps,
  TextField,
  type TextFieldProps,
  TownshipField,
} from './fields';
export {
  type ChoiceFilter,
  filterParams,
  type ListFilter,
  ListFilters,
  type ListPage,
  type ListPageSpec,
  type ScopeChoices,
  SearchFilter,
  SelectFilter,
  SwitchFilter,
  TownshipFilter,
  useListPage,
  YearFilter,
} from './list';
export { ListTable, type ListTableProps } from './ListTable';
export { formatDate, formatDateTime, formatMoney, formatScore, names, todayInChina } from './format';
export {
  CASE_STATUS,
  CLOCK_STATUS,
  type ClockState,
  ENTITY_CATEGORY,
  labelList,
  pickLabels,
  withColors,
} from './labels';
export {
  ModuleContext,
  type ModuleContextValue,
  ModuleScope,
  moduleContextValue,
  useCanWrite,
  useCanWriteDistrict,
  useCanWriteRecord,
  useCurrentUser,
  useIsLeader,
  useIsPartner,
  useModulePath,
  usePartnerDepartment,
} from './module';
export { MutationButton, type MutationButtonProps } from './MutationButton';
export {
  businessName,
  CaseLink,
  EntityLink,
  InspectionLink,
  ModuleLink,
  OtherModuleLink,
  SampleLink,
} from './ModuleLink';
export { ModuleNav, type ModuleSection } from './ModuleNav';
export { type ModulePage, ModulePageRoutes, type ModulePages, type ModulePageTable } from './ModulePages';
export { EditRecordButton, NewRecordButton, NewRecordDialog } from './NewRecordButton';
export {
  RecordAuditCard,
  type RecordAuditTrail,
  recordAudit,
  RecordHeader,
  type RecordHeaderProps,
  RecordTable,
  type RecordTableProps,
  type RecordQuery,
  type RecordView,
  useRecord,
  useRecordAuditTab,
  useRecordQuery,
} from './record';
export { SearchSelect, type SearchOption, type SearchSelectProps } from './SearchSelect';
export { atLeastOne, type FieldRule, requiredText } from './rules';
export { dayAfter, dayNotBefore, momentNotBefore } from './dayRules';
export { applyServerErrors } from './serverErrors';
export { entityInput, type FormValuesOf, localDate, type PickedEntityValues } from './formValues';
export { TownshipSelect, useOwnTownship } from './TownshipSelect';
export { useTownshipOptions } from './useTownships';
export * from './print';
