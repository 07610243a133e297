import { type Context, InboxItem, InboxQueries, requireInboxReader } from '@shian/subgraph-kit';
import { Ctx, Directive, Field, FieldResolver, Int, ObjectType, Resolver } from 'type-graphql';

/** The bureau's inbox (api.md), keyed by its look-ahead: training adds its own part, `training`. */
@Directive('@key(fields: "withinWorkingDays")')
@ObjectType({ description: '待办事项' })
export class Inbox {
  @Field(() => Int)
  withinWorkingDays!: number;
}

/**
 * Training's records (sessions, sign-in sheets, assessments, workshop upgrades) are written after the fact: none
 * carries a date by which the bureau must act (an assessment records who passed, with no resit date; an upgrade its
 * acceptance day), so its part of the inbox is always empty. A clock added to this domain belongs here.
 */
@Resolver(() => Inbox)
export class InboxResolver extends InboxQueries(Inbox) {
  @FieldResolver(() => [InboxItem], {
    nullable: true,
    description: '培训考核:本领域记录(培训、考核、提档升级)均为已发生事项的登记,没有须在期限前办理的事项,恒为空列表',
  })
  training(@Ctx() ctx: Context): InboxItem[] {
    requireInboxReader(ctx);
    return [];
  }
}
