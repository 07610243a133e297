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
    "\n  query RecordAuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      publicity {\n        ...AuditPageFields\n      }\n    }\n  }\n": typeof types.RecordAuditTrailDocument,
    "\n  mutation CreateArticle($input: ArticleInput!) {\n    createArticle(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateArticleDocument,
    "\n  mutation UpdateArticle($id: ID!, $input: ArticleInput!) {\n    updateArticle(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateArticleDocument,
    "\n  mutation LinkOpinionEvent($id: ID!, $entityId: ID, $townshipId: ID, $caseId: ID, $expectedVersion: Int) {\n    linkOpinionEvent(\n      id: $id\n      entityId: $entityId\n      townshipId: $townshipId\n      caseId: $caseId\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      version\n    }\n  }\n": typeof types.LinkOpinionEventDocument,
    "\n  mutation MoveOpinionEvent($id: ID!, $input: OpinionMoveInput!, $expectedVersion: Int) {\n    moveOpinionEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.MoveOpinionEventDocument,
    "\n  query OpinionEventList($filter: OpinionEventFilter, $first: Int, $after: String) {\n    opinionEvents(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...OpinionEventSummary\n        escalatedTo\n        closedAt\n        township {\n          ...TownshipRef\n        }\n      }\n    }\n  }\n": typeof types.OpinionEventListDocument,
    "\n  mutation CreateOutreachEvent($input: OutreachEventInput!) {\n    createOutreachEvent(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateOutreachEventDocument,
    "\n  mutation CreatePublicityWeek($input: PublicityWeekInput!) {\n    createPublicityWeek(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePublicityWeekDocument,
    "\n  mutation ReportOpinionEvent($input: OpinionEventInput!) {\n    reportOpinionEvent(input: $input) {\n      id\n    }\n  }\n": typeof types.ReportOpinionEventDocument,
    "\n  fragment OpinionEventSummary on OpinionEvent {\n    id\n    title\n    platform\n    severity\n    status\n    detectedAt\n    entity {\n      ...EntityRef\n    }\n  }\n": typeof types.OpinionEventSummaryFragmentDoc,
    "\n  query ArticleList($filter: ArticleFilter, $first: Int, $after: String) {\n    articles(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        title\n        kind\n        channel\n        publishedAt\n        reach\n        author\n        summary\n        url\n      }\n    }\n  }\n": typeof types.ArticleListDocument,
    "\n  query PublicityFigures($year: Int!) {\n    workReport(year: $year) {\n      year\n      publicity {\n        posts\n        reach\n        opinionEvents\n        opinionEventsHandled\n        outreachEvents\n        materials\n      }\n    }\n  }\n": typeof types.PublicityFiguresDocument,
    "\n  query OpinionBoard($year: Int, $filter: OpinionEventFilter) {\n    opinionBoard(year: $year) {\n      status\n      count\n    }\n    opinionEvents(filter: $filter, first: 100) {\n      totalCount\n      nodes {\n        ...OpinionEventSummary\n        escalated\n      }\n    }\n  }\n": typeof types.OpinionBoardDocument,
    "\n  query OpinionEventDetail($id: ID!) {\n    opinionEvent(id: $id) {\n      id\n      title\n      content\n      platform\n      sourceUrl\n      detectedAt\n      severity\n      status\n      version\n      escalatedTo\n      caseId\n      case {\n        id\n        number\n        title\n      }\n      cases {\n        ...CaseRow\n      }\n      closedAt\n      transitions\n      entity {\n        ...EntityRef\n      }\n      township {\n        ...TownshipRef\n      }\n      steps {\n        id\n        fromStatus\n        toStatus\n        at\n        byName\n        note\n      }\n    }\n  }\n": typeof types.OpinionEventDetailDocument,
    "\n  query OutreachList($filter: OutreachEventFilter, $first: Int, $after: String) {\n    outreachEvents(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        title\n        theme\n        kind\n        heldOn\n        place\n        organizer\n        materials\n        peopleReached\n        township {\n          ...TownshipRef\n        }\n        week {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OutreachListDocument,
    "\n  query PublicityWeeks {\n    publicityWeeks {\n      id\n      year\n      name\n      theme\n      startsOn\n      endsOn\n      organizer\n      activityCount\n      materials\n      peopleReached\n    }\n  }\n": typeof types.PublicityWeeksDocument,
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
    "\n  query RecordAuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      publicity {\n        ...AuditPageFields\n      }\n    }\n  }\n": types.RecordAuditTrailDocument,
    "\n  mutation CreateArticle($input: ArticleInput!) {\n    createArticle(input: $input) {\n      id\n    }\n  }\n": types.CreateArticleDocument,
    "\n  mutation UpdateArticle($id: ID!, $input: ArticleInput!) {\n    updateArticle(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateArticleDocument,
    "\n  mutation LinkOpinionEvent($id: ID!, $entityId: ID, $townshipId: ID, $caseId: ID, $expectedVersion: Int) {\n    linkOpinionEvent(\n      id: $id\n      entityId: $entityId\n      townshipId: $townshipId\n      caseId: $caseId\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      version\n    }\n  }\n": types.LinkOpinionEventDocument,
    "\n  mutation MoveOpinionEvent($id: ID!, $input: OpinionMoveInput!, $expectedVersion: Int) {\n    moveOpinionEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n": types.MoveOpinionEventDocument,
    "\n  query OpinionEventList($filter: OpinionEventFilter, $first: Int, $after: String) {\n    opinionEvents(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...OpinionEventSummary\n        escalatedTo\n        closedAt\n        township {\n          ...TownshipRef\n        }\n      }\n    }\n  }\n": types.OpinionEventListDocument,
    "\n  mutation CreateOutreachEvent($input: OutreachEventInput!) {\n    createOutreachEvent(input: $input) {\n      id\n    }\n  }\n": types.CreateOutreachEventDocument,
    "\n  mutation CreatePublicityWeek($input: PublicityWeekInput!) {\n    createPublicityWeek(input: $input) {\n      id\n    }\n  }\n": types.CreatePublicityWeekDocument,
    "\n  mutation ReportOpinionEvent($input: OpinionEventInput!) {\n    reportOpinionEvent(input: $input) {\n      id\n    }\n  }\n": types.ReportOpinionEventDocument,
    "\n  fragment OpinionEventSummary on OpinionEvent {\n    id\n    title\n    platform\n    severity\n    status\n    detectedAt\n    entity {\n      ...EntityRef\n    }\n  }\n": types.OpinionEventSummaryFragmentDoc,
    "\n  query ArticleList($filter: ArticleFilter, $first: Int, $after: String) {\n    articles(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        title\n        kind\n        channel\n        publishedAt\n        reach\n        author\n        summary\n        url\n      }\n    }\n  }\n": types.ArticleListDocument,
    "\n  query PublicityFigures($year: Int!) {\n    workReport(year: $year) {\n      year\n      publicity {\n        posts\n        reach\n        opinionEvents\n        opinionEventsHandled\n        outreachEvents\n        materials\n      }\n    }\n  }\n": types.PublicityFiguresDocument,
    "\n  query OpinionBoard($year: Int, $filter: OpinionEventFilter) {\n    opinionBoard(year: $year) {\n      status\n      count\n    }\n    opinionEvents(filter: $filter, first: 100) {\n      totalCount\n      nodes {\n        ...OpinionEventSummary\n        escalated\n      }\n    }\n  }\n": types.OpinionBoardDocument,
    "\n  query OpinionEventDetail($id: ID!) {\n    opinionEvent(id: $id) {\n      id\n      title\n      content\n      platform\n      sourceUrl\n      detectedAt\n      severity\n      status\n      version\n      escalatedTo\n      caseId\n      case {\n        id\n        number\n        title\n      }\n      cases {\n        ...CaseRow\n      }\n      closedAt\n      transitions\n      entity {\n        ...EntityRef\n      }\n      township {\n        ...TownshipRef\n      }\n      steps {\n        id\n        fromStatus\n        toStatus\n        at\n        byName\n        note\n      }\n    }\n  }\n": types.OpinionEventDetailDocument,
    "\n  query OutreachList($filter: OutreachEventFilter, $first: Int, $after: String) {\n    outreachEvents(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        title\n        theme\n        kind\n        heldOn\n        place\n        organizer\n        materials\n        peopleReached\n        township {\n          ...TownshipRef\n        }\n        week {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OutreachListDocument,
    "\n  query PublicityWeeks {\n    publicityWeeks {\n      id\n      year\n      name\n      theme\n      startsOn\n      endsOn\n      organizer\n      activityCount\n      materials\n      peopleReached\n    }\n  }\n": types.PublicityWeeksDocument,
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
export function graphql(source: "\n  query RecordAuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      publicity {\n        ...AuditPageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordAuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      publicity {\n        ...AuditPageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateArticle($input: ArticleInput!) {\n    createArticle(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateArticle($input: ArticleInput!) {\n    createArticle(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateArticle($id: ID!, $input: ArticleInput!) {\n    updateArticle(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateArticle($id: ID!, $input: ArticleInput!) {\n    updateArticle(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkOpinionEvent($id: ID!, $entityId: ID, $townshipId: ID, $caseId: ID, $expectedVersion: Int) {\n    linkOpinionEvent(\n      id: $id\n      entityId: $entityId\n      townshipId: $townshipId\n      caseId: $caseId\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation LinkOpinionEvent($id: ID!, $entityId: ID, $townshipId: ID, $caseId: ID, $expectedVersion: Int) {\n    linkOpinionEvent(\n      id: $id\n      entityId: $entityId\n      townshipId: $townshipId\n      caseId: $caseId\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOpinionEvent($id: ID!, $input: OpinionMoveInput!, $expectedVersion: Int) {\n    moveOpinionEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MoveOpinionEvent($id: ID!, $input: OpinionMoveInput!, $expectedVersion: Int) {\n    moveOpinionEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpinionEventList($filter: OpinionEventFilter, $first: Int, $after: String) {\n    opinionEvents(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...OpinionEventSummary\n        escalatedTo\n        closedAt\n        township {\n          ...TownshipRef\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpinionEventList($filter: OpinionEventFilter, $first: Int, $after: String) {\n    opinionEvents(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...OpinionEventSummary\n        escalatedTo\n        closedAt\n        township {\n          ...TownshipRef\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOutreachEvent($input: OutreachEventInput!) {\n    createOutreachEvent(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOutreachEvent($input: OutreachEventInput!) {\n    createOutreachEvent(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePublicityWeek($input: PublicityWeekInput!) {\n    createPublicityWeek(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePublicityWeek($input: PublicityWeekInput!) {\n    createPublicityWeek(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportOpinionEvent($input: OpinionEventInput!) {\n    reportOpinionEvent(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReportOpinionEvent($input: OpinionEventInput!) {\n    reportOpinionEvent(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpinionEventSummary on OpinionEvent {\n    id\n    title\n    platform\n    severity\n    status\n    detectedAt\n    entity {\n      ...EntityRef\n    }\n  }\n"): (typeof documents)["\n  fragment OpinionEventSummary on OpinionEvent {\n    id\n    title\n    platform\n    severity\n    status\n    detectedAt\n    entity {\n      ...EntityRef\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleList($filter: ArticleFilter, $first: Int, $after: String) {\n    articles(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        title\n        kind\n        channel\n        publishedAt\n        reach\n        author\n        summary\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArticleList($filter: ArticleFilter, $first: Int, $after: String) {\n    articles(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        title\n        kind\n        channel\n        publishedAt\n        reach\n        author\n        summary\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicityFigures($year: Int!) {\n    workReport(year: $year) {\n      year\n      publicity {\n        posts\n        reach\n        opinionEvents\n        opinionEventsHandled\n        outreachEvents\n        materials\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicityFigures($year: Int!) {\n    workReport(year: $year) {\n      year\n      publicity {\n        posts\n        reach\n        opinionEvents\n        opinionEventsHandled\n        outreachEvents\n        materials\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpinionBoard($year: Int, $filter: OpinionEventFilter) {\n    opinionBoard(year: $year) {\n      status\n      count\n    }\n    opinionEvents(filter: $filter, first: 100) {\n      totalCount\n      nodes {\n        ...OpinionEventSummary\n        escalated\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpinionBoard($year: Int, $filter: OpinionEventFilter) {\n    opinionBoard(year: $year) {\n      status\n      count\n    }\n    opinionEvents(filter: $filter, first: 100) {\n      totalCount\n      nodes {\n        ...OpinionEventSummary\n        escalated\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpinionEventDetail($id: ID!) {\n    opinionEvent(id: $id) {\n      id\n      title\n      content\n      platform\n      sourceUrl\n      detectedAt\n      severity\n      status\n      version\n      escalatedTo\n      caseId\n      case {\n        id\n        number\n        title\n      }\n      cases {\n        ...CaseRow\n      }\n      closedAt\n      transitions\n      entity {\n        ...EntityRef\n      }\n      township {\n        ...TownshipRef\n      }\n      steps {\n        id\n        fromStatus\n        toStatus\n        at\n        byName\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpinionEventDetail($id: ID!) {\n    opinionEvent(id: $id) {\n      id\n      title\n      content\n      platform\n      sourceUrl\n      detectedAt\n      severity\n      status\n      version\n      escalatedTo\n      caseId\n      case {\n        id\n        number\n        title\n      }\n      cases {\n        ...CaseRow\n      }\n      closedAt\n      transitions\n      entity {\n        ...EntityRef\n      }\n      township {\n        ...TownshipRef\n      }\n      steps {\n        id\n        fromStatus\n        toStatus\n        at\n        byName\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutreachList($filter: OutreachEventFilter, $first: Int, $after: String) {\n    outreachEvents(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        title\n        theme\n        kind\n        heldOn\n        place\n        organizer\n        materials\n        peopleReached\n        township {\n          ...TownshipRef\n        }\n        week {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutreachList($filter: OutreachEventFilter, $first: Int, $after: String) {\n    outreachEvents(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        title\n        theme\n        kind\n        heldOn\n        place\n        organizer\n        materials\n        peopleReached\n        township {\n          ...TownshipRef\n        }\n        week {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicityWeeks {\n    publicityWeeks {\n      id\n      year\n      name\n      theme\n      startsOn\n      endsOn\n      organizer\n      activityCount\n      materials\n      peopleReached\n    }\n  }\n"): (typeof documents)["\n  query PublicityWeeks {\n    publicityWeeks {\n      id\n      year\n      name\n      theme\n      startsOn\n      endsOn\n      organizer\n      activityCount\n      materials\n      peopleReached\n    }\n  }\n"];
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