// Named one by one, not `export *`: the federation plugin reads this list to serve the entry from the shell's copy
// without loading a remote's own copy first (with `export *` it cannot see the names and imports the local copy).
export { type ConnectionPage, DataTable, type DataTableProps } from './DataTable';
export { ErrorPanel, type ErrorPanelProps } from './ErrorPanel';
export { buildWorkbook, type CellValue, type ExportColumn, exportToExcel } from './excel';
export { LocaleSwitch, ShianFrameProvider, type UiLocale, useUiLocale } from './locale';
export { PageHeader, type PageHeaderProps } from './PageHeader';
export { type CursorPagination, PAGE_SIZES, useCursorPagination } from './pagination';
export { SignInForm, type SignInFormProps } from './SignInForm';
export { type LabelEntry, type LabelMap, labelOf, optionsOf, StatusTag } from './StatusTag';
export { ShianUiProvider } from './UiProvider';
export { YEARS, YearSelect } from './YearSelect';
