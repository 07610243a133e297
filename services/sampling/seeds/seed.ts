import type { EntityManager } from '@mikro-orm/core';
import { pastOfToday } from '@shian/clock';
import { todayInChina } from '@shian/subgraph-kit';
import {
  ConsumerRequest,
  Disposal,
  InfantFormulaBatch,
  Objection,
  RecheckRequest,
  RecheckStatus,
  Sample,
  SampleEvent,
  SamplingPlan,
  TestItem,
} from '../src/entities';
import { buildDemoData } from './demo-data';

/** Writes the demo data (seeds/demo-data.ts) through the ORM, in the kit's seeding transaction. */
export async function seedDemoData(em: EntityManager, today = todayInChina()): Promise<void> {
  const data = buildDemoData({ today });
  const past = pastOfToday(today);
  const plans = new Map(
    data.plans.map(({ focusVarieties, focusPeriods, focusAreas, ...plan }) => [
      plan.id,
      em.create(SamplingPlan, {
        ...plan,
        focusVarietyList: focusVarieties.join(','),
        focusPeriodList: focusPeriods.join(','),
        focusAreaList: focusAreas.join(','),
      }),
    ]),
  );
  const requests = new Map(
    data.consumerRequests.map((request) => [
      request.id,
      em.create(ConsumerRequest, { ...request, createdAt: past(new Date(`${request.submittedOn}T02:00:00Z`)) }),
    ]),
  );
  const samples = new Map<string, Sample>();
  for (const { planId, consumerRequestId, ...sample } of data.samples) {
    const row = em.create(Sample, {
      ...sample,
      plan: plans.get(planId)!,
      consumerRequest: consumerRequestId ? requests.get(consumerRequestId)! : null,
      createdAt: past(new Date(`${sample.sampledOn}T08:30:00Z`)),
    });
    samples.set(sample.id, row);
  }
  for (const { sampleId, ...item } of data.testItems) em.create(TestItem, { ...item, sample: samples.get(sampleId)! });
  for (const { sampleId, ...event } of data.events) {
    em.create(SampleEvent, {
      ...event,
      sample: samples.get(sampleId)!,
      recordedAt: past(new Date(`${event.happenedOn}T08:00:00Z`)),
    });
  }
  for (const { sampleId, ...recheck } of data.rechecks) {
    em.create(RecheckRequest, {
      ...recheck,
      sample: samples.get(sampleId)!,
      status: recheck.completedOn ? RecheckStatus.COMPLETED : RecheckStatus.REQUESTED,
    });
  }
  for (const { sampleId, ...objection } of data.objections)
    em.create(Objection, { ...objection, sample: samples.get(sampleId)! });
  for (const { sampleId, actions, ...disposal } of data.disposals) {
    em.create(Disposal, { ...disposal, actionList: actions.join(','), sample: samples.get(sampleId)! });
  }
  for (const { sampleId, ...batch } of data.infantFormulaBatches) {
    em.create(InfantFormulaBatch, { ...batch, sample: sampleId ? samples.get(sampleId)! : null });
  }
}
