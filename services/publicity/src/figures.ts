import type { Context } from '@shian/subgraph-kit';
import { opinionScope } from './data';
import { Article, ArticleKind, OpinionEvent, OutreachEvent } from './entities';
import { isHandled } from './rules';
import { yearSpan, yearWindow } from './validate';

/**
 * The year's publicity figures (domain.md's acceptance table), counted from records: articles and outreach are the
 * district's (the same for every bureau role), opinion events within the caller's scope. One statement per kind of
 * record; a year holds tens of them, not thousands.
 */
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
}

export async function publicityFigures(ctx: Context, year: number): Promise<PublicityFigures> {
  const { from, to } = yearSpan(year);
  const instants = yearWindow(year);
  const articles = await ctx.em.find(Article, { publishedAt: { $gte: instants.from, $lt: instants.to } });
  const events = await ctx.em.find(OpinionEvent, {
    $and: [{ detectedAt: { $gte: instants.from, $lt: instants.to } }, opinionScope(ctx)],
  });
  const outreach = await ctx.em.find(OutreachEvent, { heldOn: { $gte: from, $lte: to } });
  const sum = <T>(rows: T[], value: (row: T) => number) => rows.reduce((total, row) => total + value(row), 0);
  return {
    year,
    posts: articles.length,
    postsByKind: Object.values(ArticleKind).map((kind) => ({
      kind,
      count: articles.filter((a) => a.kind === kind).length,
    })),
    reach: sum(articles, (a) => a.reach),
    opinionEvents: events.length,
    opinionEventsHandled: events.filter((e) => isHandled(e.status)).length,
    opinionEventsEscalated: events.filter((e) => e.escalatedTo != null).length,
    outreachEvents: outreach.length,
    materials: sum(outreach, (o) => o.materials),
    peopleReached: sum(outreach, (o) => o.peopleReached),
  };
}
