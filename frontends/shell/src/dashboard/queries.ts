import { graphql } from '../gql';

/**
 * The dashboard's one request: the work report of every year it shows (the chosen year and the one before, or on
 * a first visit the recent years, to find the latest year with records), each subgraph asked once for all years.
 */
export const WorkReportDashboardDocument = graphql(`
  query WorkReportDashboard($years: [Int!]!) {
    workReports(years: $years) {
      year
      responsibility {
        leaders
        entitiesCovered
        visits
      }
      supervision {
        townshipsCovered
        promptLetters
        # With prompt letters, the notices register behind 工作提示函: whether a year had it in use at all.
        supervisionLetters
        rectificationNotices
        rounds
        batches
      }
      riskGrading {
        gradedShare
        licensed
        graded
        byGrade {
          grade
          count
        }
        byTownship {
          township {
            ...TownshipRef
          }
          graded
          byGrade {
            grade
            count
          }
        }
      }
      sampling {
        batches
        unqualified
        infantFormulaBatches
        infantFormulaCoverage
        disposalsCompleted
        byLevel {
          level
          batches
          unqualified
        }
        byMonth {
          month
          batches
          unqualified
        }
        byVerdict {
          verdict
          batches
        }
      }
      enforcement {
        casesFiled
        casesTransferred
        rectifications
        campaigns
        jointOperations
        bySource {
          source
          count
        }
        byStatus {
          status
          count
        }
        byMonth {
          month
          casesFiled
          inspections
        }
        # The complaints register (投诉举报): the summary draft's complaints sentence needs all four.
        complaintsReceived
        complaintsByKind {
          kind
          count
        }
        complaintsByChannel {
          channel
          count
        }
        complaintsByOutcome {
          outcome
          count
        }
      }
      training {
        sessions
        participants
        assessmentBatches
        workshopsUpgraded
        byAudience {
          audience
          sessions
          participants
        }
        byMonth {
          month
          sessions
          participants
        }
      }
      publicity {
        posts
        opinionEvents
        opinionEventsHandled
        outreachEvents
        materials
        byMonth {
          month
          posts
          opinionEvents
          outreachEvents
        }
      }
      risk {
        risksByLevel {
          level
          count
        }
        risks
        duties
        dutiesDone
        dutiesOverdue
        hazardsFound
        hazardsRectified
        consultations
        incidentsByLevel {
          level
          count
        }
        incidents
        drills
      }
    }
  }
`);

/** The names the summary draft cites; asked only when someone drafts the summary. */
export const WorkSummaryDetailsDocument = graphql(`
  query WorkSummaryDetails($year: Int!) {
    campaigns(first: 100, filter: { year: $year }) {
      nodes {
        id
        name
        kind
      }
    }
    articles(first: 100, filter: { year: $year }) {
      nodes {
        title
        reach
        channel
      }
    }
    opinionEvents(first: 20, filter: { year: $year }) {
      nodes {
        title
      }
    }
    publicityWeeks(year: $year) {
      theme
      activities {
        title
      }
    }
  }
`);

/** One village's figures, each a count the platform's lists give (their totals), asked per village shown. */
export const VillageFiguresDocument = graphql(`
  query VillageFigures($villageId: ID!) {
    entities(filter: { villageId: $villageId }, first: 1) {
      totalCount
    }
    pending: villageReports(filter: { villageId: $villageId, status: PENDING }, first: 1) {
      totalCount
    }
    overdue: villageReports(filter: { villageId: $villageId, overdue: true }, first: 1) {
      totalCount
    }
  }
`);

/** A liaison's home: their village, its businesses and their own reports (the subgraph scopes all three). */
export const LiaisonHomeDocument = graphql(`
  query LiaisonHome {
    villages {
      id
      name
      kind
      township {
        ...TownshipRef
      }
    }
    entities(first: 100) {
      totalCount
      nodes {
        id
        name
        category
        address
      }
    }
    villageReports(first: 20) {
      totalCount
      nodes {
        id
        kind
        entityName
        receivedOn
        dueOn
        overdue
        status
        dismissReason
      }
    }
  }
`);
