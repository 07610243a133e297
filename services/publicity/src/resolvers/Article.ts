import { randomUUID } from 'node:crypto';
import { type FilterQuery, wrap } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  type Context,
  notFound,
  paginate,
  requireBureau,
  requireDistrictWriter,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Article } from '../entities';
import { ArticleFilter, ArticleInput } from '../inputs';
import { checkCount, checkDate, checkUrl, required } from '../rules';
import { contains, rejectProblems, yearWindow } from '../validate';

@ObjectType()
export class ArticleConnection extends Connection(Article) {}

function articleProblems(input: ArticleInput) {
  return [
    ...required(input.title, 'title', '标题'),
    ...required(input.author, 'author', '作者'),
    ...checkDate(input.publishedAt.toISOString(), 'publishedAt', '发布时间'),
    ...checkCount(input.reach, 'reach', '阅读量'),
    ...checkUrl(input.url),
  ];
}

const normalised = (input: ArticleInput) => ({
  ...input,
  title: input.title.trim(),
  author: input.author.trim(),
  summary: input.summary.trim(),
  url: input.url?.trim() || null,
});

/** The district's posts: every bureau role reads them; leaders and officers publish them. */
@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, { nullable: true, description: '科普宣传、网络辟谣文章,最新在前' })
  articles(
    @Arg('filter', () => ArticleFilter, { nullable: true }) filter: ArticleFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    requireBureau(ctx);
    const conditions: FilterQuery<Article>[] = [];
    if (filter?.year != null) {
      const { from, to } = yearWindow(filter.year);
      conditions.push({ publishedAt: { $gte: from, $lt: to } });
    }
    if (filter?.kind) conditions.push({ kind: filter.kind });
    if (filter?.channel) conditions.push({ channel: filter.channel });
    if (filter?.search?.trim())
      conditions.push(contains(['title', 'author', 'summary'], filter.search) as FilterQuery<Article>);
    return paginate(ctx.em, Article, { $and: conditions }, page, { orderBy: { publishedAt: 'desc' } });
  }

  @Query(() => Article, { nullable: true })
  article(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    requireBureau(ctx);
    return ctx.em.findOne(Article, { id });
  }

  @Mutation(() => Article, { description: '登记文章' })
  async createArticle(@Arg('input', () => ArticleInput) input: ArticleInput, @Ctx() ctx: Context) {
    requireDistrictWriter(ctx);
    rejectProblems(articleProblems(input));
    const article = ctx.em.create(Article, { ...normalised(input), id: randomUUID() });
    await ctx.em.flush();
    return article;
  }

  @Mutation(() => Article, { description: '修改文章(如更新阅读量)' })
  async updateArticle(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ArticleInput) input: ArticleInput,
    @Ctx() ctx: Context,
  ) {
    requireDistrictWriter(ctx);
    const article = await ctx.em.findOne(Article, { id });
    if (!article) throw notFound('文章', id);
    rejectProblems(articleProblems(input));
    wrap(article).assign(normalised(input));
    await ctx.em.flush();
    return article;
  }
}
