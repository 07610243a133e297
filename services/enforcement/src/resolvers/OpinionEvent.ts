import { type Context, requireBureau } from '@shian/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Case, OpinionEventRef } from '../entities';
import { casesOf } from './shared';

/**
 * What enforcement adds to publicity's OpinionEvent: the leads and cases registered from it (`opinionEventId`), so
 * the event's page shows what enforcement made of it. Opinion events are the bureau's: a partner or a village
 * liaison is refused (the field is a nullable boundary); the bureau sees them within its case scope.
 */
@Resolver(() => OpinionEventRef)
export class OpinionEventEnforcementResolver {
  @FieldResolver(() => [Case], {
    nullable: true,
    description: '由该舆情登记的线索和案件,受理日期由近及远(执法办案子图提供,在本人权限范围内)',
  })
  cases(@Root() event: OpinionEventRef, @Ctx() ctx: Context) {
    requireBureau(ctx);
    return casesOf(ctx, 'opinionEventId', event.id);
  }
}
