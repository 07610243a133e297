import type { EntityManager } from '@mikro-orm/core';
import { Attendance, OfficerAttendance, TrainingAssessment, TrainingSession, WorkshopUpgrade } from '../src/entities';
import { buildTrainingDemoData } from './demo-data';

/** Writes the demo data (seeds/demo-data.ts) through the ORM; the kit runs it once, in one transaction. */
export async function seedDemoData(em: EntityManager): Promise<void> {
  const data = buildTrainingDemoData();
  const sessions = new Map<string, TrainingSession>();
  for (const session of data.sessions) {
    const created = new Date(`${session.heldOn}T01:00:00.000Z`);
    sessions.set(session.id, em.create(TrainingSession, { ...session, createdAt: created, updatedAt: created }));
  }
  for (const { sessionId, createdAt, ...fields } of data.attendances)
    em.create(Attendance, { ...fields, session: sessions.get(sessionId)!, createdAt: new Date(createdAt) });
  for (const { sessionId, createdAt, ...fields } of data.officerAttendances)
    em.create(OfficerAttendance, { ...fields, session: sessions.get(sessionId)!, createdAt: new Date(createdAt) });
  const assessments = new Map<string, TrainingAssessment>();
  for (const { sessionId, resitOfId, ...fields } of data.assessments)
    assessments.set(
      fields.id,
      em.create(TrainingAssessment, {
        ...fields,
        session: sessionId ? sessions.get(sessionId)! : null,
        resitOf: resitOfId ? assessments.get(resitOfId)! : null,
      }),
    );
  for (const upgrade of data.upgrades) em.create(WorkshopUpgrade, upgrade);
  await em.flush();
}
