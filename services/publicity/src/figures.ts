import { aggregateRow, type Context, countsByKey, monthlySums, townshipScope } from '@shian/subgraph-kit';
import { ArticleKind, OpinionStatus } from './entities';
import { yearSpan, yearWindow } from './validate';

/**
 * The year's publicity figures (docs/domain.md#the-2024-figures), aggregated by the database: articles and outreach
 * are the district's (the same for every bureau role), opinion events within the caller's scope (their township's
 * and the district-wide ones). Four statements whatever the year's size; a year without records answers zeros.
 */
export interface PublicityMonth {
  month: number;
  posts: number;
  opinionEvents: number;
  outreachEvents: number;
  materials: number;
}

export interface PublicityFigures {
  year: number;
  posts: number;
  postsByKind: { kind: ArticleKind; count: number }[];
  reach: number;
  opinionEvents: number;
  opinionEventsHandled: number;
  opinionEventsEscalated: number;
  outreachEvents: number;
  materials: number;
  peopleReached: number;
  byMonth: PublicityMonth[];
}

/** Handled means closed (办结), as the lifecycle's `isHandled` says. */
const HANDLED = OpinionStatus.CLOSED;

export async function publicityFigures(ctx: Context, year: number): Promise<PublicityFigures> {
  const { from, to } = yearSpan(year);
  const window = yearWindow(year);
  const em = ctx.em;
  const platform = em.getPlatform();
  const instants = [platform.processDateProperty(window.from), platform.processDateProperty(window.to)];
  const scope = townshipScope(ctx);
  const eventScope = scope === undefined ? '' : ' and (e.township_id = ? or e.township_id is null)';
  const postMonths = monthlySums(em, { column: 'a.published_at', year, as: 'm', instant: true });
  const eventMonths = monthlySums(em, { column: 'e.detected_at', year, as: 'm', instant: true });
  const outreachMonths = monthlySums(em, { column: 'o.held_on', year, as: 'm' });
  const materialMonths = monthlySums(em, { column: 'o.held_on', year, as: 'mat', value: 'o.materials' });
  const [articles, byKind, events, outreach] = await Promise.all([
    aggregateRow(
      em,
      `select count(*) as "n", coalesce(sum(a.reach), 0) as "reach", ${postMonths.select}
       from article a where a.published_at >= ? and a.published_at < ?`,
      [...postMonths.params, ...instants],
    ),
    countsByKey(
      em,
      `select a.kind as "key", count(*) as "n" from article a
       where a.published_at >= ? and a.published_at < ? group by a.kind`,
      instants,
    ),
    aggregateRow(
      em,
      `select count(*) as "n",
         sum(case when e.status = ? then 1 else 0 end) as "handled",
         sum(case when e.escalated_to is null then 0 else 1 end) as "escalated",
         ${eventMonths.select}
       from opinion_event e where e.detected_at >= ? and e.detected_at < ?${eventScope}`,
      [HANDLED, ...eventMonths.params, ...instants, ...(scope === undefined ? [] : [scope])],
    ),
    aggregateRow(
      em,
      `select count(*) as "n", coalesce(sum(o.materials), 0) as "materials",
         coalesce(sum(o.people_reached), 0) as "reached", ${outreachMonths.select}, ${materialMonths.select}
       from outreach_event o where o.held_on between ? and ?`,
      [...outreachMonths.params, ...materialMonths.params, from, to],
    ),
  ]);
  const months = {
    posts: postMonths.read(articles),
    opinionEvents: eventMonths.read(events),
    outreachEvents: outreachMonths.read(outreach),
    materials: materialMonths.read(outreach),
  };
  return {
    year,
    posts: articles.n ?? 0,
    postsByKind: Object.values(ArticleKind).map((kind) => ({ kind, count: byKind.get(kind) ?? 0 })),
    reach: articles.reach ?? 0,
    opinionEvents: events.n ?? 0,
    opinionEventsHandled: events.handled ?? 0,
    opinionEventsEscalated: events.escalated ?? 0,
    outreachEvents: outreach.n ?? 0,
    materials: outreach.materials ?? 0,
    peopleReached: outreach.reached ?? 0,
    byMonth: Array.from({ length: 12 }, (_, i) => ({
      month: i + 1,
      posts: months.posts[i] ?? 0,
      opinionEvents: months.opinionEvents[i] ?? 0,
      outreachEvents: months.outreachEvents[i] ?? 0,
      materials: months.materials[i] ?? 0,
    })),
  };
}
