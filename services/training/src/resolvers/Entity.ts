import type { Context } from '@shian/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { assessmentsByEntity, attendancesByEntity, upgradesByEntity } from '../data';
import {
  Attendance,
  EntityRef,
  TrainingAssessment,
  TrainingSession,
  WorkshopLevel,
  WorkshopUpgrade,
} from '../entities';

/**
 * What training adds to the entities subgraph's Entity. Each field is one statement for every entity of a request,
 * and keeps the caller's row scope (a township officer asking about another township's entity gets empty lists).
 */
@Resolver(() => EntityRef)
export class EntityResolver {
  @FieldResolver(() => [TrainingSession], { nullable: true, description: '本主体从业人员参加过的培训,最新在前' })
  async trainings(@Root() entity: EntityRef, @Ctx() ctx: Context) {
    const sessions = new Map<string, TrainingSession>();
    for (const row of await attendancesByEntity(ctx).load(entity.id)) sessions.set(row.session.id, row.session);
    return [...sessions.values()].sort((a, b) => b.heldOn.localeCompare(a.heldOn) || a.id.localeCompare(b.id));
  }

  @FieldResolver(() => [Attendance], { nullable: true, description: '本主体从业人员的培训签到记录' })
  trainingAttendances(@Root() entity: EntityRef, @Ctx() ctx: Context) {
    return attendancesByEntity(ctx).load(entity.id);
  }

  @FieldResolver(() => [TrainingAssessment], { nullable: true, description: '本主体的考核批次,最新在前' })
  trainingAssessments(@Root() entity: EntityRef, @Ctx() ctx: Context) {
    return assessmentsByEntity(ctx).load(entity.id);
  }

  @FieldResolver(() => [WorkshopUpgrade], { nullable: true, description: '本主体(小作坊)的提档升级记录,最新在前' })
  workshopUpgrades(@Root() entity: EntityRef, @Ctx() ctx: Context) {
    return upgradesByEntity(ctx).load(entity.id);
  }

  @FieldResolver(() => WorkshopLevel, { nullable: true, description: '小作坊当前等级(最近一次验收);未升级过为空' })
  async workshopLevel(@Root() entity: EntityRef, @Ctx() ctx: Context) {
    const [latest] = await upgradesByEntity(ctx).load(entity.id);
    return latest?.toLevel ?? null;
  }
}
