/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query RecordAuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      training {\n        ...AuditPageFields\n      }\n    }\n  }\n": typeof types.RecordAuditTrailDocument,
    "\n  query AttendanceSheet($filter: AttendanceFilter, $first: Int, $after: String) {\n    attendances(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        personName\n        jobTitle\n        createdAt\n        entity {\n          ...EntityRef\n        }\n        township {\n          ...TownshipRef\n        }\n      }\n    }\n  }\n": typeof types.AttendanceSheetDocument,
    "\n  mutation RemoveAttendance($id: ID!) {\n    removeAttendance(id: $id)\n  }\n": typeof types.RemoveAttendanceDocument,
    "\n  query TrainingOfficerOptions($search: String) {\n    inspectors(filter: { active: true, search: $search }, first: 50) {\n      nodes {\n        id\n        name\n        badgeNumber\n        unit\n      }\n    }\n  }\n": typeof types.TrainingOfficerOptionsDocument,
    "\n  mutation RecordTrainingAssessment($input: TrainingAssessmentInput!) {\n    recordTrainingAssessment(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordTrainingAssessmentDocument,
    "\n  mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceInput!]!) {\n    recordAttendance(sessionId: $sessionId, entries: $entries) {\n      id\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation RecordWorkshopUpgrade($input: WorkshopUpgradeInput!) {\n    recordWorkshopUpgrade(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordWorkshopUpgradeDocument,
    "\n  mutation RecordOfficerAttendance($sessionId: ID!, $entries: [OfficerAttendanceInput!]!) {\n    recordOfficerAttendance(sessionId: $sessionId, entries: $entries) {\n      id\n    }\n  }\n": typeof types.RecordOfficerAttendanceDocument,
    "\n  query OfficerAttendanceSheet($filter: OfficerAttendanceFilter, $first: Int, $after: String) {\n    officerAttendances(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        officerName\n        badgeNumber\n        unit\n        hours\n        createdAt\n      }\n    }\n  }\n": typeof types.OfficerAttendanceSheetDocument,
    "\n  mutation RemoveOfficerAttendance($id: ID!) {\n    removeOfficerAttendance(id: $id)\n  }\n": typeof types.RemoveOfficerAttendanceDocument,
    "\n  fragment TrainingSessionFields on TrainingSession {\n    id\n    title\n    audience\n    heldOn\n    trainer\n    mode\n    place\n    hours\n  }\n": typeof types.TrainingSessionFieldsFragmentDoc,
    "\n  query TrainingAssessmentList($filter: TrainingAssessmentFilter, $first: Int, $after: String) {\n    trainingAssessments(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        assessedOn\n        assessed\n        passed\n        failed\n        outstanding\n        isResit\n        examiner\n        entity {\n          ...EntityRef\n        }\n        township {\n          ...TownshipRef\n        }\n        session {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.TrainingAssessmentListDocument,
    "\n  query OfficerTrainingHours($year: Int!, $search: String, $first: Int, $after: String) {\n    officerTrainingHours(year: $year, search: $search, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        officerId\n        officerName\n        badgeNumber\n        unit\n        year\n        sessions\n        hours\n      }\n    }\n  }\n": typeof types.OfficerTrainingHoursDocument,
    "\n  query OfficerTrainingFigures($year: Int!) {\n    workReport(year: $year) {\n      year\n      training {\n        officers {\n          sessions\n          officersTrained\n          attendances\n          hours\n        }\n      }\n    }\n  }\n": typeof types.OfficerTrainingFiguresDocument,
    "\n  query TrainingSessionForEdit($id: ID!) {\n    trainingSession(id: $id) {\n      ...TrainingSessionFields\n      topics\n      townshipId\n    }\n  }\n": typeof types.TrainingSessionForEditDocument,
    "\n  mutation CreateTrainingSession($input: TrainingSessionInput!) {\n    createTrainingSession(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateTrainingSessionDocument,
    "\n  mutation UpdateTrainingSession($id: ID!, $input: TrainingSessionInput!) {\n    updateTrainingSession(id: $id, input: $input) {\n      ...TrainingSessionFields\n      topics\n      townshipId\n    }\n  }\n": typeof types.UpdateTrainingSessionDocument,
    "\n  query TrainingSessionDetail($id: ID!) {\n    trainingSession(id: $id) {\n      ...TrainingSessionFields\n      topics\n      attendeeCount\n      kind\n      officerCount\n      township {\n        ...TownshipRef\n      }\n    }\n  }\n": typeof types.TrainingSessionDetailDocument,
    "\n  query TrainingSessionList($filter: TrainingSessionFilter, $first: Int, $after: String) {\n    trainingSessions(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...TrainingSessionFields\n        attendeeCount\n        kind\n        officerCount\n      }\n    }\n  }\n": typeof types.TrainingSessionListDocument,
    "\n  query TrainingFigures($year: Int!) {\n    workReport(year: $year) {\n      year\n      training {\n        sessions\n        participants\n        assessmentBatches\n        resitBatches\n        workshopsUpgraded\n      }\n    }\n  }\n": typeof types.TrainingFiguresDocument,
    "\n  query WorkshopUpgradeList($filter: WorkshopUpgradeFilter, $first: Int, $after: String) {\n    workshopUpgrades(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        fromLevel\n        toLevel\n        acceptedOn\n        acceptedBy\n        improvements\n        entity {\n          ...EntityRef\n        }\n        township {\n          ...TownshipRef\n        }\n      }\n    }\n  }\n": typeof types.WorkshopUpgradeListDocument,
    "\n  query CaseOptions($search: String, $entityId: ID) {\n    cases(filter: { search: $search, entityId: $entityId }, first: 20) {\n      nodes {\n        id\n        number\n        title\n      }\n    }\n  }\n": typeof types.CaseOptionsDocument,
    "\n  fragment CaseRow on Case {\n    id\n    number\n    title\n    status\n    receivedOn\n  }\n": typeof types.CaseRowFragmentDoc,
    "\n  query EntityOptions($filter: EntityFilter) {\n    entities(filter: $filter, first: 30) {\n      nodes {\n        id\n        name\n        township {\n          ...TownshipRef\n        }\n      }\n    }\n  }\n": typeof types.EntityOptionsDocument,
    "\n  fragment AuditPageFields on AuditPage {\n    nodes {\n      id\n      at\n      kind\n      recordType\n      recordId\n      parentId\n      operation\n      action\n      actor {\n        username\n        name\n        role\n        department\n      }\n      changes {\n        field\n        label\n        from\n        to\n      }\n      cursor\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.AuditPageFieldsFragmentDoc,
    "fragment Paging on Paged {\n  totalCount\n  totalCountIsEstimate\n  pageInfo {\n    hasNextPage\n    endCursor\n  }\n}": typeof types.PagingFragmentDoc,
    "fragment EntityRef on Entity {\n  id\n  name\n}\n\nfragment TownshipRef on Township {\n  id\n  name\n}": typeof types.EntityRefFragmentDoc,
    "query VisibleVillages {\n  villages {\n    id\n    name\n    kind\n    township {\n      ...TownshipRef\n    }\n  }\n}": typeof types.VisibleVillagesDocument,
    "\n  query TownshipOptions {\n    townships {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.TownshipOptionsDocument,
};
const documents: Documents = {
    "\n  query RecordAuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      training {\n        ...AuditPageFields\n      }\n    }\n  }\n": types.RecordAuditTrailDocument,
    "\n  query AttendanceSheet($filter: AttendanceFilter, $first: Int, $after: String) {\n    attendances(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        personName\n        jobTitle\n        createdAt\n        entity {\n          ...EntityRef\n        }\n        township {\n          ...TownshipRef\n        }\n      }\n    }\n  }\n": types.AttendanceSheetDocument,
    "\n  mutation RemoveAttendance($id: ID!) {\n    removeAttendance(id: $id)\n  }\n": types.RemoveAttendanceDocument,
    "\n  query TrainingOfficerOptions($search: String) {\n    inspectors(filter: { active: true, search: $search }, first: 50) {\n      nodes {\n        id\n        name\n        badgeNumber\n        unit\n      }\n    }\n  }\n": types.TrainingOfficerOptionsDocument,
    "\n  mutation RecordTrainingAssessment($input: TrainingAssessmentInput!) {\n    recordTrainingAssessment(input: $input) {\n      id\n    }\n  }\n": types.RecordTrainingAssessmentDocument,
    "\n  mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceInput!]!) {\n    recordAttendance(sessionId: $sessionId, entries: $entries) {\n      id\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation RecordWorkshopUpgrade($input: WorkshopUpgradeInput!) {\n    recordWorkshopUpgrade(input: $input) {\n      id\n    }\n  }\n": types.RecordWorkshopUpgradeDocument,
    "\n  mutation RecordOfficerAttendance($sessionId: ID!, $entries: [OfficerAttendanceInput!]!) {\n    recordOfficerAttendance(sessionId: $sessionId, entries: $entries) {\n      id\n    }\n  }\n": types.RecordOfficerAttendanceDocument,
    "\n  query OfficerAttendanceSheet($filter: OfficerAttendanceFilter, $first: Int, $after: String) {\n    officerAttendances(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        officerName\n        badgeNumber\n        unit\n        hours\n        createdAt\n      }\n    }\n  }\n": types.OfficerAttendanceSheetDocument,
    "\n  mutation RemoveOfficerAttendance($id: ID!) {\n    removeOfficerAttendance(id: $id)\n  }\n": types.RemoveOfficerAttendanceDocument,
    "\n  fragment TrainingSessionFields on TrainingSession {\n    id\n    title\n    audience\n    heldOn\n    trainer\n    mode\n    place\n    hours\n  }\n": types.TrainingSessionFieldsFragmentDoc,
    "\n  query TrainingAssessmentList($filter: TrainingAssessmentFilter, $first: Int, $after: String) {\n    trainingAssessments(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        assessedOn\n        assessed\n        passed\n        failed\n        outstanding\n        isResit\n        examiner\n        entity {\n          ...EntityRef\n        }\n        township {\n          ...TownshipRef\n        }\n        session {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.TrainingAssessmentListDocument,
    "\n  query OfficerTrainingHours($year: Int!, $search: String, $first: Int, $after: String) {\n    officerTrainingHours(year: $year, search: $search, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        officerId\n        officerName\n        badgeNumber\n        unit\n        year\n        sessions\n        hours\n      }\n    }\n  }\n": types.OfficerTrainingHoursDocument,
    "\n  query OfficerTrainingFigures($year: Int!) {\n    workReport(year: $year) {\n      year\n      training {\n        officers {\n          sessions\n          officersTrained\n          attendances\n          hours\n        }\n      }\n    }\n  }\n": types.OfficerTrainingFiguresDocument,
    "\n  query TrainingSessionForEdit($id: ID!) {\n    trainingSession(id: $id) {\n      ...TrainingSessionFields\n      topics\n      townshipId\n    }\n  }\n": types.TrainingSessionForEditDocument,
    "\n  mutation CreateTrainingSession($input: TrainingSessionInput!) {\n    createTrainingSession(input: $input) {\n      id\n    }\n  }\n": types.CreateTrainingSessionDocument,
    "\n  mutation UpdateTrainingSession($id: ID!, $input: TrainingSessionInput!) {\n    updateTrainingSession(id: $id, input: $input) {\n      ...TrainingSessionFields\n      topics\n      townshipId\n    }\n  }\n": types.UpdateTrainingSessionDocument,
    "\n  query TrainingSessionDetail($id: ID!) {\n    trainingSession(id: $id) {\n      ...TrainingSessionFields\n      topics\n      attendeeCount\n      kind\n      officerCount\n      township {\n        ...TownshipRef\n      }\n    }\n  }\n": types.TrainingSessionDetailDocument,
    "\n  query TrainingSessionList($filter: TrainingSessionFilter, $first: Int, $after: String) {\n    trainingSessions(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...TrainingSessionFields\n        attendeeCount\n        kind\n        officerCount\n      }\n    }\n  }\n": types.TrainingSessionListDocument,
    "\n  query TrainingFigures($year: Int!) {\n    workReport(year: $year) {\n      year\n      training {\n        sessions\n        participants\n        assessmentBatches\n        resitBatches\n        workshopsUpgraded\n      }\n    }\n  }\n": types.TrainingFiguresDocument,
    "\n  query WorkshopUpgradeList($filter: WorkshopUpgradeFilter, $first: Int, $after: String) {\n    workshopUpgrades(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        fromLevel\n        toLevel\n        acceptedOn\n        acceptedBy\n        improvements\n        entity {\n          ...EntityRef\n        }\n        township {\n          ...TownshipRef\n        }\n      }\n    }\n  }\n": types.WorkshopUpgradeListDocument,
    "\n  query CaseOptions($search: String, $entityId: ID) {\n    cases(filter: { search: $search, entityId: $entityId }, first: 20) {\n      nodes {\n        id\n        number\n        title\n      }\n    }\n  }\n": types.CaseOptionsDocument,
    "\n  fragment CaseRow on Case {\n    id\n    number\n    title\n    status\n    receivedOn\n  }\n": types.CaseRowFragmentDoc,
    "\n  query EntityOptions($filter: EntityFilter) {\n    entities(filter: $filter, first: 30) {\n      nodes {\n        id\n        name\n        township {\n          ...TownshipRef\n        }\n      }\n    }\n  }\n": types.EntityOptionsDocument,
    "\n  fragment AuditPageFields on AuditPage {\n    nodes {\n      id\n      at\n      kind\n      recordType\n      recordId\n      parentId\n      operation\n      action\n      actor {\n        username\n        name\n        role\n        department\n      }\n      changes {\n        field\n        label\n        from\n        to\n      }\n      cursor\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.AuditPageFieldsFragmentDoc,
    "fragment Paging on Paged {\n  totalCount\n  totalCountIsEstimate\n  pageInfo {\n    hasNextPage\n    endCursor\n  }\n}": types.PagingFragmentDoc,
    "fragment EntityRef on Entity {\n  id\n  name\n}\n\nfragment TownshipRef on Township {\n  id\n  name\n}": types.EntityRefFragmentDoc,
    "query VisibleVillages {\n  villages {\n    id\n    name\n    kind\n    township {\n      ...TownshipRef\n    }\n  }\n}": types.VisibleVillagesDocument,
    "\n  query TownshipOptions {\n    townships {\n      id\n      name\n      kind\n    }\n  }\n": types.TownshipOptionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordAuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      training {\n        ...AuditPageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordAuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      training {\n        ...AuditPageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceSheet($filter: AttendanceFilter, $first: Int, $after: String) {\n    attendances(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        personName\n        jobTitle\n        createdAt\n        entity {\n          ...EntityRef\n        }\n        township {\n          ...TownshipRef\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttendanceSheet($filter: AttendanceFilter, $first: Int, $after: String) {\n    attendances(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        personName\n        jobTitle\n        createdAt\n        entity {\n          ...EntityRef\n        }\n        township {\n          ...TownshipRef\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAttendance($id: ID!) {\n    removeAttendance(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveAttendance($id: ID!) {\n    removeAttendance(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingOfficerOptions($search: String) {\n    inspectors(filter: { active: true, search: $search }, first: 50) {\n      nodes {\n        id\n        name\n        badgeNumber\n        unit\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingOfficerOptions($search: String) {\n    inspectors(filter: { active: true, search: $search }, first: 50) {\n      nodes {\n        id\n        name\n        badgeNumber\n        unit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordTrainingAssessment($input: TrainingAssessmentInput!) {\n    recordTrainingAssessment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordTrainingAssessment($input: TrainingAssessmentInput!) {\n    recordTrainingAssessment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceInput!]!) {\n    recordAttendance(sessionId: $sessionId, entries: $entries) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceInput!]!) {\n    recordAttendance(sessionId: $sessionId, entries: $entries) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordWorkshopUpgrade($input: WorkshopUpgradeInput!) {\n    recordWorkshopUpgrade(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordWorkshopUpgrade($input: WorkshopUpgradeInput!) {\n    recordWorkshopUpgrade(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOfficerAttendance($sessionId: ID!, $entries: [OfficerAttendanceInput!]!) {\n    recordOfficerAttendance(sessionId: $sessionId, entries: $entries) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordOfficerAttendance($sessionId: ID!, $entries: [OfficerAttendanceInput!]!) {\n    recordOfficerAttendance(sessionId: $sessionId, entries: $entries) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerAttendanceSheet($filter: OfficerAttendanceFilter, $first: Int, $after: String) {\n    officerAttendances(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        officerName\n        badgeNumber\n        unit\n        hours\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficerAttendanceSheet($filter: OfficerAttendanceFilter, $first: Int, $after: String) {\n    officerAttendances(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        officerName\n        badgeNumber\n        unit\n        hours\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOfficerAttendance($id: ID!) {\n    removeOfficerAttendance(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveOfficerAttendance($id: ID!) {\n    removeOfficerAttendance(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingSessionFields on TrainingSession {\n    id\n    title\n    audience\n    heldOn\n    trainer\n    mode\n    place\n    hours\n  }\n"): (typeof documents)["\n  fragment TrainingSessionFields on TrainingSession {\n    id\n    title\n    audience\n    heldOn\n    trainer\n    mode\n    place\n    hours\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingAssessmentList($filter: TrainingAssessmentFilter, $first: Int, $after: String) {\n    trainingAssessments(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        assessedOn\n        assessed\n        passed\n        failed\n        outstanding\n        isResit\n        examiner\n        entity {\n          ...EntityRef\n        }\n        township {\n          ...TownshipRef\n        }\n        session {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingAssessmentList($filter: TrainingAssessmentFilter, $first: Int, $after: String) {\n    trainingAssessments(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        assessedOn\n        assessed\n        passed\n        failed\n        outstanding\n        isResit\n        examiner\n        entity {\n          ...EntityRef\n        }\n        township {\n          ...TownshipRef\n        }\n        session {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerTrainingHours($year: Int!, $search: String, $first: Int, $after: String) {\n    officerTrainingHours(year: $year, search: $search, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        officerId\n        officerName\n        badgeNumber\n        unit\n        year\n        sessions\n        hours\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficerTrainingHours($year: Int!, $search: String, $first: Int, $after: String) {\n    officerTrainingHours(year: $year, search: $search, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        officerId\n        officerName\n        badgeNumber\n        unit\n        year\n        sessions\n        hours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerTrainingFigures($year: Int!) {\n    workReport(year: $year) {\n      year\n      training {\n        officers {\n          sessions\n          officersTrained\n          attendances\n          hours\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficerTrainingFigures($year: Int!) {\n    workReport(year: $year) {\n      year\n      training {\n        officers {\n          sessions\n          officersTrained\n          attendances\n          hours\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingSessionForEdit($id: ID!) {\n    trainingSession(id: $id) {\n      ...TrainingSessionFields\n      topics\n      townshipId\n    }\n  }\n"): (typeof documents)["\n  query TrainingSessionForEdit($id: ID!) {\n    trainingSession(id: $id) {\n      ...TrainingSessionFields\n      topics\n      townshipId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTrainingSession($input: TrainingSessionInput!) {\n    createTrainingSession(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTrainingSession($input: TrainingSessionInput!) {\n    createTrainingSession(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTrainingSession($id: ID!, $input: TrainingSessionInput!) {\n    updateTrainingSession(id: $id, input: $input) {\n      ...TrainingSessionFields\n      topics\n      townshipId\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTrainingSession($id: ID!, $input: TrainingSessionInput!) {\n    updateTrainingSession(id: $id, input: $input) {\n      ...TrainingSessionFields\n      topics\n      townshipId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingSessionDetail($id: ID!) {\n    trainingSession(id: $id) {\n      ...TrainingSessionFields\n      topics\n      attendeeCount\n      kind\n      officerCount\n      township {\n        ...TownshipRef\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingSessionDetail($id: ID!) {\n    trainingSession(id: $id) {\n      ...TrainingSessionFields\n      topics\n      attendeeCount\n      kind\n      officerCount\n      township {\n        ...TownshipRef\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingSessionList($filter: TrainingSessionFilter, $first: Int, $after: String) {\n    trainingSessions(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...TrainingSessionFields\n        attendeeCount\n        kind\n        officerCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingSessionList($filter: TrainingSessionFilter, $first: Int, $after: String) {\n    trainingSessions(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...TrainingSessionFields\n        attendeeCount\n        kind\n        officerCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingFigures($year: Int!) {\n    workReport(year: $year) {\n      year\n      training {\n        sessions\n        participants\n        assessmentBatches\n        resitBatches\n        workshopsUpgraded\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingFigures($year: Int!) {\n    workReport(year: $year) {\n      year\n      training {\n        sessions\n        participants\n        assessmentBatches\n        resitBatches\n        workshopsUpgraded\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopUpgradeList($filter: WorkshopUpgradeFilter, $first: Int, $after: String) {\n    workshopUpgrades(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        fromLevel\n        toLevel\n        acceptedOn\n        acceptedBy\n        improvements\n        entity {\n          ...EntityRef\n        }\n        township {\n          ...TownshipRef\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkshopUpgradeList($filter: WorkshopUpgradeFilter, $first: Int, $after: String) {\n    workshopUpgrades(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        fromLevel\n        toLevel\n        acceptedOn\n        acceptedBy\n        improvements\n        entity {\n          ...EntityRef\n        }\n        township {\n          ...TownshipRef\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseOptions($search: String, $entityId: ID) {\n    cases(filter: { search: $search, entityId: $entityId }, first: 20) {\n      nodes {\n        id\n        number\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseOptions($search: String, $entityId: ID) {\n    cases(filter: { search: $search, entityId: $entityId }, first: 20) {\n      nodes {\n        id\n        number\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseRow on Case {\n    id\n    number\n    title\n    status\n    receivedOn\n  }\n"): (typeof documents)["\n  fragment CaseRow on Case {\n    id\n    number\n    title\n    status\n    receivedOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityOptions($filter: EntityFilter) {\n    entities(filter: $filter, first: 30) {\n      nodes {\n        id\n        name\n        township {\n          ...TownshipRef\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntityOptions($filter: EntityFilter) {\n    entities(filter: $filter, first: 30) {\n      nodes {\n        id\n        name\n        township {\n          ...TownshipRef\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditPageFields on AuditPage {\n    nodes {\n      id\n      at\n      kind\n      recordType\n      recordId\n      parentId\n      operation\n      action\n      actor {\n        username\n        name\n        role\n        department\n      }\n      changes {\n        field\n        label\n        from\n        to\n      }\n      cursor\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment AuditPageFields on AuditPage {\n    nodes {\n      id\n      at\n      kind\n      recordType\n      recordId\n      parentId\n      operation\n      action\n      actor {\n        username\n        name\n        role\n        department\n      }\n      changes {\n        field\n        label\n        from\n        to\n      }\n      cursor\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment Paging on Paged {\n  totalCount\n  totalCountIsEstimate\n  pageInfo {\n    hasNextPage\n    endCursor\n  }\n}"): (typeof documents)["fragment Paging on Paged {\n  totalCount\n  totalCountIsEstimate\n  pageInfo {\n    hasNextPage\n    endCursor\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EntityRef on Entity {\n  id\n  name\n}\n\nfragment TownshipRef on Township {\n  id\n  name\n}"): (typeof documents)["fragment EntityRef on Entity {\n  id\n  name\n}\n\nfragment TownshipRef on Township {\n  id\n  name\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VisibleVillages {\n  villages {\n    id\n    name\n    kind\n    township {\n      ...TownshipRef\n    }\n  }\n}"): (typeof documents)["query VisibleVillages {\n  villages {\n    id\n    name\n    kind\n    township {\n      ...TownshipRef\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TownshipOptions {\n    townships {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query TownshipOptions {\n    townships {\n      id\n      name\n      kind\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;