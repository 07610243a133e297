import { Entity as Table, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DateTimeISO, LocalDate } from '@shian/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { InvestigationStatus } from './enums';
import { fromList } from './lists';

/** 隐患排查: one round (theme, townships, period); the hazards it found are Hazard rows. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '隐患排查' })
@Table({ tableName: 'hazard_investigation' })
export class HazardInvestigation {
  [OptionalProps]?: 'status' | 'version' | 'createdAt' | 'townshipIds';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field({ description: '排查编号,如 PC-2025-001' })
  @Property({ type: 'string', length: 30, unique: true })
  code!: string;

  @Field({ description: '排查主题' })
  @Property({ type: 'string', length: 200 })
  theme!: string;

  @Index()
  @Property({ type: 'string', length: 1000 })
  townshipList!: string;

  @Field(() => LocalDate, { description: '开始日期' })
  @Index()
  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Field(() => LocalDate, { description: '结束日期' })
  @Property({ type: 'string', length: 10 })
  endDate!: string;

  @Field(() => InvestigationStatus, { description: '状态' })
  @Enum({ items: () => InvestigationStatus })
  status: InvestigationStatus = InvestigationStatus.PLANNED;

  @Field(() => Int, { description: '版本号(并发修改检测)' })
  @Property({ version: true })
  version: number = 1;

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => [ID], { description: '排查的乡镇(街道)代码' })
  get townshipIds(): string[] {
    return fromList(this.townshipList);
  }
}
