import { Entity as Table, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DateTimeISO, LocalDate } from '@shian/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { fromList } from './lists';

/** 应急演练: scenario, date, departments and townships taking part, evaluation; follow-ups are duties. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '应急演练' })
@Table({ tableName: 'drill' })
export class Drill {
  [OptionalProps]?: 'participants' | 'evaluation' | 'version' | 'createdAt' | 'departments' | 'townshipIds';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field({ description: '演练编号,如 YL-2025-001' })
  @Property({ type: 'string', length: 30, unique: true })
  code!: string;

  @Field({ description: '演练情景' })
  @Property({ type: 'string', length: 500 })
  scenario!: string;

  @Field(() => LocalDate, { description: '演练日期' })
  @Index()
  @Property({ type: 'string', length: 10 })
  date!: string;

  @Index()
  @Property({ type: 'string', length: 500 })
  departmentList!: string;

  @Index()
  @Property({ type: 'string', length: 1000 })
  townshipList!: string;

  @Field(() => Int, { nullable: true, description: '参演人数' })
  @Property({ type: 'integer', nullable: true })
  participants: number | null = null;

  @Field(() => String, { nullable: true, description: '演练评估' })
  @Property({ type: 'text', nullable: true })
  evaluation: string | null = null;

  @Field(() => Int, { description: '版本号(并发修改检测)' })
  @Property({ version: true })
  version: number = 1;

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => [String], { description: '参演部门' })
  get departments(): string[] {
    return fromList(this.departmentList);
  }

  @Field(() => [ID], { description: '参演乡镇(街道)代码' })
  get townshipIds(): string[] {
    return fromList(this.townshipList);
  }
}
