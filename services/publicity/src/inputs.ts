import { DateTimeISO, LocalDate } from '@shian/subgraph-kit';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ArticleChannel, ArticleKind, OpinionSeverity, OpinionStatus, OutreachKind } from './entities/enums';

/** The input types of this subgraph (frontends/publicity is written against these names). */

@InputType({ description: '文章筛选' })
export class ArticleFilter {
  @Field(() => Int, { nullable: true, description: '发布年份' })
  year?: number | null;

  @Field(() => ArticleKind, { nullable: true })
  kind?: ArticleKind | null;

  @Field(() => ArticleChannel, { nullable: true })
  channel?: ArticleChannel | null;

  @Field(() => String, { nullable: true, description: '标题、作者或摘要包含' })
  search?: string | null;
}

@InputType({ description: '登记或修改文章' })
export class ArticleInput {
  @Field()
  title!: string;

  @Field(() => ArticleKind)
  kind!: ArticleKind;

  @Field(() => ArticleChannel)
  channel!: ArticleChannel;

  @Field(() => DateTimeISO)
  publishedAt!: Date;

  @Field(() => Int, { defaultValue: 0, description: '阅读量' })
  reach!: number;

  @Field({ description: '作者或供稿单位' })
  author!: string;

  @Field({ defaultValue: '' })
  summary!: string;

  @Field(() => String, { nullable: true })
  url?: string | null;
}

@InputType({ description: '舆情筛选' })
export class OpinionEventFilter {
  @Field(() => Int, { nullable: true, description: '发现年份' })
  year?: number | null;

  @Field(() => OpinionStatus, { nullable: true })
  status?: OpinionStatus | null;

  @Field(() => OpinionSeverity, { nullable: true })
  severity?: OpinionSeverity | null;

  @Field(() => ID, { nullable: true })
  entityId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否曾升级上报' })
  escalated?: boolean | null;

  @Field(() => String, { nullable: true, description: '标题、内容或平台包含' })
  search?: string | null;
}

@InputType({ description: '登记舆情(阶段为「发现」)' })
export class OpinionEventInput {
  @Field()
  title!: string;

  @Field()
  content!: string;

  @Field({ description: '发现平台' })
  platform!: string;

  @Field(() => String, { nullable: true })
  sourceUrl?: string | null;

  @Field(() => DateTimeISO)
  detectedAt!: Date;

  @Field(() => OpinionSeverity)
  severity!: OpinionSeverity;

  @Field(() => ID, { nullable: true, description: '涉及主体' })
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: '涉及主体所属乡镇(街道)代码;可不填,以主体登记为准,填写不一致的拒绝' })
  townshipId?: string | null;

  @Field(() => ID, { nullable: true, description: '关联案件编号' })
  caseId?: string | null;
}

@InputType({ description: '舆情阶段变更' })
export class OpinionMoveInput {
  @Field(() => OpinionStatus, { description: '变更后的阶段' })
  to!: OpinionStatus;

  @Field({ description: '处理情况' })
  note!: string;

  @Field(() => String, { nullable: true, description: '升级上报单位(变更为「升级上报」时必填)' })
  escalatedTo?: string | null;

  @Field(() => ID, { nullable: true, description: '关联案件编号(处置中立案时填写)' })
  caseId?: string | null;
}

@InputType({ description: '宣传活动筛选' })
export class OutreachEventFilter {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => LocalDate, { nullable: true, description: '起始日期(含),用于日历' })
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: '截止日期(含)' })
  to?: string | null;

  @Field(() => OutreachKind, { nullable: true })
  kind?: OutreachKind | null;

  @Field(() => ID, { nullable: true })
  weekId?: string | null;

  @Field(() => ID, { nullable: true })
  townshipId?: string | null;

  @Field(() => String, { nullable: true, description: '名称、主题或地点包含' })
  search?: string | null;
}

@InputType({ description: '登记宣传活动' })
export class OutreachEventInput {
  @Field()
  title!: string;

  @Field()
  theme!: string;

  @Field(() => OutreachKind)
  kind!: OutreachKind;

  @Field(() => LocalDate)
  heldOn!: string;

  @Field()
  place!: string;

  @Field(() => ID, { nullable: true, description: '所在乡镇(街道)代码;为空表示全区' })
  townshipId?: string | null;

  @Field()
  organizer!: string;

  @Field(() => Int, { description: '发放宣传资料(份)' })
  materials!: number;

  @Field(() => Int, { description: '受众人数' })
  peopleReached!: number;

  @Field(() => ID, { nullable: true, description: '所属宣传周' })
  weekId?: string | null;
}

@InputType({ description: '登记宣传周' })
export class PublicityWeekInput {
  @Field()
  name!: string;

  @Field()
  theme!: string;

  @Field(() => LocalDate)
  startsOn!: string;

  @Field(() => LocalDate)
  endsOn!: string;

  @Field()
  organizer!: string;
}
