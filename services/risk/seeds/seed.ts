import type { EntityManager } from '@mikro-orm/core';
import {
  Consultation,
  ConsultationConclusion,
  Drill,
  Duty,
  Hazard,
  HazardInvestigation,
  Incident,
  IncidentTimelineEntry,
  Risk,
  RiskLevelChange,
  toList,
} from '../src/entities';
import { buildRiskDemoData } from './demo-data';

/** Writes the demo data (seeds/demo-data.ts) through the ORM; the kit runs it once, in one transaction. */
export async function seedDemoData(em: EntityManager): Promise<void> {
  const data = buildRiskDemoData();
  const risks = new Map<string, Risk>();
  for (const { history, townshipIds, ...fields } of data.risks) {
    const risk = em.create(Risk, { ...fields, townshipList: toList(townshipIds), updatedAt: fields.createdAt });
    risks.set(risk.id, risk);
    for (const [i, change] of history.entries())
      em.create(RiskLevelChange, {
        id: `${risk.id}-L${i + 1}`,
        risk,
        at: change.at,
        fromLevel: change.from,
        toLevel: change.to,
        likelihood: change.likelihood,
        severity: change.severity,
        reason: change.reason,
        by: '李执法',
      });
  }
  const consultations = new Map<string, Consultation>();
  for (const { conclusions: _, departments, townshipIds, ...fields } of data.consultations)
    consultations.set(
      fields.id,
      em.create(Consultation, { ...fields, departmentList: toList(departments), townshipList: toList(townshipIds) }),
    );
  const drills = new Map<string, Drill>();
  for (const { departments, townshipIds, ...fields } of data.drills)
    drills.set(
      fields.id,
      em.create(Drill, { ...fields, departmentList: toList(departments), townshipList: toList(townshipIds) }),
    );
  const duties = new Map<string, Duty>();
  for (const { riskId, consultationId, drillId, ...fields } of data.duties)
    duties.set(
      fields.id,
      em.create(Duty, {
        ...fields,
        risk: riskId ? risks.get(riskId)! : null,
        consultation: consultationId ? consultations.get(consultationId)! : null,
        drill: drillId ? drills.get(drillId)! : null,
        updatedAt: fields.createdAt,
      }),
    );
  for (const consultation of data.consultations)
    for (const { dutyId, ...conclusion } of consultation.conclusions)
      em.create(ConsultationConclusion, {
        ...conclusion,
        consultation: consultations.get(consultation.id)!,
        duty: duties.get(dutyId)!,
      });
  const investigations = new Map<string, HazardInvestigation>();
  for (const { townshipIds, ...fields } of data.investigations)
    investigations.set(fields.id, em.create(HazardInvestigation, { ...fields, townshipList: toList(townshipIds) }));
  for (const { investigationId, riskId, ...fields } of data.hazards)
    em.create(Hazard, {
      ...fields,
      investigation: investigations.get(investigationId)!,
      risk: riskId ? risks.get(riskId)! : null,
    });
  for (const { timeline, responseDepartments, ...fields } of data.incidents) {
    const incident = em.create(Incident, {
      ...fields,
      responseDepartmentList: toList(responseDepartments),
      sampleIds: [],
      caseIds: [],
      updatedAt: timeline.at(-1)!.at,
    });
    for (const entry of timeline) em.create(IncidentTimelineEntry, { ...entry, incident });
  }
  await em.flush();
}
