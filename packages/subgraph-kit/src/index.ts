import 'reflect-metadata';

export { DateTimeISOResolver as DateTimeISO } from 'graphql-scalars';
export {
  inScope,
  requireBureau,
  requireDistrictWriter,
  requireInScope,
  requireService,
  requireWriter,
  requireWriterFor,
  townshipScope,
  villageScope,
} from './access';
export {
  AUDIT_TABLE,
  type AuditActor,
  type AuditChange,
  type AuditDeclaration,
  Audited,
  auditDeclaration,
  type AuditEntryInput,
  type AuditKind,
  actorOf,
  auditTableStatements,
  auditValue,
  type PersonalDataRead,
  recordAudit,
  recordPersonalDataRead,
  SYSTEM_ACTOR,
} from './audit';
export {
  AuditFilter,
  auditHistory,
  type AuditQuery,
  AuditRecordType,
  requireAuditReader,
} from './audit-trail';
export {
  Connection,
  ConnectionArgs,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type Page,
  PageInfo,
  paginate,
  pageWindow,
  toPage,
} from './connection';
export { type Count, countMatches, EXACT_COUNT_LIMIT, exactCountLimit } from './count';
export { type CountFrom, type CountKey, type CountValues, countSourceFor, plainTests, sumTally } from './count-from';
export {
  calendarNoteOf,
  ClockCalendar,
  type ClockContext,
  clockContext,
  DEFAULT_CALENDAR_NOTE,
} from './clocks';
export { type BatchFn, byKey, type Context, groupBy } from './context';
export {
  checkInboxWorkingDays,
  DEFAULT_INBOX_WORKING_DAYS,
  InboxItem,
  type InboxItemInput,
  InboxItemState,
  InboxQueries,
  type InboxWindow,
  inboxItem,
  inboxState,
  inboxWindow,
  isOpenClock,
  MAX_INBOX_WORKING_DAYS,
  MIN_INBOX_WORKING_DAYS,
  requireInboxReader,
  sortInboxItems,
} from './inbox';
export { decodeCursor, encodeCursor } from './cursor';
export { type ForeignKey, type ForeignType, foreignType } from './foreign';
export { findByIds } from './read-only';
export {
  CHILD_LIST_LIMIT,
  listPerParent,
  type ParentOrder,
  type PerParentOptions,
  pagesPerParent,
} from './per-parent';
export {
  aggregateRow,
  countsByKey,
  MAX_REPORT_YEARS,
  type MonthlySums,
  monthlySums,
  monthSpans,
  monthWindows,
  reportYears,
  WorkReportQueries,
} from './figures';
export { Tally, type TallyColumns, TallyTable } from './tally';
export { defineSubgraph, type ReferenceResolver, type SubgraphDefinition } from './define';
export {
  type EntityClaim,
  type EntityDirectory,
  type EntityFacts,
  ENTITY_TOWNSHIPS_OPERATION,
  entityDirectoryFromFile,
  entityRecord,
  entityRecords,
  entityTownship,
  entityTownships,
  gatewayEntityDirectory,
  staticEntityDirectory,
  unavailable,
} from './entity-directory';
export {
  type GatewayAnswer,
  type GatewayClient,
  type GatewayRunOptions,
  httpGatewayClient,
  type LinkedRecordCheck,
  operationName,
  refusingGatewayClient,
  requireLinkedRecord,
} from './gateway-client';
export { clientError, conflict, type ErrorCode, forbidden, notFound, unauthenticated, userInputError } from './errors';
export { runSubgraphCommand, serviceRoot } from './commands';
export {
  assertMigrated,
  type DatabaseTarget,
  type Dialect,
  databaseTarget,
  MigrationsPending,
  migrateDatabase,
  openOrm,
  prepareDatabase,
} from './orm';
export { Random } from './random';
export { checkVersion, IDEMPOTENCY_KEY_PATTERN, idempotent, inTransaction, nextInSequence } from './writes';
export { LocalDate, todayInChina } from './scalars';
export { type ServeOptions, serve, writeSdl } from './serve';
export {
  checkYear,
  contains,
  likeTerm,
  localDate,
  notAfterToday,
  notBefore,
  optionalText,
  requiredText,
  yearSpan,
  yearWindow,
} from './validate';
