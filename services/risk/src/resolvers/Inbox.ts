import { todayInChina as chinaDay } from '@shian/clock';
import {
  type Context,
  clockContext,
  InboxItem,
  InboxQueries,
  inboxItem,
  inboxWindow,
  requireInboxReader,
  sortInboxItems,
  townshipScope,
} from '@shian/subgraph-kit';
import { Ctx, Directive, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { Duty, DutyStatus, Hazard, HazardStatus, Incident } from '../entities';
import { dutyScope } from '../entities/scope';
import { dutyClock, lastOverdueDueDate } from '../rules';
import { reportClockOf } from './IncidentReportRule';

/** The bureau's inbox (api.md), keyed by its look-ahead: risk adds its own part, `risk`. */
@Directive('@key(fields: "withinWorkingDays")')
@ObjectType({ description: '待办事项' })
export class Inbox {
  @Field(() => Int)
  withinWorkingDays!: number;
}

/** A record's text cut to a title's length: the code names the record, a few words say which one it is. */
export function excerpt(text: string, length = 20): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}

/**
 * The township a duty's reminder goes to: its owner's (a township, or an official of one); else the one township of
 * the record it came from; else none (a district department's duty, or one concerning several townships).
 */
function dutyTownship(duty: Duty): string | null {
  if (duty.townshipId) return duty.townshipId;
  if (duty.ownerTownshipId) return duty.ownerTownshipId;
  const source = duty.risk ?? duty.consultation ?? duty.drill;
  return source?.townshipIds.length === 1 ? source.townshipIds[0]! : null;
}

/**
 * Risk's open clocks in the caller's scope, as its lists apply it:
 * - duties not done, by their stored due date: OVERDUE exactly when `duties(filter: { overdue: true })` lists them
 *   and WorkReport.risk counts them (due on or before `lastOverdueDueDate`). The item's day is the clock's deadline
 *   (a due date on a rest day moves to the next working day, `DUTY_DUE_RULE`), which is before today in exactly
 *   those cases, so the kit's state and the list's filter agree;
 * - open hazards by their rectification deadline (`rectifyBy`, the day itself still in time, as `Hazard.overdue`);
 * - incidents not yet reported up, by their reporting clock's deadline (hours from 接报, the limit stored on the
 *   incident): OVERDUE from the deadline's instant, not only from the next day.
 * Drills and consultations carry no deadline of their own: their follow-ups and conclusions are duties, counted above.
 */
export async function riskInbox(ctx: Context, withinWorkingDays: number): Promise<InboxItem[]> {
  requireInboxReader(ctx);
  const township = townshipScope(ctx);
  const on = await clockContext(ctx);
  const window = inboxWindow(withinWorkingDays, on.calendar, on.today);
  const overdueBy = lastOverdueDueDate(on);
  const em = ctx.em;

  const [duties, hazards, incidents] = await Promise.all([
    // A deadline is never before its due date, so due on or before the horizon holds every duty in the window.
    em.find(
      Duty,
      {
        $and: [
          dutyScope<Duty>(ctx),
          { status: { $ne: DutyStatus.DONE }, dueDate: { $ne: null, $lte: window.horizon } },
        ],
      },
      { populate: ['risk', 'consultation', 'drill'] },
    ),
    em.find(Hazard, {
      status: HazardStatus.OPEN,
      rectifyBy: { $lte: window.horizon },
      ...(township === undefined ? {} : { townshipId: township }),
    }),
    em.find(Incident, { reportedAt: null, ...(township === undefined ? {} : { townshipId: township }) }),
  ]);

  const items: (InboxItem | null)[] = [];
  for (const duty of duties) {
    const clock = dutyClock(
      { frequency: duty.frequency, dueDate: duty.dueDate, assignedOn: chinaDay(duty.createdAt), status: duty.status },
      on,
    );
    if (!clock.deadline) continue;
    const item = inboxItem(
      {
        domain: 'risk',
        kind: 'DUTY',
        title: `责任 ${duty.code}(${excerpt(duty.task)}):完成时限`,
        recordId: duty.id,
        recordCode: duty.code,
        townshipId: dutyTownship(duty),
        dueDate: clock.deadline,
        link: duty.risk ? `/risk/risks/${duty.risk.id}` : `/risk/duties?status=${duty.status}`,
        // The list's definition decides; the deadline's comparison gives the same answer (see above), asserted in tests.
        overdue: duty.dueDate! <= overdueBy,
      },
      window,
    );
    items.push(item);
  }
  for (const hazard of hazards) {
    items.push(
      inboxItem(
        {
          domain: 'risk',
          kind: 'HAZARD_RECTIFICATION',
          title: `隐患 ${hazard.code}(${excerpt(hazard.description)}):整改期限`,
          recordId: hazard.id,
          recordCode: hazard.code,
          townshipId: hazard.townshipId,
          dueDate: hazard.rectifyBy,
          link: `/risk/investigations/${hazard.investigation.id}`,
        },
        window,
      ),
    );
  }
  for (const incident of incidents) {
    const clock = reportClockOf(incident);
    const item = inboxItem(
      {
        domain: 'risk',
        kind: 'INCIDENT_REPORT',
        title: `突发事件 ${incident.code}(${excerpt(incident.title)}):向上级报告时限`,
        recordId: incident.id,
        recordCode: incident.code,
        townshipId: incident.townshipId,
        dueDate: chinaDay(clock.deadline),
        dueAt: clock.deadline,
        link: `/risk/incidents/${incident.id}`,
      },
      window,
    );
    items.push(item);
  }
  return sortInboxItems(items);
}

@Resolver(() => Inbox)
export class InboxResolver extends InboxQueries(Inbox) {
  @FieldResolver(() => [InboxItem], {
    nullable: true,
    description: '风险与应急:未完成的责任、未整改的隐患、未向上级报告的突发事件(本人范围内)',
  })
  risk(@Root() inbox: Inbox, @Ctx() ctx: Context): Promise<InboxItem[]> {
    return riskInbox(ctx, inbox.withinWorkingDays);
  }
}
