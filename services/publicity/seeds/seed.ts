import type { EntityManager } from '@mikro-orm/core';
import { Article, OpinionEvent, OpinionEventStep, OutreachEvent, PublicityWeek } from '../src/entities';
import { buildPublicityDemoData } from './demo-data';

/** Writes the demo data (seeds/demo-data.ts) through the ORM; the kit runs it once, in one transaction. */
export async function seedDemoData(em: EntityManager): Promise<void> {
  const data = buildPublicityDemoData();
  for (const { publishedAt, ...article } of data.articles) {
    const at = new Date(publishedAt);
    em.create(Article, { ...article, publishedAt: at, createdAt: at, updatedAt: at });
  }
  for (const { steps, detectedAt, ...fields } of data.opinionEvents) {
    const last = steps[steps.length - 1]!;
    const event = em.create(OpinionEvent, {
      ...fields,
      detectedAt: new Date(detectedAt),
      status: last.to,
      closedAt: last.to === 'CLOSED' ? new Date(last.at) : null,
      createdAt: new Date(detectedAt),
      updatedAt: new Date(last.at),
    });
    steps.forEach((step, i) => {
      em.create(OpinionEventStep, {
        id: `${fields.id}-${i + 1}`,
        event,
        fromStatus: i === 0 ? null : steps[i - 1]!.to,
        toStatus: step.to,
        at: new Date(step.at),
        by: step.by,
        byName: step.byName,
        note: step.note,
      });
    });
  }
  const weeks = new Map(data.weeks.map((week) => [week.id, em.create(PublicityWeek, week)]));
  for (const { weekId, ...fields } of data.outreach)
    em.create(OutreachEvent, { ...fields, week: weekId ? weeks.get(weekId)! : null });
  await em.flush();
}
