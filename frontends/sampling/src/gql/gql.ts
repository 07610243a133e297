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
    "\n  query RecordAuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      sampling {\n        ...AuditPageFields\n      }\n    }\n  }\n": typeof types.RecordAuditTrailDocument,
    "\n  mutation DecideObjection($input: ObjectionDecisionInput!) {\n    decideObjection(input: $input) {\n      id\n    }\n  }\n": typeof types.DecideObjectionDocument,
    "\n  query DisposalRule {\n    clockRules {\n      code\n      unit\n      extension\n    }\n  }\n": typeof types.DisposalRuleDocument,
    "\n  mutation ExtendDisposal($disposalId: ID!) {\n    extendDisposal(disposalId: $disposalId) {\n      id\n      extended\n      clock {\n        deadline\n        remaining\n        status\n      }\n    }\n  }\n": typeof types.ExtendDisposalDocument,
    "\n  query InfantFormulaSampleOptions($search: String) {\n    samples(filter: { category: INFANT_FORMULA, search: $search }, first: 20) {\n      nodes {\n        id\n        number\n        foodName\n        batchNumber\n        sampledOn\n      }\n    }\n  }\n": typeof types.InfantFormulaSampleOptionsDocument,
    "\n  mutation LinkInfantFormulaSample($batchId: ID!, $sampleId: ID!) {\n    linkInfantFormulaSample(batchId: $batchId, sampleId: $sampleId) {\n      id\n      sample {\n        id\n        number\n        foodName\n        verdict\n      }\n    }\n  }\n": typeof types.LinkInfantFormulaSampleDocument,
    "\n  mutation RegisterInfantFormulaBatch($input: InfantFormulaBatchInput!) {\n    registerInfantFormulaBatch(input: $input) {\n      id\n    }\n  }\n": typeof types.RegisterInfantFormulaBatchDocument,
    "\n  mutation MoveSample($input: MoveSampleInput!) {\n    moveSample(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.MoveSampleDocument,
    "\n  mutation RecordTestResults($sampleId: ID!, $items: [TestItemInput!]!) {\n    recordTestResults(sampleId: $sampleId, items: $items) {\n      id\n    }\n  }\n": typeof types.RecordTestResultsDocument,
    "\n  mutation RequestRecheck($input: RecheckInput!) {\n    requestRecheck(input: $input) {\n      id\n    }\n  }\n": typeof types.RequestRecheckDocument,
    "\n  mutation RecordRecheckResult($input: RecheckResultInput!) {\n    recordRecheckResult(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordRecheckResultDocument,
    "\n  mutation StartDisposal($input: DisposalInput!) {\n    startDisposal(input: $input) {\n      id\n    }\n  }\n": typeof types.StartDisposalDocument,
    "\n  mutation CompleteDisposal($input: CompleteDisposalInput!) {\n    completeDisposal(input: $input) {\n      id\n    }\n  }\n": typeof types.CompleteDisposalDocument,
    "\n  mutation FileObjection($input: ObjectionInput!) {\n    fileObjection(input: $input) {\n      id\n    }\n  }\n": typeof types.FileObjectionDocument,
    "\n  query SampleTable($filter: SampleFilter, $first: Int, $after: String) {\n    samples(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...SampleRow\n      }\n    }\n  }\n": typeof types.SampleTableDocument,
    "\n  fragment SampleRow on Sample {\n    id\n    number\n    foodName\n    category\n    status\n    verdict\n    failureKind\n    sampledOn\n    lab\n    overdue\n    focusVariety\n    focusPeriod\n    focusArea\n    plan {\n      id\n      name\n      level\n    }\n    entity {\n      ...EntityRef\n      township {\n        ...TownshipRef\n      }\n    }\n  }\n": typeof types.SampleRowFragmentDoc,
    "\n  fragment PlanScope on SamplingPlan {\n    id\n    name\n    level\n    categories\n    startsOn\n    endsOn\n    focusVarieties\n    focusPeriods\n    focusAreas\n  }\n": typeof types.PlanScopeFragmentDoc,
    "\n  query CalendarPage($year: Int!) {\n    holidayCalendar(year: $year) {\n      year\n      source\n      covered\n      workingDays\n      days {\n        date\n        type\n        kind\n        name\n        edited\n      }\n    }\n    clockRules {\n      code\n      name\n      unit\n      amount\n      extension\n      period\n      duty\n      source\n      edited\n    }\n  }\n": typeof types.CalendarPageDocument,
    "\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      date\n    }\n  }\n": typeof types.SetCalendarDayDocument,
    "\n  mutation RemoveCalendarDay($date: String!) {\n    removeCalendarDay(date: $date)\n  }\n": typeof types.RemoveCalendarDayDocument,
    "\n  mutation UpdateClockRule($input: ClockRuleInput!) {\n    updateClockRule(input: $input) {\n      code\n    }\n  }\n": typeof types.UpdateClockRuleDocument,
    "\n  query ConsumerRequests($filter: ConsumerRequestFilter, $first: Int, $after: String) {\n    consumerRequests(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        title\n        category\n        description\n        channel\n        submittedBy\n        submittedOn\n        votes\n        status\n        reply\n        samples {\n          id\n          foodName\n          verdict\n        }\n      }\n    }\n  }\n": typeof types.ConsumerRequestsDocument,
    "\n  mutation CreateConsumerRequest($input: ConsumerRequestInput!) {\n    createConsumerRequest(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateConsumerRequestDocument,
    "\n  mutation VoteConsumerRequest($id: ID!) {\n    voteConsumerRequest(id: $id) {\n      id\n      votes\n    }\n  }\n": typeof types.VoteConsumerRequestDocument,
    "\n  mutation DecideConsumerRequest($input: ConsumerRequestDecisionInput!) {\n    decideConsumerRequest(input: $input) {\n      id\n      status\n      reply\n    }\n  }\n": typeof types.DecideConsumerRequestDocument,
    "\n  query DisposalBoard($filter: DisposalFilter, $first: Int, $after: String) {\n    disposals(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        startedOn\n        completedOn\n        actions\n        extended\n        caseNumber\n        clock {\n          deadline\n          remaining\n          status\n          paused\n        }\n        sample {\n          id\n          foodName\n          number\n          failureKind\n          entity {\n            ...EntityRef\n            township {\n              ...TownshipRef\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DisposalBoardDocument,
    "\n  query InfantFormulaBatches($filter: InfantFormulaFilter, $first: Int, $after: String) {\n    infantFormulaBatches(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        year\n        brand\n        product\n        stage\n        batchNumber\n        foundOn\n        entity {\n          ...EntityRef\n          township {\n            ...TownshipRef\n          }\n        }\n        sample {\n          id\n          number\n          foodName\n          verdict\n        }\n      }\n    }\n  }\n": typeof types.InfantFormulaBatchesDocument,
    "\n  query InfantFormulaCoverage($year: Int!) {\n    infantFormulaCoverage(year: $year) {\n      year\n      batchesOnSale\n      batchesTested\n      coverage\n    }\n  }\n": typeof types.InfantFormulaCoverageDocument,
    "\n  mutation CreateSamplingPlan($input: PlanInput!) {\n    createSamplingPlan(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateSamplingPlanDocument,
    "\n  query Plans($filter: PlanFilter, $first: Int, $after: String, $year: Int!) {\n    samplingPlans(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...PlanScope\n        purpose\n        issuer\n        quota\n        progress {\n          sampled\n          reported\n          unqualified\n          share\n        }\n      }\n    }\n    samplingFigures(year: $year) {\n      batches\n      unqualified\n      unqualifiedRate\n      infantFormulaBatches\n      infantFormulaCoverage\n      byLevel {\n        level\n        batches\n        quota\n      }\n      focusBatches\n      byFocusVariety {\n        variety\n        batches\n        unqualified\n      }\n      byFocusPeriod {\n        period\n        batches\n        unqualified\n      }\n      byFocusArea {\n        area\n        batches\n        unqualified\n      }\n    }\n  }\n": typeof types.PlansDocument,
    "\n  query RegisterOptions($year: Int!) {\n    samplingPlans(filter: { year: $year }, first: 100) {\n      nodes {\n        ...PlanScope\n      }\n    }\n  }\n": typeof types.RegisterOptionsDocument,
    "\n  mutation RegisterSample($input: SampleInput!) {\n    registerSample(input: $input) {\n      id\n    }\n  }\n": typeof types.RegisterSampleDocument,
    "\n  query SampleDetail($id: ID!) {\n    sample(id: $id) {\n      ...SampleRow\n      version\n      brand\n      specification\n      batchNumber\n      producedOn\n      samplers\n      receivedOn\n      reportedOn\n      notifiedOn\n      publishedOn\n      backupKeptUntil\n      nextStatuses\n      plan {\n        purpose\n      }\n      testItems {\n        id\n        name\n        measured\n        limit\n        unit\n        standard\n        verdict\n        failureKind\n      }\n      events {\n        id\n        fromStatus\n        toStatus\n        label\n        happenedOn\n        recordedBy\n        recordedAt\n        note\n      }\n      clocks {\n        code\n        name\n        period\n        duty\n        source\n        startedOn\n        deadline\n        remaining\n        status\n        overdue\n        paused\n        completedOn\n      }\n      recheck {\n        id\n        requestedOn\n        applicant\n        lab\n        status\n        result\n        completedOn\n      }\n      objections {\n        id\n        kind\n        filedOn\n        applicant\n        reason\n        status\n        decidedOn\n        conclusion\n      }\n      disposal {\n        id\n        startedOn\n        actions\n        extended\n        quantity\n        measures\n        caseNumber\n        caseId\n        completedOn\n      }\n      consumerRequest {\n        id\n        title\n      }\n    }\n  }\n": typeof types.SampleDetailDocument,
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
    "\n  query RecordAuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      sampling {\n        ...AuditPageFields\n      }\n    }\n  }\n": types.RecordAuditTrailDocument,
    "\n  mutation DecideObjection($input: ObjectionDecisionInput!) {\n    decideObjection(input: $input) {\n      id\n    }\n  }\n": types.DecideObjectionDocument,
    "\n  query DisposalRule {\n    clockRules {\n      code\n      unit\n      extension\n    }\n  }\n": types.DisposalRuleDocument,
    "\n  mutation ExtendDisposal($disposalId: ID!) {\n    extendDisposal(disposalId: $disposalId) {\n      id\n      extended\n      clock {\n        deadline\n        remaining\n        status\n      }\n    }\n  }\n": types.ExtendDisposalDocument,
    "\n  query InfantFormulaSampleOptions($search: String) {\n    samples(filter: { category: INFANT_FORMULA, search: $search }, first: 20) {\n      nodes {\n        id\n        number\n        foodName\n        batchNumber\n        sampledOn\n      }\n    }\n  }\n": types.InfantFormulaSampleOptionsDocument,
    "\n  mutation LinkInfantFormulaSample($batchId: ID!, $sampleId: ID!) {\n    linkInfantFormulaSample(batchId: $batchId, sampleId: $sampleId) {\n      id\n      sample {\n        id\n        number\n        foodName\n        verdict\n      }\n    }\n  }\n": types.LinkInfantFormulaSampleDocument,
    "\n  mutation RegisterInfantFormulaBatch($input: InfantFormulaBatchInput!) {\n    registerInfantFormulaBatch(input: $input) {\n      id\n    }\n  }\n": types.RegisterInfantFormulaBatchDocument,
    "\n  mutation MoveSample($input: MoveSampleInput!) {\n    moveSample(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.MoveSampleDocument,
    "\n  mutation RecordTestResults($sampleId: ID!, $items: [TestItemInput!]!) {\n    recordTestResults(sampleId: $sampleId, items: $items) {\n      id\n    }\n  }\n": types.RecordTestResultsDocument,
    "\n  mutation RequestRecheck($input: RecheckInput!) {\n    requestRecheck(input: $input) {\n      id\n    }\n  }\n": types.RequestRecheckDocument,
    "\n  mutation RecordRecheckResult($input: RecheckResultInput!) {\n    recordRecheckResult(input: $input) {\n      id\n    }\n  }\n": types.RecordRecheckResultDocument,
    "\n  mutation StartDisposal($input: DisposalInput!) {\n    startDisposal(input: $input) {\n      id\n    }\n  }\n": types.StartDisposalDocument,
    "\n  mutation CompleteDisposal($input: CompleteDisposalInput!) {\n    completeDisposal(input: $input) {\n      id\n    }\n  }\n": types.CompleteDisposalDocument,
    "\n  mutation FileObjection($input: ObjectionInput!) {\n    fileObjection(input: $input) {\n      id\n    }\n  }\n": types.FileObjectionDocument,
    "\n  query SampleTable($filter: SampleFilter, $first: Int, $after: String) {\n    samples(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...SampleRow\n      }\n    }\n  }\n": types.SampleTableDocument,
    "\n  fragment SampleRow on Sample {\n    id\n    number\n    foodName\n    category\n    status\n    verdict\n    failureKind\n    sampledOn\n    lab\n    overdue\n    focusVariety\n    focusPeriod\n    focusArea\n    plan {\n      id\n      name\n      level\n    }\n    entity {\n      ...EntityRef\n      township {\n        ...TownshipRef\n      }\n    }\n  }\n": types.SampleRowFragmentDoc,
    "\n  fragment PlanScope on SamplingPlan {\n    id\n    name\n    level\n    categories\n    startsOn\n    endsOn\n    focusVarieties\n    focusPeriods\n    focusAreas\n  }\n": types.PlanScopeFragmentDoc,
    "\n  query CalendarPage($year: Int!) {\n    holidayCalendar(year: $year) {\n      year\n      source\n      covered\n      workingDays\n      days {\n        date\n        type\n        kind\n        name\n        edited\n      }\n    }\n    clockRules {\n      code\n      name\n      unit\n      amount\n      extension\n      period\n      duty\n      source\n      edited\n    }\n  }\n": types.CalendarPageDocument,
    "\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      date\n    }\n  }\n": types.SetCalendarDayDocument,
    "\n  mutation RemoveCalendarDay($date: String!) {\n    removeCalendarDay(date: $date)\n  }\n": types.RemoveCalendarDayDocument,
    "\n  mutation UpdateClockRule($input: ClockRuleInput!) {\n    updateClockRule(input: $input) {\n      code\n    }\n  }\n": types.UpdateClockRuleDocument,
    "\n  query ConsumerRequests($filter: ConsumerRequestFilter, $first: Int, $after: String) {\n    consumerRequests(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        title\n        category\n        description\n        channel\n        submittedBy\n        submittedOn\n        votes\n        status\n        reply\n        samples {\n          id\n          foodName\n          verdict\n        }\n      }\n    }\n  }\n": types.ConsumerRequestsDocument,
    "\n  mutation CreateConsumerRequest($input: ConsumerRequestInput!) {\n    createConsumerRequest(input: $input) {\n      id\n    }\n  }\n": types.CreateConsumerRequestDocument,
    "\n  mutation VoteConsumerRequest($id: ID!) {\n    voteConsumerRequest(id: $id) {\n      id\n      votes\n    }\n  }\n": types.VoteConsumerRequestDocument,
    "\n  mutation DecideConsumerRequest($input: ConsumerRequestDecisionInput!) {\n    decideConsumerRequest(input: $input) {\n      id\n      status\n      reply\n    }\n  }\n": types.DecideConsumerRequestDocument,
    "\n  query DisposalBoard($filter: DisposalFilter, $first: Int, $after: String) {\n    disposals(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        startedOn\n        completedOn\n        actions\n        extended\n        caseNumber\n        clock {\n          deadline\n          remaining\n          status\n          paused\n        }\n        sample {\n          id\n          foodName\n          number\n          failureKind\n          entity {\n            ...EntityRef\n            township {\n              ...TownshipRef\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DisposalBoardDocument,
    "\n  query InfantFormulaBatches($filter: InfantFormulaFilter, $first: Int, $after: String) {\n    infantFormulaBatches(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        year\n        brand\n        product\n        stage\n        batchNumber\n        foundOn\n        entity {\n          ...EntityRef\n          township {\n            ...TownshipRef\n          }\n        }\n        sample {\n          id\n          number\n          foodName\n          verdict\n        }\n      }\n    }\n  }\n": types.InfantFormulaBatchesDocument,
    "\n  query InfantFormulaCoverage($year: Int!) {\n    infantFormulaCoverage(year: $year) {\n      year\n      batchesOnSale\n      batchesTested\n      coverage\n    }\n  }\n": types.InfantFormulaCoverageDocument,
    "\n  mutation CreateSamplingPlan($input: PlanInput!) {\n    createSamplingPlan(input: $input) {\n      id\n    }\n  }\n": types.CreateSamplingPlanDocument,
    "\n  query Plans($filter: PlanFilter, $first: Int, $after: String, $year: Int!) {\n    samplingPlans(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...PlanScope\n        purpose\n        issuer\n        quota\n        progress {\n          sampled\n          reported\n          unqualified\n          share\n        }\n      }\n    }\n    samplingFigures(year: $year) {\n      batches\n      unqualified\n      unqualifiedRate\n      infantFormulaBatches\n      infantFormulaCoverage\n      byLevel {\n        level\n        batches\n        quota\n      }\n      focusBatches\n      byFocusVariety {\n        variety\n        batches\n        unqualified\n      }\n      byFocusPeriod {\n        period\n        batches\n        unqualified\n      }\n      byFocusArea {\n        area\n        batches\n        unqualified\n      }\n    }\n  }\n": types.PlansDocument,
    "\n  query RegisterOptions($year: Int!) {\n    samplingPlans(filter: { year: $year }, first: 100) {\n      nodes {\n        ...PlanScope\n      }\n    }\n  }\n": types.RegisterOptionsDocument,
    "\n  mutation RegisterSample($input: SampleInput!) {\n    registerSample(input: $input) {\n      id\n    }\n  }\n": types.RegisterSampleDocument,
    "\n  query SampleDetail($id: ID!) {\n    sample(id: $id) {\n      ...SampleRow\n      version\n      brand\n      specification\n      batchNumber\n      producedOn\n      samplers\n      receivedOn\n      reportedOn\n      notifiedOn\n      publishedOn\n      backupKeptUntil\n      nextStatuses\n      plan {\n        purpose\n      }\n      testItems {\n        id\n        name\n        measured\n        limit\n        unit\n        standard\n        verdict\n        failureKind\n      }\n      events {\n        id\n        fromStatus\n        toStatus\n        label\n        happenedOn\n        recordedBy\n        recordedAt\n        note\n      }\n      clocks {\n        code\n        name\n        period\n        duty\n        source\n        startedOn\n        deadline\n        remaining\n        status\n        overdue\n        paused\n        completedOn\n      }\n      recheck {\n        id\n        requestedOn\n        applicant\n        lab\n        status\n        result\n        completedOn\n      }\n      objections {\n        id\n        kind\n        filedOn\n        applicant\n        reason\n        status\n        decidedOn\n        conclusion\n      }\n      disposal {\n        id\n        startedOn\n        actions\n        extended\n        quantity\n        measures\n        caseNumber\n        caseId\n        completedOn\n      }\n      consumerRequest {\n        id\n        title\n      }\n    }\n  }\n": types.SampleDetailDocument,
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
export function graphql(source: "\n  query RecordAuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      sampling {\n        ...AuditPageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordAuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      sampling {\n        ...AuditPageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideObjection($input: ObjectionDecisionInput!) {\n    decideObjection(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DecideObjection($input: ObjectionDecisionInput!) {\n    decideObjection(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisposalRule {\n    clockRules {\n      code\n      unit\n      extension\n    }\n  }\n"): (typeof documents)["\n  query DisposalRule {\n    clockRules {\n      code\n      unit\n      extension\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendDisposal($disposalId: ID!) {\n    extendDisposal(disposalId: $disposalId) {\n      id\n      extended\n      clock {\n        deadline\n        remaining\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendDisposal($disposalId: ID!) {\n    extendDisposal(disposalId: $disposalId) {\n      id\n      extended\n      clock {\n        deadline\n        remaining\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InfantFormulaSampleOptions($search: String) {\n    samples(filter: { category: INFANT_FORMULA, search: $search }, first: 20) {\n      nodes {\n        id\n        number\n        foodName\n        batchNumber\n        sampledOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query InfantFormulaSampleOptions($search: String) {\n    samples(filter: { category: INFANT_FORMULA, search: $search }, first: 20) {\n      nodes {\n        id\n        number\n        foodName\n        batchNumber\n        sampledOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkInfantFormulaSample($batchId: ID!, $sampleId: ID!) {\n    linkInfantFormulaSample(batchId: $batchId, sampleId: $sampleId) {\n      id\n      sample {\n        id\n        number\n        foodName\n        verdict\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkInfantFormulaSample($batchId: ID!, $sampleId: ID!) {\n    linkInfantFormulaSample(batchId: $batchId, sampleId: $sampleId) {\n      id\n      sample {\n        id\n        number\n        foodName\n        verdict\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterInfantFormulaBatch($input: InfantFormulaBatchInput!) {\n    registerInfantFormulaBatch(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterInfantFormulaBatch($input: InfantFormulaBatchInput!) {\n    registerInfantFormulaBatch(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveSample($input: MoveSampleInput!) {\n    moveSample(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MoveSample($input: MoveSampleInput!) {\n    moveSample(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordTestResults($sampleId: ID!, $items: [TestItemInput!]!) {\n    recordTestResults(sampleId: $sampleId, items: $items) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordTestResults($sampleId: ID!, $items: [TestItemInput!]!) {\n    recordTestResults(sampleId: $sampleId, items: $items) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestRecheck($input: RecheckInput!) {\n    requestRecheck(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RequestRecheck($input: RecheckInput!) {\n    requestRecheck(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRecheckResult($input: RecheckResultInput!) {\n    recordRecheckResult(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordRecheckResult($input: RecheckResultInput!) {\n    recordRecheckResult(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartDisposal($input: DisposalInput!) {\n    startDisposal(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartDisposal($input: DisposalInput!) {\n    startDisposal(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteDisposal($input: CompleteDisposalInput!) {\n    completeDisposal(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteDisposal($input: CompleteDisposalInput!) {\n    completeDisposal(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileObjection($input: ObjectionInput!) {\n    fileObjection(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FileObjection($input: ObjectionInput!) {\n    fileObjection(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SampleTable($filter: SampleFilter, $first: Int, $after: String) {\n    samples(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...SampleRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query SampleTable($filter: SampleFilter, $first: Int, $after: String) {\n    samples(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...SampleRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SampleRow on Sample {\n    id\n    number\n    foodName\n    category\n    status\n    verdict\n    failureKind\n    sampledOn\n    lab\n    overdue\n    focusVariety\n    focusPeriod\n    focusArea\n    plan {\n      id\n      name\n      level\n    }\n    entity {\n      ...EntityRef\n      township {\n        ...TownshipRef\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SampleRow on Sample {\n    id\n    number\n    foodName\n    category\n    status\n    verdict\n    failureKind\n    sampledOn\n    lab\n    overdue\n    focusVariety\n    focusPeriod\n    focusArea\n    plan {\n      id\n      name\n      level\n    }\n    entity {\n      ...EntityRef\n      township {\n        ...TownshipRef\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanScope on SamplingPlan {\n    id\n    name\n    level\n    categories\n    startsOn\n    endsOn\n    focusVarieties\n    focusPeriods\n    focusAreas\n  }\n"): (typeof documents)["\n  fragment PlanScope on SamplingPlan {\n    id\n    name\n    level\n    categories\n    startsOn\n    endsOn\n    focusVarieties\n    focusPeriods\n    focusAreas\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarPage($year: Int!) {\n    holidayCalendar(year: $year) {\n      year\n      source\n      covered\n      workingDays\n      days {\n        date\n        type\n        kind\n        name\n        edited\n      }\n    }\n    clockRules {\n      code\n      name\n      unit\n      amount\n      extension\n      period\n      duty\n      source\n      edited\n    }\n  }\n"): (typeof documents)["\n  query CalendarPage($year: Int!) {\n    holidayCalendar(year: $year) {\n      year\n      source\n      covered\n      workingDays\n      days {\n        date\n        type\n        kind\n        name\n        edited\n      }\n    }\n    clockRules {\n      code\n      name\n      unit\n      amount\n      extension\n      period\n      duty\n      source\n      edited\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      date\n    }\n  }\n"): (typeof documents)["\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      date\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCalendarDay($date: String!) {\n    removeCalendarDay(date: $date)\n  }\n"): (typeof documents)["\n  mutation RemoveCalendarDay($date: String!) {\n    removeCalendarDay(date: $date)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClockRule($input: ClockRuleInput!) {\n    updateClockRule(input: $input) {\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateClockRule($input: ClockRuleInput!) {\n    updateClockRule(input: $input) {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsumerRequests($filter: ConsumerRequestFilter, $first: Int, $after: String) {\n    consumerRequests(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        title\n        category\n        description\n        channel\n        submittedBy\n        submittedOn\n        votes\n        status\n        reply\n        samples {\n          id\n          foodName\n          verdict\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsumerRequests($filter: ConsumerRequestFilter, $first: Int, $after: String) {\n    consumerRequests(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        title\n        category\n        description\n        channel\n        submittedBy\n        submittedOn\n        votes\n        status\n        reply\n        samples {\n          id\n          foodName\n          verdict\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateConsumerRequest($input: ConsumerRequestInput!) {\n    createConsumerRequest(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateConsumerRequest($input: ConsumerRequestInput!) {\n    createConsumerRequest(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteConsumerRequest($id: ID!) {\n    voteConsumerRequest(id: $id) {\n      id\n      votes\n    }\n  }\n"): (typeof documents)["\n  mutation VoteConsumerRequest($id: ID!) {\n    voteConsumerRequest(id: $id) {\n      id\n      votes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideConsumerRequest($input: ConsumerRequestDecisionInput!) {\n    decideConsumerRequest(input: $input) {\n      id\n      status\n      reply\n    }\n  }\n"): (typeof documents)["\n  mutation DecideConsumerRequest($input: ConsumerRequestDecisionInput!) {\n    decideConsumerRequest(input: $input) {\n      id\n      status\n      reply\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisposalBoard($filter: DisposalFilter, $first: Int, $after: String) {\n    disposals(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        startedOn\n        completedOn\n        actions\n        extended\n        caseNumber\n        clock {\n          deadline\n          remaining\n          status\n          paused\n        }\n        sample {\n          id\n          foodName\n          number\n          failureKind\n          entity {\n            ...EntityRef\n            township {\n              ...TownshipRef\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DisposalBoard($filter: DisposalFilter, $first: Int, $after: String) {\n    disposals(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        startedOn\n        completedOn\n        actions\n        extended\n        caseNumber\n        clock {\n          deadline\n          remaining\n          status\n          paused\n        }\n        sample {\n          id\n          foodName\n          number\n          failureKind\n          entity {\n            ...EntityRef\n            township {\n              ...TownshipRef\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InfantFormulaBatches($filter: InfantFormulaFilter, $first: Int, $after: String) {\n    infantFormulaBatches(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        year\n        brand\n        product\n        stage\n        batchNumber\n        foundOn\n        entity {\n          ...EntityRef\n          township {\n            ...TownshipRef\n          }\n        }\n        sample {\n          id\n          number\n          foodName\n          verdict\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InfantFormulaBatches($filter: InfantFormulaFilter, $first: Int, $after: String) {\n    infantFormulaBatches(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        id\n        year\n        brand\n        product\n        stage\n        batchNumber\n        foundOn\n        entity {\n          ...EntityRef\n          township {\n            ...TownshipRef\n          }\n        }\n        sample {\n          id\n          number\n          foodName\n          verdict\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InfantFormulaCoverage($year: Int!) {\n    infantFormulaCoverage(year: $year) {\n      year\n      batchesOnSale\n      batchesTested\n      coverage\n    }\n  }\n"): (typeof documents)["\n  query InfantFormulaCoverage($year: Int!) {\n    infantFormulaCoverage(year: $year) {\n      year\n      batchesOnSale\n      batchesTested\n      coverage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSamplingPlan($input: PlanInput!) {\n    createSamplingPlan(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSamplingPlan($input: PlanInput!) {\n    createSamplingPlan(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plans($filter: PlanFilter, $first: Int, $after: String, $year: Int!) {\n    samplingPlans(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...PlanScope\n        purpose\n        issuer\n        quota\n        progress {\n          sampled\n          reported\n          unqualified\n          share\n        }\n      }\n    }\n    samplingFigures(year: $year) {\n      batches\n      unqualified\n      unqualifiedRate\n      infantFormulaBatches\n      infantFormulaCoverage\n      byLevel {\n        level\n        batches\n        quota\n      }\n      focusBatches\n      byFocusVariety {\n        variety\n        batches\n        unqualified\n      }\n      byFocusPeriod {\n        period\n        batches\n        unqualified\n      }\n      byFocusArea {\n        area\n        batches\n        unqualified\n      }\n    }\n  }\n"): (typeof documents)["\n  query Plans($filter: PlanFilter, $first: Int, $after: String, $year: Int!) {\n    samplingPlans(filter: $filter, first: $first, after: $after) {\n      ...Paging\n      nodes {\n        ...PlanScope\n        purpose\n        issuer\n        quota\n        progress {\n          sampled\n          reported\n          unqualified\n          share\n        }\n      }\n    }\n    samplingFigures(year: $year) {\n      batches\n      unqualified\n      unqualifiedRate\n      infantFormulaBatches\n      infantFormulaCoverage\n      byLevel {\n        level\n        batches\n        quota\n      }\n      focusBatches\n      byFocusVariety {\n        variety\n        batches\n        unqualified\n      }\n      byFocusPeriod {\n        period\n        batches\n        unqualified\n      }\n      byFocusArea {\n        area\n        batches\n        unqualified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterOptions($year: Int!) {\n    samplingPlans(filter: { year: $year }, first: 100) {\n      nodes {\n        ...PlanScope\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegisterOptions($year: Int!) {\n    samplingPlans(filter: { year: $year }, first: 100) {\n      nodes {\n        ...PlanScope\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterSample($input: SampleInput!) {\n    registerSample(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterSample($input: SampleInput!) {\n    registerSample(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SampleDetail($id: ID!) {\n    sample(id: $id) {\n      ...SampleRow\n      version\n      brand\n      specification\n      batchNumber\n      producedOn\n      samplers\n      receivedOn\n      reportedOn\n      notifiedOn\n      publishedOn\n      backupKeptUntil\n      nextStatuses\n      plan {\n        purpose\n      }\n      testItems {\n        id\n        name\n        measured\n        limit\n        unit\n        standard\n        verdict\n        failureKind\n      }\n      events {\n        id\n        fromStatus\n        toStatus\n        label\n        happenedOn\n        recordedBy\n        recordedAt\n        note\n      }\n      clocks {\n        code\n        name\n        period\n        duty\n        source\n        startedOn\n        deadline\n        remaining\n        status\n        overdue\n        paused\n        completedOn\n      }\n      recheck {\n        id\n        requestedOn\n        applicant\n        lab\n        status\n        result\n        completedOn\n      }\n      objections {\n        id\n        kind\n        filedOn\n        applicant\n        reason\n        status\n        decidedOn\n        conclusion\n      }\n      disposal {\n        id\n        startedOn\n        actions\n        extended\n        quantity\n        measures\n        caseNumber\n        caseId\n        completedOn\n      }\n      consumerRequest {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query SampleDetail($id: ID!) {\n    sample(id: $id) {\n      ...SampleRow\n      version\n      brand\n      specification\n      batchNumber\n      producedOn\n      samplers\n      receivedOn\n      reportedOn\n      notifiedOn\n      publishedOn\n      backupKeptUntil\n      nextStatuses\n      plan {\n        purpose\n      }\n      testItems {\n        id\n        name\n        measured\n        limit\n        unit\n        standard\n        verdict\n        failureKind\n      }\n      events {\n        id\n        fromStatus\n        toStatus\n        label\n        happenedOn\n        recordedBy\n        recordedAt\n        note\n      }\n      clocks {\n        code\n        name\n        period\n        duty\n        source\n        startedOn\n        deadline\n        remaining\n        status\n        overdue\n        paused\n        completedOn\n      }\n      recheck {\n        id\n        requestedOn\n        applicant\n        lab\n        status\n        result\n        completedOn\n      }\n      objections {\n        id\n        kind\n        filedOn\n        applicant\n        reason\n        status\n        decidedOn\n        conclusion\n      }\n      disposal {\n        id\n        startedOn\n        actions\n        extended\n        quantity\n        measures\n        caseNumber\n        caseId\n        completedOn\n      }\n      consumerRequest {\n        id\n        title\n      }\n    }\n  }\n"];
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