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
  Township,
  Visit,
} from '../src/entities';
import { DEFAULT_BANDS } from '../src/rules/grading';
import { buildDemoData } from './demo-data';

/** Writes the demo data (seeds/demo-data.ts) through the ORM; the kit runs it once, in one transaction. */
export async function seedDemoData(em: EntityManager): Promise<void> {
  const data = buildDemoData();
  em.create(GradingRule, { id: 1, ...DEFAULT_BANDS, updatedAt: new Date('2024-01-02T00:00:00Z') });
  for (const township of data.townships) em.create(Township, township);

  const latest = new Map<string, { key: string; grade: Entity['riskGrade'] }>();
  for (const a of data.assessments) {
    const key = `${a.year}-${a.assessedOn}`;
    if (key >= (latest.get(a.entityId)?.key ?? '')) latest.set(a.entityId, { key, grade: a.grade });
  }
  for (const { townshipId, createdAt, ...entity } of data.entities)
    em.create(Entity, {
      ...entity,
      township: em.getReference(Township, townshipId),
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
}
