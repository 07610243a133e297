import { randomUUID } from 'node:crypto';
import { type FilterQuery, LockMode } from '@mikro-orm/core';
import {
  Connection,
  ConnectionArgs,
  type Context,
  conflict,
  forbidden,
  LocalDate,
  nextInSequence,
  notFound,
  paginate,
  requireDistrictWriter,
  requireWriter,
  inScope,
  todayInChina,
  townshipScope,
  userInputError,
} from '@shian/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { scopedTownship } from '../scope';
import { Notice, NoticeKind, Township } from '../entities';
import { NoticeFilter, NoticeInput } from '../inputs';
import { yearOf } from '../rules/dates';
import { localDate, notAfterToday, requiredText } from '../validate';

@ObjectType()
export class NoticeConnection extends Connection(Notice) {}

/** 文号 symbol per kind: 巴州市监食提〔2024〕3号 is the year's third prompt letter. */
const SYMBOL: Record<NoticeKind, string> = {
  PROMPT_LETTER: '提',
  SUPERVISION_LETTER: '督',
  RECTIFICATION_NOTICE: '改',
};

/** A reply is a letter's answer, not a report: two thousand characters, as the 反馈 box on paper. */
export const MAX_REPLY_LENGTH = 2000;

export const noticeNumber = (kind: NoticeKind, year: number, sequence: number) =>
  `巴州市监食${SYMBOL[kind]}〔${year}〕${sequence}号`;

@Resolver(() => Notice)
export class NoticeResolver {
  @Query(() => NoticeConnection, { nullable: true, description: '提示函、督办函、整改通知,最新在前' })
  notices(
    @Arg('filter', () => NoticeFilter, { nullable: true }) filter: NoticeFilter | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    const scope = townshipScope(ctx);
    const conditions: FilterQuery<Notice>[] = [];
    if (scope) conditions.push({ township: scope });
    if (filter?.townshipId) conditions.push({ township: filter.townshipId });
    if (filter?.kind) conditions.push({ kind: filter.kind });
    if (filter?.year != null)
      conditions.push({ sentOn: { $gte: `${filter.year}-01-01`, $lte: `${filter.year}-12-31` } });
    return paginate(ctx.em, Notice, { $and: conditions }, page, { orderBy: { sentOn: 'desc' } });
  }

  /** Sent by the district (区食安办) to a township: leaders and officers only. The 文号 is numbered per kind and year. */
  @Mutation(() => Notice, { description: '发出函件(文号自动编号)' })
  async sendNotice(@Arg('input', () => NoticeInput) input: NoticeInput, @Ctx() ctx: Context): Promise<Notice> {
    requireDistrictWriter(ctx);
    const township = await ctx.em.findOne(Township, { id: input.townshipId });
    if (!township) throw userInputError(`乡镇(街道)不存在:${input.townshipId}`, 'townshipId');
    const title = requiredText(input.title, 'title', '标题');
    const content = requiredText(input.content, 'content', '正文', 10_000);
    const sentOn = localDate(input.sentOn, 'sentOn', '发出日期');
    const dueOn = input.dueOn ? localDate(input.dueOn, 'dueOn', '反馈期限') : null;
    if (dueOn && dueOn <= sentOn) throw userInputError('反馈期限应晚于发出日期', 'dueOn');
    const year = yearOf(sentOn);
    // From the kit's counter per kind and year, in the mutation's transaction: a count (or max) + 1 gave two
    // concurrent senders the same 文号. It starts after the highest already issued.
    const head = noticeNumber(input.kind, year, 0).replace(/0号$/, '');
    const sequence = await nextInSequence(ctx.em, head, async () => {
      const issued = await ctx.em.find(Notice, { number: { $like: `${head}%` } }, { fields: ['number'] });
      return Math.max(0, ...issued.map((n) => Number(/〕(\d+)号$/.exec(n.number)?.[1] ?? 0)));
    });
    const notice = ctx.em.create(Notice, {
      id: randomUUID(),
      kind: input.kind,
      number: noticeNumber(input.kind, year, sequence),
      title,
      township,
      sentOn,
      content,
      dueOn,
    });
    await ctx.em.flush();
    return notice;
  }

  /**
   * The township the notice was sent to records its reply, once: its own township officer, or district staff
   * (leaders, officers) on its behalf. Another township's officer, partners and village liaisons are refused before
   * anything is read or written. The row is locked while it is checked, so two replies at once cannot both land.
   */
  @Mutation(() => Notice, { description: '记录乡镇(街道)对函件的反馈(每份函件一次)' })
  async recordNoticeReply(
    @Arg('id', () => ID) id: string,
    @Arg('repliedOn', () => LocalDate) repliedOn: string,
    @Arg('reply', () => String) reply: string,
    @Ctx() ctx: Context,
  ): Promise<Notice> {
    const role = ctx.identity.role;
    if (role === 'partner') throw forbidden('协作部门无权记录函件反馈');
    if (role === 'village') throw forbidden('村(社区)协管员无权记录函件反馈');
    requireWriter(ctx);
    const day = localDate(repliedOn, 'repliedOn', '反馈日期');
    const text = requiredText(reply, 'reply', '反馈内容', MAX_REPLY_LENGTH);
    const notice = await ctx.em.findOne(Notice, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!notice) throw notFound('函件', id);
    if (!inScope(ctx, notice.township.id))
      throw forbidden('该函件发给其他乡镇(街道),只能由收函乡镇(街道)或区局人员记录反馈');
    if (notice.repliedOn) throw conflict(`函件 ${notice.number} 已于 ${notice.repliedOn} 记录反馈,不能再次记录`);
    if (day < notice.sentOn) throw userInputError(`反馈日期(${day})不能早于发出日期(${notice.sentOn})`, 'repliedOn');
    notAfterToday(day, todayInChina(), 'repliedOn', '反馈日期');
    notice.repliedOn = day;
    notice.reply = text;
    await ctx.em.flush();
    return notice;
  }

  @FieldResolver(() => Township)
  township(@Root() notice: Notice, @Ctx() ctx: Context) {
    return scopedTownship(ctx, notice.township.id);
  }
}
