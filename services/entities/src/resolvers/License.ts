import { randomUUID } from 'node:crypto';
import { type Context, notFound, requireWriter, todayInChina, userInputError } from '@shian/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { scopedEntity } from '../scope';
import { Entity, License } from '../entities';
import { LicenseInput } from '../inputs';
import { checkLicense, isExpired } from '../rules/license';

@Resolver(() => License)
export class LicenseResolver {
  @Mutation(() => License, { description: '登记许可证(登记证)' })
  async addLicense(@Arg('input', () => LicenseInput) input: LicenseInput, @Ctx() ctx: Context): Promise<License> {
    const entity = await ctx.em.findOne(Entity, { id: input.entityId });
    if (!entity) throw notFound('主体', input.entityId);
    requireWriter(ctx, entity.township.id);
    const number = input.number.trim();
    const [problem] = checkLicense({ ...input, number });
    if (problem) throw userInputError(problem.message, problem.field);
    if (await ctx.em.count(License, { number })) throw userInputError(`许可证编号已登记:${number}`, 'number');
    const license = ctx.em.create(License, {
      id: randomUUID(),
      entity,
      kind: input.kind,
      number,
      issuedOn: input.issuedOn,
      validUntil: input.validUntil,
    });
    await ctx.em.flush();
    return license;
  }

  @FieldResolver(() => Boolean, { description: '已过期(有效期至早于今天)' })
  expired(@Root() license: License): boolean {
    return isExpired(license.validUntil, todayInChina());
  }

  @FieldResolver(() => Entity)
  entity(@Root() license: License, @Ctx() ctx: Context) {
    return scopedEntity(ctx, license.entity.id);
  }
}
