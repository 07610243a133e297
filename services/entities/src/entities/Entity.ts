import { Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { EntityCategory, EntityStatus, RiskGrade } from './enums';
import { Township } from './Township';
import { Village } from './Village';

/** 食品生产经营主体: a food business on the register. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '食品生产经营主体' })
@Table({ tableName: 'entity' })
// The register lists by name, ties by id (the kit's pagination), filtered by township, category or risk grade: each
// filter with the whole order is one index, so a page reads its rows in order, an offset page skips rows without
// reading them, and a count reads only the index (measured at 100k entities, docs/benchmarks.md).
@Index({ properties: ['name', 'id'] })
@Index({ properties: ['township', 'name', 'id'] })
@Index({ properties: ['township', 'category', 'name', 'id'] })
@Index({ properties: ['riskGrade', 'name', 'id'] })
export class Entity {
  [OptionalProps]?: 'status' | 'riskGrade' | 'phone' | 'village' | 'version' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  // Shareable because a record that names its party as filed (enforcement's Case) provides the name itself, so
  // the gateway need not ask the register on behalf of those who may not read it (partner departments).
  @Directive('@shareable')
  @Field({ description: '名称' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field({ description: '统一社会信用代码(GB 32100-2015 校验)' })
  @Property({ type: 'string', length: 18, unique: true })
  creditCode!: string;

  @Field(() => EntityCategory)
  @Index()
  @Enum({ items: () => EntityCategory })
  category!: EntityCategory;

  @Field(() => EntityStatus)
  @Enum({ items: () => EntityStatus })
  status: EntityStatus = EntityStatus.OPERATING;

  @ManyToOne(() => Township, { ref: false, index: true })
  township!: Township;

  /** The 村/社区 the business is in, if recorded: always one of its township's. Exposed as `village`. */
  @ManyToOne(() => Village, { ref: false, nullable: true, index: true })
  village: Village | null = null;

  @Field({ description: '经营地址' })
  @Property({ type: 'string', length: 300 })
  address!: string;

  @Field({ description: '法定代表人(负责人)' })
  @Property({ type: 'string', length: 50 })
  legalRepresentative!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 30, nullable: true })
  phone: string | null = null;

  /**
   * The grade of the latest assessment, kept on the row by assessRisk so that the register filters and lists by
   * grade without a subquery.
   */
  @Field(() => RiskGrade, { nullable: true, description: '最新一次风险分级的等级,未分级为空' })
  @Enum({ items: () => RiskGrade, nullable: true })
  riskGrade: RiskGrade | null = null;

  @Field(() => Int, { description: '版本号:修改时提交,他人已修改则冲突' })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Field()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
