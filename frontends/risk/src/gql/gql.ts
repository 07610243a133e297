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
    "\n  query RecordAuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      risk {\n        ...AuditPageFields\n      }\n    }\n  }\n": typeof types.RecordAuditTrailDocument,
    "\n  fragment ReportRuleFields on IncidentReportLimit {\n    level\n    hours\n    source\n    isDefault\n    updatedBy\n    updatedAt\n  }\n": typeof types.ReportRuleFieldsFragmentDoc,
    "\n  query IncidentReportRules {\n    incidentReportRules {\n      name\n      ...ReportRuleFields\n    }\n  }\n": typeof types.IncidentReportRulesDocument,
    "\n  mutation UpdateIncidentReportRule($level: IncidentLevel!, $hours: Int!, $source: String) {\n    updateIncidentReportRule(level: $level, hours: $hours, source: $source) {\n      ...ReportRuleFields\n    }\n  }\n": typeof types.UpdateIncidentReportRuleDocument,
    "\n  mutation CreateRisk($input: RiskInput!) {\n    createRisk(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateRiskDocument,
    "\n  mutation UpdateRisk($id: ID!, $version: Int!, $input: RiskInput!) {\n    updateRisk(id: $id, version: $version, input: $input) {\n      id\n      version\n      level\n    }\n  }\n": typeof types.UpdateRiskDocument,
    "\n  query RiskMatrix {\n    riskMatrix {\n      likelihoods\n      severities\n      cells\n      updatedAt\n    }\n  }\n": typeof types.RiskMatrixDocument,
    "\n  mutation UpdateRiskMatrix($cells: [[RiskLevel!]!]!) {\n    updateRiskMatrix(cells: $cells) {\n      likelihoods\n      severities\n      cells\n      updatedAt\n    }\n  }\n": typeof types.UpdateRiskMatrixDocument,
    "\n  fragment DutyItem on Duty {\n    id\n    code\n    task\n    status\n    dueDate\n    version\n    evidence\n    ownerKind\n    ownerDepartment\n    # Written out, not TownshipRef: a consultation's list reads this for every conclusion, and the gateway counts a\n    # fragment spread as armor does (one level deeper, so dearer): with it a page of 100 consultations would cost more\n    # than the gateway's limit (gateway limits.test.ts).\n    township {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    clock {\n      deadline\n      remaining\n      status\n      overdue\n      calendarNote\n    }\n  }\n": typeof types.DutyItemFragmentDoc,
    "\n  mutation CompleteDuty($id: ID!, $version: Int!, $evidence: String!) {\n    completeDuty(id: $id, version: $version, evidence: $evidence) {\n      id\n    }\n  }\n": typeof types.CompleteDutyDocument,
    "\n  mutation CreateDuty($input: DutyInput!) {\n    createDuty(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateDutyDocument,
    "\n  mutation UpdateDuty($id: ID!, $version: Int!, $input: DutyUpdateInput!) {\n    updateDuty(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateDutyDocument,
    "\n  fragment HazardRow on Hazard {\n    id\n    code\n    description\n    foundOn\n    rectifyBy\n    rectifiedOn\n    rectifiedNote\n    verifiedBy\n    verifiedOn\n    status\n    overdue\n    version\n    enforcementCase {\n      ...LinkedCase\n    }\n    entity {\n      ...EntityRef\n    }\n    township {\n      ...TownshipRef\n    }\n    investigation {\n      id\n      theme\n    }\n    risk {\n      ...RiskRef\n    }\n  }\n": typeof types.HazardRowFragmentDoc,
    "\n  mutation RecordHazard($input: HazardInput!) {\n    recordHazard(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordHazardDocument,
    "\n  mutation RectifyHazard($id: ID!, $version: Int!, $rectifiedOn: String!, $note: String!) {\n    rectifyHazard(id: $id, version: $version, rectifiedOn: $rectifiedOn, note: $note) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.RectifyHazardDocument,
    "\n  mutation VerifyHazard($id: ID!, $version: Int!) {\n    verifyHazard(id: $id, version: $version) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.VerifyHazardDocument,
    "\n  mutation LinkHazardRisk($id: ID!, $version: Int!, $riskId: ID!) {\n    linkHazardRisk(id: $id, version: $version, riskId: $riskId) {\n      id\n      version\n      risk {\n        ...RiskRef\n      }\n    }\n  }\n": typeof types.LinkHazardRiskDocument,
    "\n  mutation LinkHazardCase($id: ID!, $version: Int!, $caseId: ID!) {\n    linkHazardCase(id: $id, version: $version, caseId: $caseId) {\n      id\n      version\n      enforcementCase {\n        id\n      }\n    }\n  }\n": typeof types.LinkHazardCaseDocument,
    "\n  fragment ReportClockFields on IncidentReportClock {\n    deadline\n    hoursAllowed\n    reportedAt\n    missed\n    status\n    remainingMinutes\n  }\n": typeof types.ReportClockFieldsFragmentDoc,
    "\n  mutation AdvanceIncident($id: ID!, $version: Int!, $step: IncidentStep!, $at: DateTimeISO!, $note: String) {\n    advanceIncident(id: $id, version: $version, step: $step, at: $at, note: $note) {\n      id\n      currentStep\n      version\n    }\n  }\n": typeof types.AdvanceIncidentDocument,
    "\n  mutation MarkIncidentReported($id: ID!, $version: Int!, $at: DateTimeISO!) {\n    markIncidentReported(id: $id, version: $version, at: $at) {\n      id\n      reportedAt\n      version\n    }\n  }\n": typeof types.MarkIncidentReportedDocument,
    "\n  mutation LinkIncidentRecords($id: ID!, $version: Int!, $sampleIds: [ID!]!, $caseIds: [ID!]!) {\n    linkIncidentRecords(id: $id, version: $version, sampleIds: $sampleIds, caseIds: $caseIds) {\n      id\n      version\n    }\n  }\n": typeof types.LinkIncidentRecordsDocument,
    "\n  query RiskOfficialOptions {\n    officials(first: 100) {\n      nodes {\n        id\n        name\n        title\n      }\n    }\n  }\n": typeof types.RiskOfficialOptionsDocument,
    "\n  query RiskPickerSearch($search: String) {\n    risks(filter: { search: $search }, first: 20) {\n      nodes {\n        ...RiskRef\n      }\n    }\n  }\n": typeof types.RiskPickerSearchDocument,
    "\n  query RiskSampleOptions($search: String) {\n    samples(filter: { search: $search }, first: 20) {\n      nodes {\n        id\n        number\n        foodName\n      }\n    }\n  }\n": typeof types.RiskSampleOptionsDocument,
    "\n  query ConsultationList($filter: ConsultationFilter, $first: Int, $after: String) {\n    consultations(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        code\n        date\n        title\n        departments\n        # Written out, not the TownshipRef / RiskRef fragments: the gateway counts a fragment spread as armor does\n        # (one level deeper, so dearer). With them and DutyItem's a page of 100 cost 54,569 of the gateway's 50,000;\n        # with DutyItem's alone written out, 48,273; all written out, 43,463 (gateway limits.test.ts).\n        townships {\n          id\n          name\n        }\n        risks {\n          id\n          code\n          title\n        }\n        conclusions {\n          id\n          text\n          duty {\n            ...DutyItem\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsultationListDocument,
    "\n  mutation CreateConsultation($input: ConsultationInput!) {\n    createConsultation(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateConsultationDocument,
    "\n  query DrillList($filter: DrillFilter, $first: Int, $after: String) {\n    drills(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        code\n        scenario\n        date\n        departments\n        participants\n        evaluation\n        version\n        townships {\n          ...TownshipRef\n        }\n        followUps {\n          ...DutyItem\n        }\n      }\n    }\n  }\n": typeof types.DrillListDocument,
    "\n  mutation CreateDrill($input: DrillInput!) {\n    createDrill(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateDrillDocument,
    "\n  mutation EvaluateDrill($id: ID!, $version: Int!, $evaluation: String!) {\n    evaluateDrill(id: $id, version: $version, evaluation: $evaluation) {\n      id\n      evaluation\n      version\n    }\n  }\n": typeof types.EvaluateDrillDocument,
    "\n  query DutyList($filter: DutyFilter, $first: Int, $after: String) {\n    duties(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...DutyItem\n        basis\n        frequency\n        completedAt\n        risk {\n          ...RiskRef\n        }\n        consultation {\n          id\n          title\n        }\n        drill {\n          id\n          scenario\n        }\n      }\n    }\n  }\n": typeof types.DutyListDocument,
    "\n  query IncidentDetail($id: ID!) {\n    incident(id: $id) {\n      id\n      code\n      title\n      kind\n      level\n      occurredAt\n      receivedAt\n      place\n      affected\n      reportedAt\n      responseDepartments\n      currentStep\n      version\n      township {\n        ...TownshipRef\n      }\n      entity {\n        ...EntityRef\n      }\n      timeline {\n        step\n        at\n        note\n        by\n      }\n      reportClock {\n        ...ReportClockFields\n        source\n      }\n      samples {\n        id\n        number\n        foodName\n        sampledOn\n      }\n      cases {\n        ...LinkedCase\n      }\n    }\n  }\n": typeof types.IncidentDetailDocument,
    "\n  query IncidentList($filter: IncidentFilter, $first: Int, $after: String) {\n    incidents(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        code\n        title\n        kind\n        level\n        occurredAt\n        place\n        affected\n        reportedAt\n        currentStep\n        responseDepartments\n        township {\n          ...TownshipRef\n        }\n        entity {\n          ...EntityRef\n        }\n        reportClock {\n          ...ReportClockFields\n        }\n      }\n    }\n  }\n": typeof types.IncidentListDocument,
    "\n  mutation ReportIncident($input: IncidentInput!) {\n    reportIncident(input: $input) {\n      id\n    }\n  }\n": typeof types.ReportIncidentDocument,
    "\n  fragment InvestigationRound on HazardInvestigation {\n    id\n    code\n    theme\n    startDate\n    endDate\n    status\n    hazardCount\n    rectifiedCount\n    townships {\n      ...TownshipRef\n    }\n  }\n": typeof types.InvestigationRoundFragmentDoc,
    "\n  query HazardInvestigationList($filter: HazardInvestigationFilter, $first: Int, $after: String) {\n    hazardInvestigations(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...InvestigationRound\n      }\n    }\n  }\n": typeof types.HazardInvestigationListDocument,
    "\n  query HazardList($filter: HazardFilter, $first: Int, $after: String) {\n    hazards(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...HazardRow\n      }\n    }\n  }\n": typeof types.HazardListDocument,
    "\n  mutation SetHazardInvestigationStatus($id: ID!, $version: Int!, $status: InvestigationStatus!) {\n    setHazardInvestigationStatus(id: $id, version: $version, status: $status) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.SetHazardInvestigationStatusDocument,
    "\n  mutation CreateHazardInvestigation($input: HazardInvestigationInput!) {\n    createHazardInvestigation(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateHazardInvestigationDocument,
    "\n  query HazardInvestigationDetail($id: ID!) {\n    hazardInvestigation(id: $id) {\n      ...InvestigationRound\n      version\n    }\n  }\n": typeof types.HazardInvestigationDetailDocument,
    "\n  query RiskDetail($id: ID!) {\n    risk(id: $id) {\n      id\n      code\n      title\n      hazard\n      source\n      category\n      likelihood\n      severity\n      level\n      status\n      version\n      controls\n      ownerDepartment\n      reviewDate\n      businessCategories\n      townships {\n        ...TownshipRef\n      }\n      owner {\n        id\n        name\n        title\n      }\n      levelHistory {\n        at\n        from\n        to\n        likelihood\n        severity\n        reason\n        by\n      }\n      duties {\n        id\n      }\n      hazards(first: 1) {\n        totalCount\n      }\n    }\n  }\n": typeof types.RiskDetailDocument,
    "\n  query RiskList($filter: RiskFilter, $first: Int, $after: String) {\n    risks(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        code\n        title\n        category\n        likelihood\n        severity\n        level\n        status\n        ownerDepartment\n        reviewDate\n        townships {\n          ...TownshipRef\n        }\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.RiskListDocument,
    "\n  query RiskCells($filter: RiskFilter, $first: Int, $after: String) {\n    risks(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        likelihood\n        severity\n      }\n    }\n  }\n": typeof types.RiskCellsDocument,
    "fragment RiskRef on Risk {\n  id\n  code\n  title\n}\n\nfragment LinkedCase on Case {\n  id\n  number\n  title\n}": typeof types.RiskRefFragmentDoc,
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
    "\n  query RecordAuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      risk {\n        ...AuditPageFields\n      }\n    }\n  }\n": types.RecordAuditTrailDocument,
    "\n  fragment ReportRuleFields on IncidentReportLimit {\n    level\n    hours\n    source\n    isDefault\n    updatedBy\n    updatedAt\n  }\n": types.ReportRuleFieldsFragmentDoc,
    "\n  query IncidentReportRules {\n    incidentReportRules {\n      name\n      ...ReportRuleFields\n    }\n  }\n": types.IncidentReportRulesDocument,
    "\n  mutation UpdateIncidentReportRule($level: IncidentLevel!, $hours: Int!, $source: String) {\n    updateIncidentReportRule(level: $level, hours: $hours, source: $source) {\n      ...ReportRuleFields\n    }\n  }\n": types.UpdateIncidentReportRuleDocument,
    "\n  mutation CreateRisk($input: RiskInput!) {\n    createRisk(input: $input) {\n      id\n    }\n  }\n": types.CreateRiskDocument,
    "\n  mutation UpdateRisk($id: ID!, $version: Int!, $input: RiskInput!) {\n    updateRisk(id: $id, version: $version, input: $input) {\n      id\n      version\n      level\n    }\n  }\n": types.UpdateRiskDocument,
    "\n  query RiskMatrix {\n    riskMatrix {\n      likelihoods\n      severities\n      cells\n      updatedAt\n    }\n  }\n": types.RiskMatrixDocument,
    "\n  mutation UpdateRiskMatrix($cells: [[RiskLevel!]!]!) {\n    updateRiskMatrix(cells: $cells) {\n      likelihoods\n      severities\n      cells\n      updatedAt\n    }\n  }\n": types.UpdateRiskMatrixDocument,
    "\n  fragment DutyItem on Duty {\n    id\n    code\n    task\n    status\n    dueDate\n    version\n    evidence\n    ownerKind\n    ownerDepartment\n    # Written out, not TownshipRef: a consultation's list reads this for every conclusion, and the gateway counts a\n    # fragment spread as armor does (one level deeper, so dearer): with it a page of 100 consultations would cost more\n    # than the gateway's limit (gateway limits.test.ts).\n    township {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    clock {\n      deadline\n      remaining\n      status\n      overdue\n      calendarNote\n    }\n  }\n": types.DutyItemFragmentDoc,
    "\n  mutation CompleteDuty($id: ID!, $version: Int!, $evidence: String!) {\n    completeDuty(id: $id, version: $version, evidence: $evidence) {\n      id\n    }\n  }\n": types.CompleteDutyDocument,
    "\n  mutation CreateDuty($input: DutyInput!) {\n    createDuty(input: $input) {\n      id\n    }\n  }\n": types.CreateDutyDocument,
    "\n  mutation UpdateDuty($id: ID!, $version: Int!, $input: DutyUpdateInput!) {\n    updateDuty(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateDutyDocument,
    "\n  fragment HazardRow on Hazard {\n    id\n    code\n    description\n    foundOn\n    rectifyBy\n    rectifiedOn\n    rectifiedNote\n    verifiedBy\n    verifiedOn\n    status\n    overdue\n    version\n    enforcementCase {\n      ...LinkedCase\n    }\n    entity {\n      ...EntityRef\n    }\n    township {\n      ...TownshipRef\n    }\n    investigation {\n      id\n      theme\n    }\n    risk {\n      ...RiskRef\n    }\n  }\n": types.HazardRowFragmentDoc,
    "\n  mutation RecordHazard($input: HazardInput!) {\n    recordHazard(input: $input) {\n      id\n    }\n  }\n": types.RecordHazardDocument,
    "\n  mutation RectifyHazard($id: ID!, $version: Int!, $rectifiedOn: String!, $note: String!) {\n    rectifyHazard(id: $id, version: $version, rectifiedOn: $rectifiedOn, note: $note) {\n      id\n      status\n      version\n    }\n  }\n": types.RectifyHazardDocument,
    "\n  mutation VerifyHazard($id: ID!, $version: Int!) {\n    verifyHazard(id: $id, version: $version) {\n      id\n      status\n      version\n    }\n  }\n": types.VerifyHazardDocument,
    "\n  mutation LinkHazardRisk($id: ID!, $version: Int!, $riskId: ID!) {\n    linkHazardRisk(id: $id, version: $version, riskId: $riskId) {\n      id\n      version\n      risk {\n        ...RiskRef\n      }\n    }\n  }\n": types.LinkHazardRiskDocument,
    "\n  mutation LinkHazardCase($id: ID!, $version: Int!, $caseId: ID!) {\n    linkHazardCase(id: $id, version: $version, caseId: $caseId) {\n      id\n      version\n      enforcementCase {\n        id\n      }\n    }\n  }\n": types.LinkHazardCaseDocument,
    "\n  fragment ReportClockFields on IncidentReportClock {\n    deadline\n    hoursAllowed\n    reportedAt\n    missed\n    status\n    remainingMinutes\n  }\n": types.ReportClockFieldsFragmentDoc,
    "\n  mutation AdvanceIncident($id: ID!, $version: Int!, $step: IncidentStep!, $at: DateTimeISO!, $note: String) {\n    advanceIncident(id: $id, version: $version, step: $step, at: $at, note: $note) {\n      id\n      currentStep\n      version\n    }\n  }\n": types.AdvanceIncidentDocument,
    "\n  mutation MarkIncidentReported($id: ID!, $version: Int!, $at: DateTimeISO!) {\n    markIncidentReported(id: $id, version: $version, at: $at) {\n      id\n      reportedAt\n      version\n    }\n  }\n": types.MarkIncidentReportedDocument,
    "\n  mutation LinkIncidentRecords($id: ID!, $version: Int!, $sampleIds: [ID!]!, $caseIds: [ID!]!) {\n    linkIncidentRecords(id: $id, version: $version, sampleIds: $sampleIds, caseIds: $caseIds) {\n      id\n      version\n    }\n  }\n": types.LinkIncidentRecordsDocument,
    "\n  query RiskOfficialOptions {\n    officials(first: 100) {\n      nodes {\n        id\n        name\n        title\n      }\n    }\n  }\n": types.RiskOfficialOptionsDocument,
    "\n  query RiskPickerSearch($search: String) {\n    risks(filter: { search: $search }, first: 20) {\n      nodes {\n        ...RiskRef\n      }\n    }\n  }\n": types.RiskPickerSearchDocument,
    "\n  query RiskSampleOptions($search: String) {\n    samples(filter: { search: $search }, first: 20) {\n      nodes {\n        id\n        number\n        foodName\n      }\n    }\n  }\n": types.RiskSampleOptionsDocument,
    "\n  query ConsultationList($filter: ConsultationFilter, $first: Int, $after: String) {\n    consultations(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        code\n        date\n        title\n        departments\n        # Written out, not the TownshipRef / RiskRef fragments: the gateway counts a fragment spread as armor does\n        # (one level deeper, so dearer). With them and DutyItem's a page of 100 cost 54,569 of the gateway's 50,000;\n        # with DutyItem's alone written out, 48,273; all written out, 43,463 (gateway limits.test.ts).\n        townships {\n          id\n          name\n        }\n        risks {\n          id\n          code\n          title\n        }\n        conclusions {\n          id\n          text\n          duty {\n            ...DutyItem\n          }\n        }\n      }\n    }\n  }\n": types.ConsultationListDocument,
    "\n  mutation CreateConsultation($input: ConsultationInput!) {\n    createConsultation(input: $input) {\n      id\n    }\n  }\n": types.CreateConsultationDocument,
    "\n  query DrillList($filter: DrillFilter, $first: Int, $after: String) {\n    drills(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        code\n        scenario\n        date\n        departments\n        participants\n        evaluation\n        version\n        townships {\n          ...TownshipRef\n        }\n        followUps {\n          ...DutyItem\n        }\n      }\n    }\n  }\n": types.DrillListDocument,
    "\n  mutation CreateDrill($input: DrillInput!) {\n    createDrill(input: $input) {\n      id\n    }\n  }\n": types.CreateDrillDocument,
    "\n  mutation EvaluateDrill($id: ID!, $version: Int!, $evaluation: String!) {\n    evaluateDrill(id: $id, version: $version, evaluation: $evaluation) {\n      id\n      evaluation\n      version\n    }\n  }\n": types.EvaluateDrillDocument,
    "\n  query DutyList($filter: DutyFilter, $first: Int, $after: String) {\n    duties(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...DutyItem\n        basis\n        frequency\n        completedAt\n        risk {\n          ...RiskRef\n        }\n        consultation {\n          id\n          title\n        }\n        drill {\n          id\n          scenario\n        }\n      }\n    }\n  }\n": types.DutyListDocument,
    "\n  query IncidentDetail($id: ID!) {\n    incident(id: $id) {\n      id\n      code\n      title\n      kind\n      level\n      occurredAt\n      receivedAt\n      place\n      affected\n      reportedAt\n      responseDepartments\n      currentStep\n      version\n      township {\n        ...TownshipRef\n      }\n      entity {\n        ...EntityRef\n      }\n      timeline {\n        step\n        at\n        note\n        by\n      }\n      reportClock {\n        ...ReportClockFields\n        source\n      }\n      samples {\n        id\n        number\n        foodName\n        sampledOn\n      }\n      cases {\n        ...LinkedCase\n      }\n    }\n  }\n": types.IncidentDetailDocument,
    "\n  query IncidentList($filter: IncidentFilter, $first: Int, $after: String) {\n    incidents(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        code\n        title\n        kind\n        level\n        occurredAt\n        place\n        affected\n        reportedAt\n        currentStep\n        responseDepartments\n        township {\n          ...TownshipRef\n        }\n        entity {\n          ...EntityRef\n        }\n        reportClock {\n          ...ReportClockFields\n        }\n      }\n    }\n  }\n": types.IncidentListDocument,
    "\n  mutation ReportIncident($input: IncidentInput!) {\n    reportIncident(input: $input) {\n      id\n    }\n  }\n": types.ReportIncidentDocument,
    "\n  fragment InvestigationRound on HazardInvestigation {\n    id\n    code\n    theme\n    startDate\n    endDate\n    status\n    hazardCount\n    rectifiedCount\n    townships {\n      ...TownshipRef\n    }\n  }\n": types.InvestigationRoundFragmentDoc,
    "\n  query HazardInvestigationList($filter: HazardInvestigationFilter, $first: Int, $after: String) {\n    hazardInvestigations(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...InvestigationRound\n      }\n    }\n  }\n": types.HazardInvestigationListDocument,
    "\n  query HazardList($filter: HazardFilter, $first: Int, $after: String) {\n    hazards(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...HazardRow\n      }\n    }\n  }\n": types.HazardListDocument,
    "\n  mutation SetHazardInvestigationStatus($id: ID!, $version: Int!, $status: InvestigationStatus!) {\n    setHazardInvestigationStatus(id: $id, version: $version, status: $status) {\n      id\n      status\n      version\n    }\n  }\n": types.SetHazardInvestigationStatusDocument,
    "\n  mutation CreateHazardInvestigation($input: HazardInvestigationInput!) {\n    createHazardInvestigation(input: $input) {\n      id\n    }\n  }\n": types.CreateHazardInvestigationDocument,
    "\n  query HazardInvestigationDetail($id: ID!) {\n    hazardInvestigation(id: $id) {\n      ...InvestigationRound\n      version\n    }\n  }\n": types.HazardInvestigationDetailDocument,
    "\n  query RiskDetail($id: ID!) {\n    risk(id: $id) {\n      id\n      code\n      title\n      hazard\n      source\n      category\n      likelihood\n      severity\n      level\n      status\n      version\n      controls\n      ownerDepartment\n      reviewDate\n      businessCategories\n      townships {\n        ...TownshipRef\n      }\n      owner {\n        id\n        name\n        title\n      }\n      levelHistory {\n        at\n        from\n        to\n        likelihood\n        severity\n        reason\n        by\n      }\n      duties {\n        id\n      }\n      hazards(first: 1) {\n        totalCount\n      }\n    }\n  }\n": types.RiskDetailDocument,
    "\n  query RiskList($filter: RiskFilter, $first: Int, $after: String) {\n    risks(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        code\n        title\n        category\n        likelihood\n        severity\n        level\n        status\n        ownerDepartment\n        reviewDate\n        townships {\n          ...TownshipRef\n        }\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.RiskListDocument,
    "\n  query RiskCells($filter: RiskFilter, $first: Int, $after: String) {\n    risks(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        likelihood\n        severity\n      }\n    }\n  }\n": types.RiskCellsDocument,
    "fragment RiskRef on Risk {\n  id\n  code\n  title\n}\n\nfragment LinkedCase on Case {\n  id\n  number\n  title\n}": types.RiskRefFragmentDoc,
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
export function graphql(source: "\n  query RecordAuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      risk {\n        ...AuditPageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordAuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      risk {\n        ...AuditPageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportRuleFields on IncidentReportLimit {\n    level\n    hours\n    source\n    isDefault\n    updatedBy\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ReportRuleFields on IncidentReportLimit {\n    level\n    hours\n    source\n    isDefault\n    updatedBy\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentReportRules {\n    incidentReportRules {\n      name\n      ...ReportRuleFields\n    }\n  }\n"): (typeof documents)["\n  query IncidentReportRules {\n    incidentReportRules {\n      name\n      ...ReportRuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIncidentReportRule($level: IncidentLevel!, $hours: Int!, $source: String) {\n    updateIncidentReportRule(level: $level, hours: $hours, source: $source) {\n      ...ReportRuleFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIncidentReportRule($level: IncidentLevel!, $hours: Int!, $source: String) {\n    updateIncidentReportRule(level: $level, hours: $hours, source: $source) {\n      ...ReportRuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRisk($input: RiskInput!) {\n    createRisk(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRisk($input: RiskInput!) {\n    createRisk(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRisk($id: ID!, $version: Int!, $input: RiskInput!) {\n    updateRisk(id: $id, version: $version, input: $input) {\n      id\n      version\n      level\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRisk($id: ID!, $version: Int!, $input: RiskInput!) {\n    updateRisk(id: $id, version: $version, input: $input) {\n      id\n      version\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskMatrix {\n    riskMatrix {\n      likelihoods\n      severities\n      cells\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query RiskMatrix {\n    riskMatrix {\n      likelihoods\n      severities\n      cells\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRiskMatrix($cells: [[RiskLevel!]!]!) {\n    updateRiskMatrix(cells: $cells) {\n      likelihoods\n      severities\n      cells\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRiskMatrix($cells: [[RiskLevel!]!]!) {\n    updateRiskMatrix(cells: $cells) {\n      likelihoods\n      severities\n      cells\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DutyItem on Duty {\n    id\n    code\n    task\n    status\n    dueDate\n    version\n    evidence\n    ownerKind\n    ownerDepartment\n    # Written out, not TownshipRef: a consultation's list reads this for every conclusion, and the gateway counts a\n    # fragment spread as armor does (one level deeper, so dearer): with it a page of 100 consultations would cost more\n    # than the gateway's limit (gateway limits.test.ts).\n    township {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    clock {\n      deadline\n      remaining\n      status\n      overdue\n      calendarNote\n    }\n  }\n"): (typeof documents)["\n  fragment DutyItem on Duty {\n    id\n    code\n    task\n    status\n    dueDate\n    version\n    evidence\n    ownerKind\n    ownerDepartment\n    # Written out, not TownshipRef: a consultation's list reads this for every conclusion, and the gateway counts a\n    # fragment spread as armor does (one level deeper, so dearer): with it a page of 100 consultations would cost more\n    # than the gateway's limit (gateway limits.test.ts).\n    township {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    clock {\n      deadline\n      remaining\n      status\n      overdue\n      calendarNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteDuty($id: ID!, $version: Int!, $evidence: String!) {\n    completeDuty(id: $id, version: $version, evidence: $evidence) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteDuty($id: ID!, $version: Int!, $evidence: String!) {\n    completeDuty(id: $id, version: $version, evidence: $evidence) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDuty($input: DutyInput!) {\n    createDuty(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDuty($input: DutyInput!) {\n    createDuty(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDuty($id: ID!, $version: Int!, $input: DutyUpdateInput!) {\n    updateDuty(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDuty($id: ID!, $version: Int!, $input: DutyUpdateInput!) {\n    updateDuty(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HazardRow on Hazard {\n    id\n    code\n    description\n    foundOn\n    rectifyBy\n    rectifiedOn\n    rectifiedNote\n    verifiedBy\n    verifiedOn\n    status\n    overdue\n    version\n    enforcementCase {\n      ...LinkedCase\n    }\n    entity {\n      ...EntityRef\n    }\n    township {\n      ...TownshipRef\n    }\n    investigation {\n      id\n      theme\n    }\n    risk {\n      ...RiskRef\n    }\n  }\n"): (typeof documents)["\n  fragment HazardRow on Hazard {\n    id\n    code\n    description\n    foundOn\n    rectifyBy\n    rectifiedOn\n    rectifiedNote\n    verifiedBy\n    verifiedOn\n    status\n    overdue\n    version\n    enforcementCase {\n      ...LinkedCase\n    }\n    entity {\n      ...EntityRef\n    }\n    township {\n      ...TownshipRef\n    }\n    investigation {\n      id\n      theme\n    }\n    risk {\n      ...RiskRef\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordHazard($input: HazardInput!) {\n    recordHazard(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordHazard($input: HazardInput!) {\n    recordHazard(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RectifyHazard($id: ID!, $version: Int!, $rectifiedOn: String!, $note: String!) {\n    rectifyHazard(id: $id, version: $version, rectifiedOn: $rectifiedOn, note: $note) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RectifyHazard($id: ID!, $version: Int!, $rectifiedOn: String!, $note: String!) {\n    rectifyHazard(id: $id, version: $version, rectifiedOn: $rectifiedOn, note: $note) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyHazard($id: ID!, $version: Int!) {\n    verifyHazard(id: $id, version: $version) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyHazard($id: ID!, $version: Int!) {\n    verifyHazard(id: $id, version: $version) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkHazardRisk($id: ID!, $version: Int!, $riskId: ID!) {\n    linkHazardRisk(id: $id, version: $version, riskId: $riskId) {\n      id\n      version\n      risk {\n        ...RiskRef\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkHazardRisk($id: ID!, $version: Int!, $riskId: ID!) {\n    linkHazardRisk(id: $id, version: $version, riskId: $riskId) {\n      id\n      version\n      risk {\n        ...RiskRef\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkHazardCase($id: ID!, $version: Int!, $caseId: ID!) {\n    linkHazardCase(id: $id, version: $version, caseId: $caseId) {\n      id\n      version\n      enforcementCase {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkHazardCase($id: ID!, $version: Int!, $caseId: ID!) {\n    linkHazardCase(id: $id, version: $version, caseId: $caseId) {\n      id\n      version\n      enforcementCase {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportClockFields on IncidentReportClock {\n    deadline\n    hoursAllowed\n    reportedAt\n    missed\n    status\n    remainingMinutes\n  }\n"): (typeof documents)["\n  fragment ReportClockFields on IncidentReportClock {\n    deadline\n    hoursAllowed\n    reportedAt\n    missed\n    status\n    remainingMinutes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceIncident($id: ID!, $version: Int!, $step: IncidentStep!, $at: DateTimeISO!, $note: String) {\n    advanceIncident(id: $id, version: $version, step: $step, at: $at, note: $note) {\n      id\n      currentStep\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AdvanceIncident($id: ID!, $version: Int!, $step: IncidentStep!, $at: DateTimeISO!, $note: String) {\n    advanceIncident(id: $id, version: $version, step: $step, at: $at, note: $note) {\n      id\n      currentStep\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkIncidentReported($id: ID!, $version: Int!, $at: DateTimeISO!) {\n    markIncidentReported(id: $id, version: $version, at: $at) {\n      id\n      reportedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MarkIncidentReported($id: ID!, $version: Int!, $at: DateTimeISO!) {\n    markIncidentReported(id: $id, version: $version, at: $at) {\n      id\n      reportedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkIncidentRecords($id: ID!, $version: Int!, $sampleIds: [ID!]!, $caseIds: [ID!]!) {\n    linkIncidentRecords(id: $id, version: $version, sampleIds: $sampleIds, caseIds: $caseIds) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation LinkIncidentRecords($id: ID!, $version: Int!, $sampleIds: [ID!]!, $caseIds: [ID!]!) {\n    linkIncidentRecords(id: $id, version: $version, sampleIds: $sampleIds, caseIds: $caseIds) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskOfficialOptions {\n    officials(first: 100) {\n      nodes {\n        id\n        name\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query RiskOfficialOptions {\n    officials(first: 100) {\n      nodes {\n        id\n        name\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskPickerSearch($search: String) {\n    risks(filter: { search: $search }, first: 20) {\n      nodes {\n        ...RiskRef\n      }\n    }\n  }\n"): (typeof documents)["\n  query RiskPickerSearch($search: String) {\n    risks(filter: { search: $search }, first: 20) {\n      nodes {\n        ...RiskRef\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskSampleOptions($search: String) {\n    samples(filter: { search: $search }, first: 20) {\n      nodes {\n        id\n        number\n        foodName\n      }\n    }\n  }\n"): (typeof documents)["\n  query RiskSampleOptions($search: String) {\n    samples(filter: { search: $search }, first: 20) {\n      nodes {\n        id\n        number\n        foodName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationList($filter: ConsultationFilter, $first: Int, $after: String) {\n    consultations(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        code\n        date\n        title\n        departments\n        # Written out, not the TownshipRef / RiskRef fragments: the gateway counts a fragment spread as armor does\n        # (one level deeper, so dearer). With them and DutyItem's a page of 100 cost 54,569 of the gateway's 50,000;\n        # with DutyItem's alone written out, 48,273; all written out, 43,463 (gateway limits.test.ts).\n        townships {\n          id\n          name\n        }\n        risks {\n          id\n          code\n          title\n        }\n        conclusions {\n          id\n          text\n          duty {\n            ...DutyItem\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsultationList($filter: ConsultationFilter, $first: Int, $after: String) {\n    consultations(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        code\n        date\n        title\n        departments\n        # Written out, not the TownshipRef / RiskRef fragments: the gateway counts a fragment spread as armor does\n        # (one level deeper, so dearer). With them and DutyItem's a page of 100 cost 54,569 of the gateway's 50,000;\n        # with DutyItem's alone written out, 48,273; all written out, 43,463 (gateway limits.test.ts).\n        townships {\n          id\n          name\n        }\n        risks {\n          id\n          code\n          title\n        }\n        conclusions {\n          id\n          text\n          duty {\n            ...DutyItem\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateConsultation($input: ConsultationInput!) {\n    createConsultation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateConsultation($input: ConsultationInput!) {\n    createConsultation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrillList($filter: DrillFilter, $first: Int, $after: String) {\n    drills(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        code\n        scenario\n        date\n        departments\n        participants\n        evaluation\n        version\n        townships {\n          ...TownshipRef\n        }\n        followUps {\n          ...DutyItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrillList($filter: DrillFilter, $first: Int, $after: String) {\n    drills(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        code\n        scenario\n        date\n        departments\n        participants\n        evaluation\n        version\n        townships {\n          ...TownshipRef\n        }\n        followUps {\n          ...DutyItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDrill($input: DrillInput!) {\n    createDrill(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDrill($input: DrillInput!) {\n    createDrill(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluateDrill($id: ID!, $version: Int!, $evaluation: String!) {\n    evaluateDrill(id: $id, version: $version, evaluation: $evaluation) {\n      id\n      evaluation\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation EvaluateDrill($id: ID!, $version: Int!, $evaluation: String!) {\n    evaluateDrill(id: $id, version: $version, evaluation: $evaluation) {\n      id\n      evaluation\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyList($filter: DutyFilter, $first: Int, $after: String) {\n    duties(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...DutyItem\n        basis\n        frequency\n        completedAt\n        risk {\n          ...RiskRef\n        }\n        consultation {\n          id\n          title\n        }\n        drill {\n          id\n          scenario\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DutyList($filter: DutyFilter, $first: Int, $after: String) {\n    duties(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...DutyItem\n        basis\n        frequency\n        completedAt\n        risk {\n          ...RiskRef\n        }\n        consultation {\n          id\n          title\n        }\n        drill {\n          id\n          scenario\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentDetail($id: ID!) {\n    incident(id: $id) {\n      id\n      code\n      title\n      kind\n      level\n      occurredAt\n      receivedAt\n      place\n      affected\n      reportedAt\n      responseDepartments\n      currentStep\n      version\n      township {\n        ...TownshipRef\n      }\n      entity {\n        ...EntityRef\n      }\n      timeline {\n        step\n        at\n        note\n        by\n      }\n      reportClock {\n        ...ReportClockFields\n        source\n      }\n      samples {\n        id\n        number\n        foodName\n        sampledOn\n      }\n      cases {\n        ...LinkedCase\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncidentDetail($id: ID!) {\n    incident(id: $id) {\n      id\n      code\n      title\n      kind\n      level\n      occurredAt\n      receivedAt\n      place\n      affected\n      reportedAt\n      responseDepartments\n      currentStep\n      version\n      township {\n        ...TownshipRef\n      }\n      entity {\n        ...EntityRef\n      }\n      timeline {\n        step\n        at\n        note\n        by\n      }\n      reportClock {\n        ...ReportClockFields\n        source\n      }\n      samples {\n        id\n        number\n        foodName\n        sampledOn\n      }\n      cases {\n        ...LinkedCase\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentList($filter: IncidentFilter, $first: Int, $after: String) {\n    incidents(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        code\n        title\n        kind\n        level\n        occurredAt\n        place\n        affected\n        reportedAt\n        currentStep\n        responseDepartments\n        township {\n          ...TownshipRef\n        }\n        entity {\n          ...EntityRef\n        }\n        reportClock {\n          ...ReportClockFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncidentList($filter: IncidentFilter, $first: Int, $after: String) {\n    incidents(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        code\n        title\n        kind\n        level\n        occurredAt\n        place\n        affected\n        reportedAt\n        currentStep\n        responseDepartments\n        township {\n          ...TownshipRef\n        }\n        entity {\n          ...EntityRef\n        }\n        reportClock {\n          ...ReportClockFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportIncident($input: IncidentInput!) {\n    reportIncident(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReportIncident($input: IncidentInput!) {\n    reportIncident(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvestigationRound on HazardInvestigation {\n    id\n    code\n    theme\n    startDate\n    endDate\n    status\n    hazardCount\n    rectifiedCount\n    townships {\n      ...TownshipRef\n    }\n  }\n"): (typeof documents)["\n  fragment InvestigationRound on HazardInvestigation {\n    id\n    code\n    theme\n    startDate\n    endDate\n    status\n    hazardCount\n    rectifiedCount\n    townships {\n      ...TownshipRef\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HazardInvestigationList($filter: HazardInvestigationFilter, $first: Int, $after: String) {\n    hazardInvestigations(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...InvestigationRound\n      }\n    }\n  }\n"): (typeof documents)["\n  query HazardInvestigationList($filter: HazardInvestigationFilter, $first: Int, $after: String) {\n    hazardInvestigations(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...InvestigationRound\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HazardList($filter: HazardFilter, $first: Int, $after: String) {\n    hazards(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...HazardRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query HazardList($filter: HazardFilter, $first: Int, $after: String) {\n    hazards(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...HazardRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetHazardInvestigationStatus($id: ID!, $version: Int!, $status: InvestigationStatus!) {\n    setHazardInvestigationStatus(id: $id, version: $version, status: $status) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetHazardInvestigationStatus($id: ID!, $version: Int!, $status: InvestigationStatus!) {\n    setHazardInvestigationStatus(id: $id, version: $version, status: $status) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateHazardInvestigation($input: HazardInvestigationInput!) {\n    createHazardInvestigation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateHazardInvestigation($input: HazardInvestigationInput!) {\n    createHazardInvestigation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HazardInvestigationDetail($id: ID!) {\n    hazardInvestigation(id: $id) {\n      ...InvestigationRound\n      version\n    }\n  }\n"): (typeof documents)["\n  query HazardInvestigationDetail($id: ID!) {\n    hazardInvestigation(id: $id) {\n      ...InvestigationRound\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskDetail($id: ID!) {\n    risk(id: $id) {\n      id\n      code\n      title\n      hazard\n      source\n      category\n      likelihood\n      severity\n      level\n      status\n      version\n      controls\n      ownerDepartment\n      reviewDate\n      businessCategories\n      townships {\n        ...TownshipRef\n      }\n      owner {\n        id\n        name\n        title\n      }\n      levelHistory {\n        at\n        from\n        to\n        likelihood\n        severity\n        reason\n        by\n      }\n      duties {\n        id\n      }\n      hazards(first: 1) {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query RiskDetail($id: ID!) {\n    risk(id: $id) {\n      id\n      code\n      title\n      hazard\n      source\n      category\n      likelihood\n      severity\n      level\n      status\n      version\n      controls\n      ownerDepartment\n      reviewDate\n      businessCategories\n      townships {\n        ...TownshipRef\n      }\n      owner {\n        id\n        name\n        title\n      }\n      levelHistory {\n        at\n        from\n        to\n        likelihood\n        severity\n        reason\n        by\n      }\n      duties {\n        id\n      }\n      hazards(first: 1) {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskList($filter: RiskFilter, $first: Int, $after: String) {\n    risks(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        code\n        title\n        category\n        likelihood\n        severity\n        level\n        status\n        ownerDepartment\n        reviewDate\n        townships {\n          ...TownshipRef\n        }\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RiskList($filter: RiskFilter, $first: Int, $after: String) {\n    risks(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        code\n        title\n        category\n        likelihood\n        severity\n        level\n        status\n        ownerDepartment\n        reviewDate\n        townships {\n          ...TownshipRef\n        }\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskCells($filter: RiskFilter, $first: Int, $after: String) {\n    risks(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        likelihood\n        severity\n      }\n    }\n  }\n"): (typeof documents)["\n  query RiskCells($filter: RiskFilter, $first: Int, $after: String) {\n    risks(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        likelihood\n        severity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RiskRef on Risk {\n  id\n  code\n  title\n}\n\nfragment LinkedCase on Case {\n  id\n  number\n  title\n}"): (typeof documents)["fragment RiskRef on Risk {\n  id\n  code\n  title\n}\n\nfragment LinkedCase on Case {\n  id\n  number\n  title\n}"];
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