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
    "\n  query EntityAuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      entities {\n        ...AuditPageFields\n      }\n    }\n  }\n": typeof types.EntityAuditTrailDocument,
    "\n  mutation AddLicense($input: LicenseInput!) {\n    addLicense(input: $input) {\n      ...LicenseFields\n    }\n  }\n": typeof types.AddLicenseDocument,
    "\n  mutation AssessRisk($input: RiskAssessmentInput!) {\n    assessRisk(input: $input) {\n      id\n      grade\n      totalScore\n    }\n  }\n": typeof types.AssessRiskDocument,
    "\n  mutation AssignOfficial($input: AssignmentInput!) {\n    assignOfficial(input: $input) {\n      id\n    }\n  }\n": typeof types.AssignOfficialDocument,
    "\n  mutation RecordVisit($input: VisitInput!) {\n    recordVisit(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordVisitDocument,
    "\n  query AssignableOfficials($townshipId: ID!) {\n    district: officials(filter: { level: DISTRICT }, first: 100) {\n      nodes {\n        id\n        name\n        title\n        level\n      }\n    }\n    local: officials(filter: { townshipId: $townshipId }, first: 100) {\n      nodes {\n        id\n        name\n        title\n        level\n      }\n    }\n  }\n": typeof types.AssignableOfficialsDocument,
    "\n  query EntityRegister($filter: EntityFilter, $first: Int, $after: String) {\n    entities(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...EntityRecordFields\n        riskGrade\n      }\n    }\n  }\n": typeof types.EntityRegisterDocument,
    "\n  query MyVillageReports($first: Int, $after: String) {\n    villageReports(first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        kind\n        entityName\n        description\n        receivedAt\n        dueOn\n        status\n        dismissReason\n        hazardId\n        caseId\n        triagedAt\n        photos {\n          index\n        }\n      }\n    }\n  }\n": typeof types.MyVillageReportsDocument,
    "\n  mutation RecordNoticeReply($id: ID!, $repliedOn: LocalDate!, $reply: String!) {\n    recordNoticeReply(id: $id, repliedOn: $repliedOn, reply: $reply) {\n      id\n      repliedOn\n      reply\n    }\n  }\n": typeof types.RecordNoticeReplyDocument,
    "\n  mutation SendNotice($input: NoticeInput!) {\n    sendNotice(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.SendNoticeDocument,
    "\n  query GradingRule {\n    gradingRule {\n      aMax\n      bMax\n      cMax\n      inspectionsPerYear {\n        grade\n        min\n        max\n      }\n    }\n  }\n": typeof types.GradingRuleDocument,
    "\n  mutation UpdateGradingRule($aMax: Float!, $bMax: Float!, $cMax: Float!) {\n    updateGradingRule(aMax: $aMax, bMax: $bMax, cMax: $cMax) {\n      aMax\n      bMax\n      cMax\n    }\n  }\n": typeof types.UpdateGradingRuleDocument,
    "\n  query VillageReportSetting {\n    villageReportSetting {\n      triageWorkingDays\n      updatedBy\n      updatedAt\n    }\n  }\n": typeof types.VillageReportSettingDocument,
    "\n  mutation SetVillageReportTriageDays($workingDays: Int!) {\n    setVillageReportTriageDays(workingDays: $workingDays) {\n      triageWorkingDays\n    }\n  }\n": typeof types.SetVillageReportTriageDaysDocument,
    "\n  mutation DismissVillageReport($id: ID!, $version: Int!, $reason: String!) {\n    dismissVillageReport(id: $id, version: $version, reason: $reason) {\n      ...TriageOutcomeFields\n    }\n  }\n": typeof types.DismissVillageReportDocument,
    "\n  mutation RecordHazardFromVillageReport($input: HazardInput!) {\n    recordHazard(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordHazardFromVillageReportDocument,
    "\n  mutation CreateClueFromVillageReport($input: ClueInput!) {\n    createClue(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateClueFromVillageReportDocument,
    "\n  mutation TurnVillageReportIntoHazard($id: ID!, $version: Int!, $hazardId: ID!) {\n    turnVillageReportIntoHazard(id: $id, version: $version, hazardId: $hazardId) {\n      ...TriageOutcomeFields\n    }\n  }\n": typeof types.TurnVillageReportIntoHazardDocument,
    "\n  mutation TurnVillageReportIntoClue($id: ID!, $version: Int!, $caseId: ID!) {\n    turnVillageReportIntoClue(id: $id, version: $version, caseId: $caseId) {\n      ...TriageOutcomeFields\n    }\n  }\n": typeof types.TurnVillageReportIntoClueDocument,
    "\n  query TriageInvestigations($filter: HazardInvestigationFilter) {\n    hazardInvestigations(filter: $filter, first: 100) {\n      nodes {\n        id\n        code\n        theme\n        status\n      }\n    }\n  }\n": typeof types.TriageInvestigationsDocument,
    "\n  query VillageEntityOptions($filter: EntityFilter, $first: Int) {\n    entities(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        address\n      }\n    }\n  }\n": typeof types.VillageEntityOptionsDocument,
    "\n  mutation ReportFromVillage($input: VillageReportInput!) {\n    reportFromVillage(input: $input) {\n      id\n      status\n      dueOn\n    }\n  }\n": typeof types.ReportFromVillageDocument,
    "\n  fragment AssignmentScheduleFields on Assignment {\n    id\n    startsOn\n    endsOn\n    visitsPerYear\n    lastVisitOn\n    nextVisitDue\n    visitOverdue\n  }\n": typeof types.AssignmentScheduleFieldsFragmentDoc,
    "\n  fragment LicenseFields on License {\n    id\n    kind\n    number\n    issuedOn\n    validUntil\n    expired\n  }\n": typeof types.LicenseFieldsFragmentDoc,
    "\n  fragment NoticeFields on Notice {\n    id\n    kind\n    number\n    title\n    sentOn\n    dueOn\n    content\n    repliedOn\n    reply\n  }\n": typeof types.NoticeFieldsFragmentDoc,
    "\n  fragment EntityRecordFields on Entity {\n    id\n    name\n    creditCode\n    category\n    status\n    address\n    legalRepresentative\n    phone\n    township {\n      ...TownshipRef\n    }\n  }\n": typeof types.EntityRecordFieldsFragmentDoc,
    "\n  fragment TriageOutcomeFields on VillageReport {\n    id\n    status\n    version\n    dismissReason\n    hazardId\n    caseId\n    triagedBy\n    triagedAt\n  }\n": typeof types.TriageOutcomeFieldsFragmentDoc,
    "\n  query EntityForEdit($id: ID!) {\n    entity(id: $id) {\n      ...EntityRecordFields\n      version\n    }\n  }\n": typeof types.EntityForEditDocument,
    "\n  mutation CreateEntity($input: EntityInput!) {\n    createEntity(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateEntityDocument,
    "\n  mutation UpdateEntity($id: ID!, $input: EntityUpdateInput!) {\n    updateEntity(id: $id, input: $input) {\n      ...EntityRecordFields\n      version\n    }\n  }\n": typeof types.UpdateEntityDocument,
    "\n  query EntityDetail($id: ID!) {\n    entity(id: $id) {\n      ...EntityRecordFields\n      riskGrade\n      createdAt\n      updatedAt\n      licenses {\n        ...LicenseFields\n      }\n      riskAssessments {\n        id\n        year\n        staticScore\n        dynamicScore\n        totalScore\n        grade\n        assessedOn\n        assessor\n      }\n      assignments {\n        ...AssignmentScheduleFields\n        official {\n          id\n          name\n          title\n          level\n        }\n      }\n      visits {\n        id\n        visitedOn\n        findings\n        official {\n          id\n          name\n        }\n      }\n      samples(first: 20) {\n        totalCount\n        nodes {\n          id\n          number\n          foodName\n          sampledOn\n          status\n          verdict\n        }\n      }\n      inspections {\n        id\n        inspectedOn\n        kind\n        verdict\n        rectificationDeadline\n        rectifiedOn\n      }\n      cases {\n        ...CaseRow\n      }\n    }\n  }\n": typeof types.EntityDetailDocument,
    "\n  query NoticeList($filter: NoticeFilter, $first: Int, $after: String) {\n    notices(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...NoticeFields\n        township {\n          ...TownshipRef\n        }\n      }\n    }\n  }\n": typeof types.NoticeListDocument,
    "\n  query ResponsibilityOverview($year: Int!) {\n    responsibilityOverview(year: $year) {\n      year\n      leaders\n      entitiesCovered\n      visits\n      overdueAssignments\n      officials {\n        id\n        name\n        title\n        level\n        township {\n          ...TownshipRef\n        }\n        assignments {\n          ...AssignmentScheduleFields\n          entity {\n            ...EntityRef\n            riskGrade\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResponsibilityOverviewDocument,
    "\n  query TownshipDetail($id: ID!) {\n    township(id: $id) {\n      id\n      name\n      kind\n      entityCount\n      supervisionRounds {\n        id\n        year\n        batch\n        inspectedOn\n        findings\n      }\n      notices {\n        id\n        kind\n        number\n        title\n        sentOn\n        dueOn\n      }\n    }\n  }\n": typeof types.TownshipDetailDocument,
    "\n  query TownshipList {\n    townships {\n      id\n      name\n      kind\n      entityCount\n    }\n  }\n": typeof types.TownshipListDocument,
    "\n  query VillageQueue($filter: VillageReportFilter, $first: Int, $after: String) {\n    villageReports(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...TriageOutcomeFields\n        kind\n        entityName\n        description\n        reporterName\n        receivedAt\n        receivedOn\n        dueOn\n        overdue\n        village {\n          id\n          name\n        }\n        township {\n          ...TownshipRef\n        }\n        entity {\n          ...EntityRef\n        }\n        photos {\n          index\n          size\n        }\n      }\n    }\n  }\n": typeof types.VillageQueueDocument,
    "\n  query VillageOptions($townshipId: ID) {\n    villages(townshipId: $townshipId) {\n      id\n      name\n    }\n  }\n": typeof types.VillageOptionsDocument,
    "\n  query NoticePrint($townshipId: ID!) {\n    township(id: $townshipId) {\n      id\n      name\n      notices {\n        ...NoticeFields\n      }\n    }\n  }\n": typeof types.NoticePrintDocument,
    "\n  fragment StationChecklistFields on SupervisionStation {\n    id\n    version\n    updatedAt\n    checklistDone\n    checklist {\n      key\n      label\n      done\n      doneOn\n    }\n  }\n": typeof types.StationChecklistFieldsFragmentDoc,
    "\n  query SupervisionStations {\n    supervisionStations {\n      ...StationChecklistFields\n      name\n      townships {\n        ...TownshipRef\n      }\n      officers {\n        name\n        title\n      }\n    }\n  }\n": typeof types.SupervisionStationsDocument,
    "\n  mutation SetStationChecklistItem($stationId: ID!, $version: Int!, $key: String!, $done: Boolean!, $doneOn: String) {\n    setStationChecklistItem(stationId: $stationId, version: $version, key: $key, done: $done, doneOn: $doneOn) {\n      ...StationChecklistFields\n    }\n  }\n": typeof types.SetStationChecklistItemDocument,
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
    "\n  query EntityAuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      entities {\n        ...AuditPageFields\n      }\n    }\n  }\n": types.EntityAuditTrailDocument,
    "\n  mutation AddLicense($input: LicenseInput!) {\n    addLicense(input: $input) {\n      ...LicenseFields\n    }\n  }\n": types.AddLicenseDocument,
    "\n  mutation AssessRisk($input: RiskAssessmentInput!) {\n    assessRisk(input: $input) {\n      id\n      grade\n      totalScore\n    }\n  }\n": types.AssessRiskDocument,
    "\n  mutation AssignOfficial($input: AssignmentInput!) {\n    assignOfficial(input: $input) {\n      id\n    }\n  }\n": types.AssignOfficialDocument,
    "\n  mutation RecordVisit($input: VisitInput!) {\n    recordVisit(input: $input) {\n      id\n    }\n  }\n": types.RecordVisitDocument,
    "\n  query AssignableOfficials($townshipId: ID!) {\n    district: officials(filter: { level: DISTRICT }, first: 100) {\n      nodes {\n        id\n        name\n        title\n        level\n      }\n    }\n    local: officials(filter: { townshipId: $townshipId }, first: 100) {\n      nodes {\n        id\n        name\n        title\n        level\n      }\n    }\n  }\n": types.AssignableOfficialsDocument,
    "\n  query EntityRegister($filter: EntityFilter, $first: Int, $after: String) {\n    entities(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...EntityRecordFields\n        riskGrade\n      }\n    }\n  }\n": types.EntityRegisterDocument,
    "\n  query MyVillageReports($first: Int, $after: String) {\n    villageReports(first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        kind\n        entityName\n        description\n        receivedAt\n        dueOn\n        status\n        dismissReason\n        hazardId\n        caseId\n        triagedAt\n        photos {\n          index\n        }\n      }\n    }\n  }\n": types.MyVillageReportsDocument,
    "\n  mutation RecordNoticeReply($id: ID!, $repliedOn: LocalDate!, $reply: String!) {\n    recordNoticeReply(id: $id, repliedOn: $repliedOn, reply: $reply) {\n      id\n      repliedOn\n      reply\n    }\n  }\n": types.RecordNoticeReplyDocument,
    "\n  mutation SendNotice($input: NoticeInput!) {\n    sendNotice(input: $input) {\n      id\n      number\n    }\n  }\n": types.SendNoticeDocument,
    "\n  query GradingRule {\n    gradingRule {\n      aMax\n      bMax\n      cMax\n      inspectionsPerYear {\n        grade\n        min\n        max\n      }\n    }\n  }\n": types.GradingRuleDocument,
    "\n  mutation UpdateGradingRule($aMax: Float!, $bMax: Float!, $cMax: Float!) {\n    updateGradingRule(aMax: $aMax, bMax: $bMax, cMax: $cMax) {\n      aMax\n      bMax\n      cMax\n    }\n  }\n": types.UpdateGradingRuleDocument,
    "\n  query VillageReportSetting {\n    villageReportSetting {\n      triageWorkingDays\n      updatedBy\n      updatedAt\n    }\n  }\n": types.VillageReportSettingDocument,
    "\n  mutation SetVillageReportTriageDays($workingDays: Int!) {\n    setVillageReportTriageDays(workingDays: $workingDays) {\n      triageWorkingDays\n    }\n  }\n": types.SetVillageReportTriageDaysDocument,
    "\n  mutation DismissVillageReport($id: ID!, $version: Int!, $reason: String!) {\n    dismissVillageReport(id: $id, version: $version, reason: $reason) {\n      ...TriageOutcomeFields\n    }\n  }\n": types.DismissVillageReportDocument,
    "\n  mutation RecordHazardFromVillageReport($input: HazardInput!) {\n    recordHazard(input: $input) {\n      id\n    }\n  }\n": types.RecordHazardFromVillageReportDocument,
    "\n  mutation CreateClueFromVillageReport($input: ClueInput!) {\n    createClue(input: $input) {\n      id\n    }\n  }\n": types.CreateClueFromVillageReportDocument,
    "\n  mutation TurnVillageReportIntoHazard($id: ID!, $version: Int!, $hazardId: ID!) {\n    turnVillageReportIntoHazard(id: $id, version: $version, hazardId: $hazardId) {\n      ...TriageOutcomeFields\n    }\n  }\n": types.TurnVillageReportIntoHazardDocument,
    "\n  mutation TurnVillageReportIntoClue($id: ID!, $version: Int!, $caseId: ID!) {\n    turnVillageReportIntoClue(id: $id, version: $version, caseId: $caseId) {\n      ...TriageOutcomeFields\n    }\n  }\n": types.TurnVillageReportIntoClueDocument,
    "\n  query TriageInvestigations($filter: HazardInvestigationFilter) {\n    hazardInvestigations(filter: $filter, first: 100) {\n      nodes {\n        id\n        code\n        theme\n        status\n      }\n    }\n  }\n": types.TriageInvestigationsDocument,
    "\n  query VillageEntityOptions($filter: EntityFilter, $first: Int) {\n    entities(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        address\n      }\n    }\n  }\n": types.VillageEntityOptionsDocument,
    "\n  mutation ReportFromVillage($input: VillageReportInput!) {\n    reportFromVillage(input: $input) {\n      id\n      status\n      dueOn\n    }\n  }\n": types.ReportFromVillageDocument,
    "\n  fragment AssignmentScheduleFields on Assignment {\n    id\n    startsOn\n    endsOn\n    visitsPerYear\n    lastVisitOn\n    nextVisitDue\n    visitOverdue\n  }\n": types.AssignmentScheduleFieldsFragmentDoc,
    "\n  fragment LicenseFields on License {\n    id\n    kind\n    number\n    issuedOn\n    validUntil\n    expired\n  }\n": types.LicenseFieldsFragmentDoc,
    "\n  fragment NoticeFields on Notice {\n    id\n    kind\n    number\n    title\n    sentOn\n    dueOn\n    content\n    repliedOn\n    reply\n  }\n": types.NoticeFieldsFragmentDoc,
    "\n  fragment EntityRecordFields on Entity {\n    id\n    name\n    creditCode\n    category\n    status\n    address\n    legalRepresentative\n    phone\n    township {\n      ...TownshipRef\n    }\n  }\n": types.EntityRecordFieldsFragmentDoc,
    "\n  fragment TriageOutcomeFields on VillageReport {\n    id\n    status\n    version\n    dismissReason\n    hazardId\n    caseId\n    triagedBy\n    triagedAt\n  }\n": types.TriageOutcomeFieldsFragmentDoc,
    "\n  query EntityForEdit($id: ID!) {\n    entity(id: $id) {\n      ...EntityRecordFields\n      version\n    }\n  }\n": types.EntityForEditDocument,
    "\n  mutation CreateEntity($input: EntityInput!) {\n    createEntity(input: $input) {\n      id\n    }\n  }\n": types.CreateEntityDocument,
    "\n  mutation UpdateEntity($id: ID!, $input: EntityUpdateInput!) {\n    updateEntity(id: $id, input: $input) {\n      ...EntityRecordFields\n      version\n    }\n  }\n": types.UpdateEntityDocument,
    "\n  query EntityDetail($id: ID!) {\n    entity(id: $id) {\n      ...EntityRecordFields\n      riskGrade\n      createdAt\n      updatedAt\n      licenses {\n        ...LicenseFields\n      }\n      riskAssessments {\n        id\n        year\n        staticScore\n        dynamicScore\n        totalScore\n        grade\n        assessedOn\n        assessor\n      }\n      assignments {\n        ...AssignmentScheduleFields\n        official {\n          id\n          name\n          title\n          level\n        }\n      }\n      visits {\n        id\n        visitedOn\n        findings\n        official {\n          id\n          name\n        }\n      }\n      samples(first: 20) {\n        totalCount\n        nodes {\n          id\n          number\n          foodName\n          sampledOn\n          status\n          verdict\n        }\n      }\n      inspections {\n        id\n        inspectedOn\n        kind\n        verdict\n        rectificationDeadline\n        rectifiedOn\n      }\n      cases {\n        ...CaseRow\n      }\n    }\n  }\n": types.EntityDetailDocument,
    "\n  query NoticeList($filter: NoticeFilter, $first: Int, $after: String) {\n    notices(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...NoticeFields\n        township {\n          ...TownshipRef\n        }\n      }\n    }\n  }\n": types.NoticeListDocument,
    "\n  query ResponsibilityOverview($year: Int!) {\n    responsibilityOverview(year: $year) {\n      year\n      leaders\n      entitiesCovered\n      visits\n      overdueAssignments\n      officials {\n        id\n        name\n        title\n        level\n        township {\n          ...TownshipRef\n        }\n        assignments {\n          ...AssignmentScheduleFields\n          entity {\n            ...EntityRef\n            riskGrade\n          }\n        }\n      }\n    }\n  }\n": types.ResponsibilityOverviewDocument,
    "\n  query TownshipDetail($id: ID!) {\n    township(id: $id) {\n      id\n      name\n      kind\n      entityCount\n      supervisionRounds {\n        id\n        year\n        batch\n        inspectedOn\n        findings\n      }\n      notices {\n        id\n        kind\n        number\n        title\n        sentOn\n        dueOn\n      }\n    }\n  }\n": types.TownshipDetailDocument,
    "\n  query TownshipList {\n    townships {\n      id\n      name\n      kind\n      entityCount\n    }\n  }\n": types.TownshipListDocument,
    "\n  query VillageQueue($filter: VillageReportFilter, $first: Int, $after: String) {\n    villageReports(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...TriageOutcomeFields\n        kind\n        entityName\n        description\n        reporterName\n        receivedAt\n        receivedOn\n        dueOn\n        overdue\n        village {\n          id\n          name\n        }\n        township {\n          ...TownshipRef\n        }\n        entity {\n          ...EntityRef\n        }\n        photos {\n          index\n          size\n        }\n      }\n    }\n  }\n": types.VillageQueueDocument,
    "\n  query VillageOptions($townshipId: ID) {\n    villages(townshipId: $townshipId) {\n      id\n      name\n    }\n  }\n": types.VillageOptionsDocument,
    "\n  query NoticePrint($townshipId: ID!) {\n    township(id: $townshipId) {\n      id\n      name\n      notices {\n        ...NoticeFields\n      }\n    }\n  }\n": types.NoticePrintDocument,
    "\n  fragment StationChecklistFields on SupervisionStation {\n    id\n    version\n    updatedAt\n    checklistDone\n    checklist {\n      key\n      label\n      done\n      doneOn\n    }\n  }\n": types.StationChecklistFieldsFragmentDoc,
    "\n  query SupervisionStations {\n    supervisionStations {\n      ...StationChecklistFields\n      name\n      townships {\n        ...TownshipRef\n      }\n      officers {\n        name\n        title\n      }\n    }\n  }\n": types.SupervisionStationsDocument,
    "\n  mutation SetStationChecklistItem($stationId: ID!, $version: Int!, $key: String!, $done: Boolean!, $doneOn: String) {\n    setStationChecklistItem(stationId: $stationId, version: $version, key: $key, done: $done, doneOn: $doneOn) {\n      ...StationChecklistFields\n    }\n  }\n": types.SetStationChecklistItemDocument,
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
export function graphql(source: "\n  query EntityAuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      entities {\n        ...AuditPageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntityAuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      entities {\n        ...AuditPageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLicense($input: LicenseInput!) {\n    addLicense(input: $input) {\n      ...LicenseFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddLicense($input: LicenseInput!) {\n    addLicense(input: $input) {\n      ...LicenseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessRisk($input: RiskAssessmentInput!) {\n    assessRisk(input: $input) {\n      id\n      grade\n      totalScore\n    }\n  }\n"): (typeof documents)["\n  mutation AssessRisk($input: RiskAssessmentInput!) {\n    assessRisk(input: $input) {\n      id\n      grade\n      totalScore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignOfficial($input: AssignmentInput!) {\n    assignOfficial(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssignOfficial($input: AssignmentInput!) {\n    assignOfficial(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordVisit($input: VisitInput!) {\n    recordVisit(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordVisit($input: VisitInput!) {\n    recordVisit(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignableOfficials($townshipId: ID!) {\n    district: officials(filter: { level: DISTRICT }, first: 100) {\n      nodes {\n        id\n        name\n        title\n        level\n      }\n    }\n    local: officials(filter: { townshipId: $townshipId }, first: 100) {\n      nodes {\n        id\n        name\n        title\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssignableOfficials($townshipId: ID!) {\n    district: officials(filter: { level: DISTRICT }, first: 100) {\n      nodes {\n        id\n        name\n        title\n        level\n      }\n    }\n    local: officials(filter: { townshipId: $townshipId }, first: 100) {\n      nodes {\n        id\n        name\n        title\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityRegister($filter: EntityFilter, $first: Int, $after: String) {\n    entities(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...EntityRecordFields\n        riskGrade\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntityRegister($filter: EntityFilter, $first: Int, $after: String) {\n    entities(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...EntityRecordFields\n        riskGrade\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVillageReports($first: Int, $after: String) {\n    villageReports(first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        kind\n        entityName\n        description\n        receivedAt\n        dueOn\n        status\n        dismissReason\n        hazardId\n        caseId\n        triagedAt\n        photos {\n          index\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyVillageReports($first: Int, $after: String) {\n    villageReports(first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        kind\n        entityName\n        description\n        receivedAt\n        dueOn\n        status\n        dismissReason\n        hazardId\n        caseId\n        triagedAt\n        photos {\n          index\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordNoticeReply($id: ID!, $repliedOn: LocalDate!, $reply: String!) {\n    recordNoticeReply(id: $id, repliedOn: $repliedOn, reply: $reply) {\n      id\n      repliedOn\n      reply\n    }\n  }\n"): (typeof documents)["\n  mutation RecordNoticeReply($id: ID!, $repliedOn: LocalDate!, $reply: String!) {\n    recordNoticeReply(id: $id, repliedOn: $repliedOn, reply: $reply) {\n      id\n      repliedOn\n      reply\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendNotice($input: NoticeInput!) {\n    sendNotice(input: $input) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation SendNotice($input: NoticeInput!) {\n    sendNotice(input: $input) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GradingRule {\n    gradingRule {\n      aMax\n      bMax\n      cMax\n      inspectionsPerYear {\n        grade\n        min\n        max\n      }\n    }\n  }\n"): (typeof documents)["\n  query GradingRule {\n    gradingRule {\n      aMax\n      bMax\n      cMax\n      inspectionsPerYear {\n        grade\n        min\n        max\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGradingRule($aMax: Float!, $bMax: Float!, $cMax: Float!) {\n    updateGradingRule(aMax: $aMax, bMax: $bMax, cMax: $cMax) {\n      aMax\n      bMax\n      cMax\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGradingRule($aMax: Float!, $bMax: Float!, $cMax: Float!) {\n    updateGradingRule(aMax: $aMax, bMax: $bMax, cMax: $cMax) {\n      aMax\n      bMax\n      cMax\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageReportSetting {\n    villageReportSetting {\n      triageWorkingDays\n      updatedBy\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query VillageReportSetting {\n    villageReportSetting {\n      triageWorkingDays\n      updatedBy\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetVillageReportTriageDays($workingDays: Int!) {\n    setVillageReportTriageDays(workingDays: $workingDays) {\n      triageWorkingDays\n    }\n  }\n"): (typeof documents)["\n  mutation SetVillageReportTriageDays($workingDays: Int!) {\n    setVillageReportTriageDays(workingDays: $workingDays) {\n      triageWorkingDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissVillageReport($id: ID!, $version: Int!, $reason: String!) {\n    dismissVillageReport(id: $id, version: $version, reason: $reason) {\n      ...TriageOutcomeFields\n    }\n  }\n"): (typeof documents)["\n  mutation DismissVillageReport($id: ID!, $version: Int!, $reason: String!) {\n    dismissVillageReport(id: $id, version: $version, reason: $reason) {\n      ...TriageOutcomeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordHazardFromVillageReport($input: HazardInput!) {\n    recordHazard(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordHazardFromVillageReport($input: HazardInput!) {\n    recordHazard(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClueFromVillageReport($input: ClueInput!) {\n    createClue(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateClueFromVillageReport($input: ClueInput!) {\n    createClue(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TurnVillageReportIntoHazard($id: ID!, $version: Int!, $hazardId: ID!) {\n    turnVillageReportIntoHazard(id: $id, version: $version, hazardId: $hazardId) {\n      ...TriageOutcomeFields\n    }\n  }\n"): (typeof documents)["\n  mutation TurnVillageReportIntoHazard($id: ID!, $version: Int!, $hazardId: ID!) {\n    turnVillageReportIntoHazard(id: $id, version: $version, hazardId: $hazardId) {\n      ...TriageOutcomeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TurnVillageReportIntoClue($id: ID!, $version: Int!, $caseId: ID!) {\n    turnVillageReportIntoClue(id: $id, version: $version, caseId: $caseId) {\n      ...TriageOutcomeFields\n    }\n  }\n"): (typeof documents)["\n  mutation TurnVillageReportIntoClue($id: ID!, $version: Int!, $caseId: ID!) {\n    turnVillageReportIntoClue(id: $id, version: $version, caseId: $caseId) {\n      ...TriageOutcomeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TriageInvestigations($filter: HazardInvestigationFilter) {\n    hazardInvestigations(filter: $filter, first: 100) {\n      nodes {\n        id\n        code\n        theme\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query TriageInvestigations($filter: HazardInvestigationFilter) {\n    hazardInvestigations(filter: $filter, first: 100) {\n      nodes {\n        id\n        code\n        theme\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageEntityOptions($filter: EntityFilter, $first: Int) {\n    entities(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        address\n      }\n    }\n  }\n"): (typeof documents)["\n  query VillageEntityOptions($filter: EntityFilter, $first: Int) {\n    entities(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        address\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportFromVillage($input: VillageReportInput!) {\n    reportFromVillage(input: $input) {\n      id\n      status\n      dueOn\n    }\n  }\n"): (typeof documents)["\n  mutation ReportFromVillage($input: VillageReportInput!) {\n    reportFromVillage(input: $input) {\n      id\n      status\n      dueOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentScheduleFields on Assignment {\n    id\n    startsOn\n    endsOn\n    visitsPerYear\n    lastVisitOn\n    nextVisitDue\n    visitOverdue\n  }\n"): (typeof documents)["\n  fragment AssignmentScheduleFields on Assignment {\n    id\n    startsOn\n    endsOn\n    visitsPerYear\n    lastVisitOn\n    nextVisitDue\n    visitOverdue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LicenseFields on License {\n    id\n    kind\n    number\n    issuedOn\n    validUntil\n    expired\n  }\n"): (typeof documents)["\n  fragment LicenseFields on License {\n    id\n    kind\n    number\n    issuedOn\n    validUntil\n    expired\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoticeFields on Notice {\n    id\n    kind\n    number\n    title\n    sentOn\n    dueOn\n    content\n    repliedOn\n    reply\n  }\n"): (typeof documents)["\n  fragment NoticeFields on Notice {\n    id\n    kind\n    number\n    title\n    sentOn\n    dueOn\n    content\n    repliedOn\n    reply\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntityRecordFields on Entity {\n    id\n    name\n    creditCode\n    category\n    status\n    address\n    legalRepresentative\n    phone\n    township {\n      ...TownshipRef\n    }\n  }\n"): (typeof documents)["\n  fragment EntityRecordFields on Entity {\n    id\n    name\n    creditCode\n    category\n    status\n    address\n    legalRepresentative\n    phone\n    township {\n      ...TownshipRef\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TriageOutcomeFields on VillageReport {\n    id\n    status\n    version\n    dismissReason\n    hazardId\n    caseId\n    triagedBy\n    triagedAt\n  }\n"): (typeof documents)["\n  fragment TriageOutcomeFields on VillageReport {\n    id\n    status\n    version\n    dismissReason\n    hazardId\n    caseId\n    triagedBy\n    triagedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityForEdit($id: ID!) {\n    entity(id: $id) {\n      ...EntityRecordFields\n      version\n    }\n  }\n"): (typeof documents)["\n  query EntityForEdit($id: ID!) {\n    entity(id: $id) {\n      ...EntityRecordFields\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEntity($input: EntityInput!) {\n    createEntity(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEntity($input: EntityInput!) {\n    createEntity(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEntity($id: ID!, $input: EntityUpdateInput!) {\n    updateEntity(id: $id, input: $input) {\n      ...EntityRecordFields\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEntity($id: ID!, $input: EntityUpdateInput!) {\n    updateEntity(id: $id, input: $input) {\n      ...EntityRecordFields\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityDetail($id: ID!) {\n    entity(id: $id) {\n      ...EntityRecordFields\n      riskGrade\n      createdAt\n      updatedAt\n      licenses {\n        ...LicenseFields\n      }\n      riskAssessments {\n        id\n        year\n        staticScore\n        dynamicScore\n        totalScore\n        grade\n        assessedOn\n        assessor\n      }\n      assignments {\n        ...AssignmentScheduleFields\n        official {\n          id\n          name\n          title\n          level\n        }\n      }\n      visits {\n        id\n        visitedOn\n        findings\n        official {\n          id\n          name\n        }\n      }\n      samples(first: 20) {\n        totalCount\n        nodes {\n          id\n          number\n          foodName\n          sampledOn\n          status\n          verdict\n        }\n      }\n      inspections {\n        id\n        inspectedOn\n        kind\n        verdict\n        rectificationDeadline\n        rectifiedOn\n      }\n      cases {\n        ...CaseRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntityDetail($id: ID!) {\n    entity(id: $id) {\n      ...EntityRecordFields\n      riskGrade\n      createdAt\n      updatedAt\n      licenses {\n        ...LicenseFields\n      }\n      riskAssessments {\n        id\n        year\n        staticScore\n        dynamicScore\n        totalScore\n        grade\n        assessedOn\n        assessor\n      }\n      assignments {\n        ...AssignmentScheduleFields\n        official {\n          id\n          name\n          title\n          level\n        }\n      }\n      visits {\n        id\n        visitedOn\n        findings\n        official {\n          id\n          name\n        }\n      }\n      samples(first: 20) {\n        totalCount\n        nodes {\n          id\n          number\n          foodName\n          sampledOn\n          status\n          verdict\n        }\n      }\n      inspections {\n        id\n        inspectedOn\n        kind\n        verdict\n        rectificationDeadline\n        rectifiedOn\n      }\n      cases {\n        ...CaseRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeList($filter: NoticeFilter, $first: Int, $after: String) {\n    notices(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...NoticeFields\n        township {\n          ...TownshipRef\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeList($filter: NoticeFilter, $first: Int, $after: String) {\n    notices(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...NoticeFields\n        township {\n          ...TownshipRef\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponsibilityOverview($year: Int!) {\n    responsibilityOverview(year: $year) {\n      year\n      leaders\n      entitiesCovered\n      visits\n      overdueAssignments\n      officials {\n        id\n        name\n        title\n        level\n        township {\n          ...TownshipRef\n        }\n        assignments {\n          ...AssignmentScheduleFields\n          entity {\n            ...EntityRef\n            riskGrade\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResponsibilityOverview($year: Int!) {\n    responsibilityOverview(year: $year) {\n      year\n      leaders\n      entitiesCovered\n      visits\n      overdueAssignments\n      officials {\n        id\n        name\n        title\n        level\n        township {\n          ...TownshipRef\n        }\n        assignments {\n          ...AssignmentScheduleFields\n          entity {\n            ...EntityRef\n            riskGrade\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TownshipDetail($id: ID!) {\n    township(id: $id) {\n      id\n      name\n      kind\n      entityCount\n      supervisionRounds {\n        id\n        year\n        batch\n        inspectedOn\n        findings\n      }\n      notices {\n        id\n        kind\n        number\n        title\n        sentOn\n        dueOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query TownshipDetail($id: ID!) {\n    township(id: $id) {\n      id\n      name\n      kind\n      entityCount\n      supervisionRounds {\n        id\n        year\n        batch\n        inspectedOn\n        findings\n      }\n      notices {\n        id\n        kind\n        number\n        title\n        sentOn\n        dueOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TownshipList {\n    townships {\n      id\n      name\n      kind\n      entityCount\n    }\n  }\n"): (typeof documents)["\n  query TownshipList {\n    townships {\n      id\n      name\n      kind\n      entityCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageQueue($filter: VillageReportFilter, $first: Int, $after: String) {\n    villageReports(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...TriageOutcomeFields\n        kind\n        entityName\n        description\n        reporterName\n        receivedAt\n        receivedOn\n        dueOn\n        overdue\n        village {\n          id\n          name\n        }\n        township {\n          ...TownshipRef\n        }\n        entity {\n          ...EntityRef\n        }\n        photos {\n          index\n          size\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VillageQueue($filter: VillageReportFilter, $first: Int, $after: String) {\n    villageReports(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...TriageOutcomeFields\n        kind\n        entityName\n        description\n        reporterName\n        receivedAt\n        receivedOn\n        dueOn\n        overdue\n        village {\n          id\n          name\n        }\n        township {\n          ...TownshipRef\n        }\n        entity {\n          ...EntityRef\n        }\n        photos {\n          index\n          size\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VillageOptions($townshipId: ID) {\n    villages(townshipId: $townshipId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query VillageOptions($townshipId: ID) {\n    villages(townshipId: $townshipId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticePrint($townshipId: ID!) {\n    township(id: $townshipId) {\n      id\n      name\n      notices {\n        ...NoticeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticePrint($townshipId: ID!) {\n    township(id: $townshipId) {\n      id\n      name\n      notices {\n        ...NoticeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StationChecklistFields on SupervisionStation {\n    id\n    version\n    updatedAt\n    checklistDone\n    checklist {\n      key\n      label\n      done\n      doneOn\n    }\n  }\n"): (typeof documents)["\n  fragment StationChecklistFields on SupervisionStation {\n    id\n    version\n    updatedAt\n    checklistDone\n    checklist {\n      key\n      label\n      done\n      doneOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionStations {\n    supervisionStations {\n      ...StationChecklistFields\n      name\n      townships {\n        ...TownshipRef\n      }\n      officers {\n        name\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionStations {\n    supervisionStations {\n      ...StationChecklistFields\n      name\n      townships {\n        ...TownshipRef\n      }\n      officers {\n        name\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStationChecklistItem($stationId: ID!, $version: Int!, $key: String!, $done: Boolean!, $doneOn: String) {\n    setStationChecklistItem(stationId: $stationId, version: $version, key: $key, done: $done, doneOn: $doneOn) {\n      ...StationChecklistFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetStationChecklistItem($stationId: ID!, $version: Int!, $key: String!, $done: Boolean!, $doneOn: String) {\n    setStationChecklistItem(stationId: $stationId, version: $version, key: $key, done: $done, doneOn: $doneOn) {\n      ...StationChecklistFields\n    }\n  }\n"];
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