import type { EntityManager } from '@mikro-orm/core';
import {
  Assignment,
  Entity,
  GradingRule,
  License,
  Notice,
  Official,
  RiskAssessment,
  SupervisionRound,
  SupervisionStation,
  Township,
  Village,
  VillageReport,
  VillageReportStatus,
  VillageReportKind,
  Visit,
} from '../src/entities';
import { DEFAULT_BANDS } from '../src/rules/grading';
import { buildDemoData } from './demo-data';
import { HolidayCalendar, deadlineOf, todayInChina } from '@shian/clock';
import { DEFAULT_TRIAGE_WORKING_DAYS, triageRule } from '../src/villages/clock';
import { buildStations, buildVillageReports, buildVillages, villageOfEntities } from './demo-villages';

/** Writes the demo data (seeds/demo-data.ts) through the ORM; the kit runs it once, in one transaction. */
export async function seedDemoData(em: EntityManager): Promise<void> {
  const data = buildDemoData();
  em.create(GradingRule, { id: 1, ...DEFAULT_BANDS, updatedAt: new Date('2024-01-02T00:00:00Z') });
  for (const township of data.townships) em.create(Township, township);
  const villages = buildVillages();
  for (const { townshipId, ...village } of villages)
    em.create(Village, { ...village, township: em.getReference(Township, townshipId) });
  const villageOf = villageOfEntities(data.entities, villages);
  for (const station of buildStations())
    em.create(SupervisionStation, { ...station, updatedAt: new Date('2024-12-31T00:00:00Z') });

  const latest = new Map<string, { key: string; grade: Entity['riskGrade'] }>();
  for (const a of data.assessments) {
    const key = `${a.year}-${a.assessedOn}`;
    if (key >= (latest.get(a.entityId)?.key ?? '')) latest.set(a.entityId, { key, grade: a.grade });
  }
  for (const { townshipId, createdAt, ...entity } of data.entities)
    em.create(Entity, {
      ...entity,
      township: em.getReference(Township, townshipId),
      village: villageOf.get(entity.id) ? em.getReference(Village, villageOf.get(entity.id) as string) : null,
      riskGrade: latest.get(entity.id)?.grade ?? null,
      createdAt: new Date(createdAt),
      updatedAt: new Date(createdAt),
    });
  for (const { entityId, ...license } of data.licenses)
    em.create(License, { ...license, entity: em.getReference(Entity, entityId) });
  for (const { entityId, ...assessment } of data.assessments)
    em.create(RiskAssessment, {
      ...assessment,
      entity: em.getReference(Entity, entityId),
      createdAt: new Date(`${assessment.assessedOn}T02:00:00Z`),
    });
  for (const { townshipId, ...official } of data.officials)
    em.create(Official, { ...official, township: townshipId ? em.getReference(Township, townshipId) : null });

  const lastVisit = new Map<string, string>();
  for (const visit of data.visits)
    if (visit.visitedOn > (lastVisit.get(visit.assignmentId) ?? '')) lastVisit.set(visit.assignmentId, visit.visitedOn);
  for (const { officialId, entityId, ...assignment } of data.assignments)
    em.create(Assignment, {
      ...assignment,
      official: em.getReference(Official, officialId),
      entity: em.getReference(Entity, entityId),
      lastVisitOn: lastVisit.get(assignment.id) ?? null,
    });
  for (const { assignmentId, ...visit } of data.visits)
    em.create(Visit, { ...visit, assignment: em.getReference(Assignment, assignmentId) });
  for (const { townshipId, ...round } of data.rounds)
    em.create(SupervisionRound, { ...round, township: em.getReference(Township, townshipId) });
  for (const { townshipId, ...notice } of data.notices)
    em.create(Notice, { ...notice, township: em.getReference(Township, townshipId) });

  // On the default calendar (the seed cannot ask sampling for the bureau's edits), as the service would without them.
  const calendar = HolidayCalendar.chinese([]);
  for (const { villageId, entityId, receivedAt, status, kind, ...report } of buildVillageReports(
    data.entities,
    villageOf,
  )) {
    const receivedOn = todayInChina(new Date(receivedAt));
    em.create(VillageReport, {
      ...report,
      kind: kind as VillageReportKind,
      status: status as VillageReportStatus,
      village: em.getReference(Village, villageId),
      townshipId: villageId.slice(0, 9),
      entity: entityId ? em.getReference(Entity, entityId) : null,
      receivedAt: new Date(receivedAt),
      receivedOn,
      dueOn: deadlineOf(triageRule(DEFAULT_TRIAGE_WORKING_DAYS), receivedOn, calendar) as string,
      triagedBy: status === 'DISMISSED' ? '张监管' : null,
      triagedAt: status === 'DISMISSED' ? new Date(receivedAt) : null,
    });
  }
}
