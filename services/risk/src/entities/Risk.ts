import { Entity as Table, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DateTimeISO, LocalDate } from '@shian/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { RiskCategory, RiskLevel, RiskStatus } from './enums';
import { fromList } from './lists';

/**
 * 风险清单: one risk, its likelihood and severity, and the level the bureau's matrix gives them (never sent by the
 * client). Which townships and kinds of business it concerns; who owns it. Its level history is RiskLevelChange.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: '风险(风险清单)' })
@Table({ tableName: 'risk' })
@Index({ properties: ['level', 'createdAt'] })
export class Risk {
  [OptionalProps]?:
    | 'controls'
    | 'ownerId'
    | 'reviewDate'
    | 'status'
    | 'version'
    | 'createdAt'
    | 'updatedAt'
    | 'townshipIds';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field({ description: '风险编号,如 FX-2025-001' })
  @Property({ type: 'string', length: 30, unique: true })
  code!: string;

  @Field({ description: '风险名称' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field({ description: '风险点(危害)' })
  @Property({ type: 'text' })
  hazard!: string;

  @Field({ description: '风险来源' })
  @Property({ type: 'string', length: 500 })
  source!: string;

  @Field(() => RiskCategory, { description: '风险类别' })
  @Enum({ items: () => RiskCategory })
  category!: RiskCategory;

  @Field(() => Int, { description: '可能性(1—5)' })
  @Property({ type: 'integer' })
  likelihood!: number;

  @Field(() => Int, { description: '严重性(1—5)' })
  @Property({ type: 'integer' })
  severity!: number;

  @Field(() => RiskLevel, { description: '风险等级(由风险矩阵得出)' })
  @Enum({ items: () => RiskLevel })
  level!: RiskLevel;

  /** The townships concerned, `,a,b,` (lists.ts): scope is `like`. Exposed as `townships` / `townshipIds`. */
  @Index()
  @Property({ type: 'string', length: 1000 })
  townshipList!: string;

  /** Kinds of business concerned: the entities subgraph's category codes. */
  @Field(() => [String], { description: '涉及的业态(主体类别代码)' })
  @Property({ type: 'json' })
  businessCategories!: string[];

  @Field(() => String, { nullable: true, description: '已采取的管控措施' })
  @Property({ type: 'text', nullable: true })
  controls: string | null = null;

  @Field({ description: '责任部门' })
  @Property({ type: 'string', length: 100 })
  ownerDepartment!: string;

  /** The entities subgraph's Official (包保干部), exposed as `owner`. */
  @Property({ type: 'string', length: 36, nullable: true })
  ownerId: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: '下次评估(复核)日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  reviewDate: string | null = null;

  @Field(() => RiskStatus, { description: '状态' })
  @Enum({ items: () => RiskStatus })
  status: RiskStatus = RiskStatus.ACTIVE;

  @Field(() => Int, { description: '版本号(并发修改检测)' })
  @Property({ version: true })
  version: number = 1;

  @Field(() => DateTimeISO, { description: '登记时间' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => [ID], { description: '涉及的乡镇(街道)代码' })
  get townshipIds(): string[] {
    return fromList(this.townshipList);
  }
}
