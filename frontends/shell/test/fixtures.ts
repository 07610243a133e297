import type { Report } from '../src/dashboard/model';

const months = (total: number) =>
  Array.from({ length: 12 }, (_, i) => (i < 11 ? Math.floor(total / 12) : total - 11 * Math.floor(total / 12)));

/** A work report as the gateway answers it: 2024 as docs/domain.md#the-2024-figures, 2023 smaller, every other year empty. */
export function REPORT(year: number): Report {
  const k = year === 2024 ? 1 : year === 2023 ? 0.5 : 0;
  const n = (value: number) => Math.round(value * k);
  const sampling = n(1847) === 0 ? 0 : year === 2023 ? 1000 : 1847;
  return {
    __typename: 'WorkReport',
    year,
    responsibility: { leaders: n(12), entitiesCovered: n(45), visits: n(600) },
    supervision: {
      townshipsCovered: n(22),
      promptLetters: n(12),
      supervisionLetters: n(3),
      rectificationNotices: n(8),
      rounds: n(44),
      batches: n(4),
    },
    riskGrading: {
      gradedShare: k ? 1 : 0,
      licensed: 300,
      graded: n(300),
      byGrade: [{ grade: 'A', count: n(100) }],
      byTownship: [
        { township: { id: '511902001', name: '东城街道' }, graded: n(10), byGrade: [{ grade: 'B', count: n(10) }] },
      ],
    },
    sampling: {
      batches: sampling,
      unqualified: n(52),
      infantFormulaBatches: n(90),
      infantFormulaCoverage: k ? 1 : 0,
      disposalsCompleted: n(52),
      byLevel: [{ level: 'DISTRICT', batches: sampling, unqualified: n(52) }],
      byMonth: months(sampling).map((batches, i) => ({ month: i + 1, batches, unqualified: 0 })),
      byVerdict: [{ verdict: null, batches: sampling }],
    },
    enforcement: {
      casesFiled: n(119),
      casesTransferred: n(4),
      rectifications: n(12),
      campaigns: n(4),
      jointOperations: n(6),
      bySource: [{ source: 'SAMPLING', count: n(119) }],
      byStatus: [{ status: 'CLOSED', count: n(119) }],
      byMonth: months(n(119)).map((casesFiled, i) => ({ month: i + 1, casesFiled, inspections: 0 })),
      // The complaints register (the summary draft's complaints sentence reads these).
      complaintsReceived: n(34),
      complaintsByKind: [
        { kind: 'COMPLAINT', count: n(20) },
        { kind: 'REPORT', count: n(14) },
      ],
      complaintsByChannel: [{ channel: 'PLATFORM_12315', count: n(34) }],
      complaintsByOutcome: [{ outcome: 'ANSWERED', count: n(34) }],
    },
    training: {
      sessions: year === 2023 ? 2 : n(13),
      participants: n(2000),
      assessmentBatches: n(580),
      workshopsUpgraded: n(295),
      byAudience: [{ audience: 'SMALL_WORKSHOP', sessions: n(13), participants: n(2000) }],
      byMonth: months(n(13)).map((sessions, i) => ({ month: i + 1, sessions, participants: 0 })),
    },
    publicity: {
      posts: n(56),
      opinionEvents: n(3),
      opinionEventsHandled: n(3),
      outreachEvents: n(12),
      materials: n(12_260),
      byMonth: months(n(56)).map((posts, i) => ({ month: i + 1, posts, opinionEvents: 0, outreachEvents: 0 })),
    },
    risk: {
      risksByLevel: [
        { level: 'LOW', count: n(7) },
        { level: 'GENERAL', count: n(6) },
        { level: 'HIGH', count: n(3) },
        { level: 'MAJOR', count: n(2) },
      ],
      risks: n(18),
      duties: n(40),
      dutiesDone: n(28),
      dutiesOverdue: n(6),
      hazardsFound: n(60),
      hazardsRectified: n(52),
      consultations: n(4),
      incidentsByLevel: [
        { level: 'III', count: n(2) },
        { level: 'IV', count: n(2) },
      ],
      incidents: n(4),
      drills: n(2),
    },
  } as Report;
}
