import { defineSubgraph, findByIds, serviceRoot } from '@shian/subgraph-kit';
import {
  CaseRef,
  Consultation,
  ConsultationConclusion,
  Drill,
  Duty,
  ENTITIES,
  EntityRef,
  entityRef,
  Hazard,
  HazardInvestigation,
  Incident,
  IncidentReportRule,
  IncidentTimelineEntry,
  OfficialRef,
  Risk,
  RiskLevelChange,
  SampleRef,
  TownshipRef,
} from './entities';
import { dutyVisible, seesShared, seesTownships } from './entities/scope';
import { RESOLVERS } from './resolvers';

/**
 * 风险与应急 (risk): the risk list, the responsibility list, hazard investigations, consultations, incidents and
 * drills. Points at the entities subgraph's Entity, Township and Official, enforcement's Case and sampling's Sample
 * by key. Every reference applies the same scope as its root query (entities/scope.ts).
 */
export default defineSubgraph({
  name: 'risk',
  entities: ENTITIES,
  resolvers: RESOLVERS,
  orphanedTypes: [
    Risk,
    RiskLevelChange,
    Duty,
    HazardInvestigation,
    Hazard,
    Consultation,
    ConsultationConclusion,
    Incident,
    IncidentTimelineEntry,
    IncidentReportRule,
    Drill,
    EntityRef,
    TownshipRef,
    OfficialRef,
    CaseRef,
    SampleRef,
  ],
  references: {
    Risk: {
      load: (ids, ctx) => findByIds(ctx.em, Risk, ids),
      visible: (row: Risk, ctx) => seesTownships(ctx, row.townshipIds),
    },
    Duty: {
      load: (ids, ctx) => ctx.em.find(Duty, { id: { $in: ids } }, { populate: ['risk', 'consultation', 'drill'] }),
      visible: (row: Duty, ctx) => dutyVisible(ctx, row),
    },
    Consultation: {
      load: (ids, ctx) => findByIds(ctx.em, Consultation, ids),
      visible: (row: Consultation, ctx) => seesShared(ctx, row.departments, row.townshipIds),
    },
    Drill: {
      load: (ids, ctx) => findByIds(ctx.em, Drill, ids),
      visible: (row: Drill, ctx) => seesTownships(ctx, row.townshipIds),
    },
    HazardInvestigation: {
      load: (ids, ctx) => findByIds(ctx.em, HazardInvestigation, ids),
      visible: (row: HazardInvestigation, ctx) => seesTownships(ctx, row.townshipIds),
    },
    // A hazard's township is its business's: a township officer sees the hazards at businesses of the township.
    Hazard: {
      load: (ids, ctx) => findByIds(ctx.em, Hazard, ids),
      visible: (row: Hazard, ctx) => seesTownships(ctx, [row.townshipId]),
    },
    // The stub is the key alone and reveals nothing; Entity.hazards applies the caller's scope itself.
    Entity: {
      load: async (ids) => ids.map(entityRef),
      visible: () => true,
    },
    Incident: {
      load: (ids, ctx) => findByIds(ctx.em, Incident, ids),
      visible: (row: Incident, ctx) => seesShared(ctx, row.responseDepartments, [row.townshipId]),
    },
  },
  root: serviceRoot(import.meta.url),
});
