import { Enum, Index, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { DateTimeISO } from '@shian/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ArticleChannel, ArticleKind } from './enums';

/** 科普/辟谣/警示: one post on one of the government's media channels. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '科普宣传、网络辟谣文章' })
@Table({ tableName: 'article' })
export class Article {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field({ description: '标题' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => ArticleKind)
  @Enum({ items: () => ArticleKind })
  kind!: ArticleKind;

  @Field(() => ArticleChannel)
  @Enum({ items: () => ArticleChannel })
  channel!: ArticleChannel;

  @Field(() => DateTimeISO, { description: '发布时间' })
  @Index()
  @Property({ type: 'datetime' })
  publishedAt!: Date;

  @Field(() => Int, { description: '阅读量' })
  @Property({ type: 'integer' })
  reach!: number;

  @Field({ description: '作者或供稿单位' })
  @Property({ type: 'string', length: 100 })
  author!: string;

  @Field({ description: '摘要' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => String, { nullable: true, description: '原文链接' })
  @Property({ type: 'string', length: 500, nullable: true })
  url?: string | null;

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
