import {
  checkVersion,
  type Context,
  localDate,
  notAfterToday,
  notFound,
  requireBureau,
  requireDistrictWriter,
  todayInChina,
  townshipScope,
  userInputError,
} from '@shian/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { townshipById } from '../data';
import { SupervisionStation, Township } from '../entities';

/**
 * 基层监管所 and their 两化 (标准化/规范化) checklists. Bureau staff read them (a township officer: the stations
 * covering their township); leaders and officers tick the checklist. Liaisons and partners: FORBIDDEN.
 */
@Resolver(() => SupervisionStation)
export class SupervisionStationResolver {
  @Query(() => [SupervisionStation], { description: '基层监管所(乡镇监管员:覆盖本乡镇的)' })
  async supervisionStations(@Ctx() ctx: Context): Promise<SupervisionStation[]> {
    const scope = townshipScope(ctx);
    const stations = await ctx.em.find(SupervisionStation, {}, { orderBy: { id: 'asc' } });
    // A handful of rows with their townships in a JSON column: filtered here rather than by a dialect's JSON query.
    return scope ? stations.filter((station) => station.townshipIds.includes(scope)) : stations;
  }

  @Mutation(() => SupervisionStation, { description: '更新“两化”建设检查项(区局领导、执法人员)' })
  async setStationChecklistItem(
    @Arg('stationId', () => ID) stationId: string,
    @Arg('version', () => Int, { description: '读到的版本号' }) version: number,
    @Arg('key', () => String, { description: '检查项代码' }) key: string,
    @Arg('done', () => Boolean) done: boolean,
    @Arg('doneOn', () => String, { nullable: true, description: '完成日期 YYYY-MM-DD,完成时必填' })
    doneOn: string | null,
    @Ctx() ctx: Context,
  ): Promise<SupervisionStation> {
    requireBureau(ctx);
    requireDistrictWriter(ctx);
    const station = await ctx.em.findOne(SupervisionStation, { id: stationId });
    if (!station) throw notFound('基层监管所', stationId);
    checkVersion(station, version, '基层监管所');
    const index = station.checklist.findIndex((item) => item.key === key);
    if (index < 0) throw userInputError(`没有该检查项:${key}`, 'key');
    let on: string | null = null;
    if (done) {
      if (!doneOn) throw userInputError('已完成的检查项须填写完成日期', 'doneOn');
      on = notAfterToday(localDate(doneOn, 'doneOn', '完成日期'), todayInChina(), 'doneOn', '完成日期');
    }
    // A new array, so the ORM sees the JSON column change.
    station.checklist = station.checklist.map((item, i) => (i === index ? { ...item, done, doneOn: on } : item));
    await ctx.em.flush();
    return station;
  }

  @FieldResolver(() => [Township], { description: '覆盖的乡镇(街道)' })
  async townships(@Root() station: SupervisionStation, @Ctx() ctx: Context): Promise<Township[]> {
    requireBureau(ctx);
    const rows = await townshipById(ctx).loadMany(station.townshipIds);
    return rows.filter((row): row is Township => row instanceof Township);
  }

  @FieldResolver(() => Int, { description: '已完成的检查项数' })
  checklistDone(@Root() station: SupervisionStation): number {
    return station.checklist.filter((item) => item.done).length;
  }
}
