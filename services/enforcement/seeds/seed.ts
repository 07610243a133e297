import type { EntityManager } from '@mikro-orm/core';
import { DEMO_USERS } from '@shian/auth';
import { pastOfToday } from '@shian/clock';
import { actorOf, recordAudit, todayInChina } from '@shian/subgraph-kit';
import { HISTORY_RECORD_TYPES } from '../src/audit';
import {
  Campaign,
  Case,
  CasePause,
  Complaint,
  ComplaintStep,
  DrawItem,
  Inspection,
  Inspector,
  JointOperation,
  JointOperationParticipant,
  Penalty,
  RandomDraw,
  SeizedItem,
  Transfer,
} from '../src/entities';
import { complaintOutcome } from '../src/rules/complaints';
import { DrawStatus } from '../src/rules/enums';
import { buildDemoData } from './demo-data';

/** Writes the demo data (seeds/demo-data.ts) through the ORM; the kit runs it once, in one transaction. */
export async function seedDemoData(em: EntityManager, today = todayInChina()): Promise<void> {
  const data = buildDemoData({ today });
  const past = pastOfToday(today);
  const created = (date: string) => past(new Date(`${date}T01:00:00.000Z`));
  for (const inspector of data.inspectors) em.create(Inspector, inspector);
  const campaigns = new Map<string, Campaign>();
  for (const { categories: _c, inspections: _i, ...fields } of data.campaigns)
    campaigns.set(fields.id, em.create(Campaign, fields));
  const campaign = (id: string | null) => (id ? campaigns.get(id)! : null);

  const drawItems = new Map<string, DrawItem>();
  for (const { items, populationIds, poolIds, campaignId, ...fields } of data.draws) {
    const draw = em.create(RandomDraw, {
      ...fields,
      populationIdList: populationIds.join(','),
      poolIdList: poolIds.join(','),
      status: fields.publishedOn ? DrawStatus.PUBLISHED : DrawStatus.DRAWN,
      campaign: campaign(campaignId),
      createdAt: created(fields.drawnOn),
    });
    for (const { inspectorIds, ...item } of items)
      drawItems.set(item.id, em.create(DrawItem, { ...item, draw, inspectorIdList: inspectorIds.join(',') }));
  }
  for (const { inspectorIds, campaignId, drawItemId, ...fields } of data.inspections)
    em.create(Inspection, {
      ...fields,
      inspectorIdList: inspectorIds.join(','),
      campaign: campaign(campaignId),
      drawItem: drawItemId ? drawItems.get(drawItemId)! : null,
      createdAt: created(fields.inspectedOn),
    });

  const cases = new Map<string, Case>();
  for (const { violations, officerIds, campaignId, ...fields } of data.cases) {
    const at = created(fields.receivedOn);
    cases.set(
      fields.id,
      em.create(Case, {
        ...fields,
        violationList: violations.join(','),
        officerIdList: officerIds.join(','),
        campaign: campaign(campaignId),
        createdAt: at,
        updatedAt: at,
      }),
    );
  }
  for (const { caseId, ...fields } of data.pauses) em.create(CasePause, { ...fields, caseFile: cases.get(caseId)! });
  for (const { caseId, kinds, ...fields } of data.penalties)
    em.create(Penalty, { ...fields, kindList: kinds.join(','), caseFile: cases.get(caseId)! });
  for (const { caseId, ...fields } of data.transfers)
    em.create(Transfer, { ...fields, caseFile: cases.get(caseId)!, createdAt: created(fields.transferredOn) });
  for (const { caseId, ...fields } of data.seizedItems)
    em.create(SeizedItem, { ...fields, caseFile: cases.get(caseId)!, createdAt: created(fields.seizedOn) });
  // The demo's history, dated and signed as it happened, onto the audit trail (the kit writes it with this flush).
  for (const entry of data.audit) {
    const user = DEMO_USERS.find((candidate) => candidate.username === entry.username);
    recordAudit(em, {
      kind: entry.changes.every((change) => change.from == null) ? 'CREATE' : 'UPDATE',
      recordType: HISTORY_RECORD_TYPES[entry.recordType],
      recordId: entry.recordId,
      parentId: entry.caseId,
      action: entry.action,
      changes: entry.changes,
      at: past(new Date(entry.at)),
      // The demo's case handlers are the bureau's officers, named in the story but not all demo logins.
      actor: user ? actorOf(user) : { username: entry.username, name: entry.actor, role: 'officer' },
      operation: null,
    });
  }

  for (const { participants, departments, campaignId, ...fields } of data.operations) {
    const operation = em.create(JointOperation, {
      ...fields,
      departmentList: departments.join(','),
      campaign: campaign(campaignId),
      createdAt: created(fields.startsOn),
    });
    for (const participant of participants) em.create(JointOperationParticipant, { ...participant, operation });
  }

  for (const { steps, ...fields } of data.complaints) {
    const complaint = em.create(Complaint, {
      ...fields,
      outcome: complaintOutcome(fields),
      createdAt: created(fields.receivedOn),
      updatedAt: created(steps.at(-1)!.doneOn),
    });
    steps.forEach((step, i) => {
      em.create(ComplaintStep, {
        ...step,
        id: `${fields.id}-${i + 1}`,
        complaint,
        username: 'officer',
        actor: '李执法',
        at: past(new Date(Date.parse(`${step.doneOn}T01:00:00.000Z`) + i * 60_000)),
      });
    });
  }
  await em.flush();
}
