import { type Context, InboxItem, InboxQueries, requireInboxReader } from '@shian/subgraph-kit';
import { Ctx, Directive, Field, FieldResolver, Int, ObjectType, Resolver } from 'type-graphql';

/** The bureau's inbox (api.md), keyed by its look-ahead: publicity adds its own part, `publicity`. */
@Directive('@key(fields: "withinWorkingDays")')
@ObjectType({ description: '待办事项' })
export class Inbox {
  @Field(() => Int)
  withinWorkingDays!: number;
}

/**
 * Publicity's records (articles, outreach events, publicity weeks, opinion events) carry no deadline: an opinion
 * event moves through its lifecycle with no response time stored or ruled, the rest record what was done. Its part of
 * the inbox is therefore always empty; a clock added to this domain (a response limit for opinion events) belongs here.
 */
@Resolver(() => Inbox)
export class InboxResolver extends InboxQueries(Inbox) {
  @FieldResolver(() => [InboxItem], {
    nullable: true,
    description: '宣传与舆情:本领域记录(宣传文章、活动、宣传周、舆情)均无办理期限,恒为空列表',
  })
  publicity(@Ctx() ctx: Context): InboxItem[] {
    requireInboxReader(ctx);
    return [];
  }
}
