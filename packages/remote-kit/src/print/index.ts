export { PrintButton } from './PrintButton';
export {
  isBlank,
  PRINT_BUREAU,
  type PrintCell,
  type PrintColumn,
  PrintSheet,
  type PrintSheetProps,
  PrintTable,
} from './PrintSheet';
export { PrintView, type PrintViewProps } from './PrintView';
