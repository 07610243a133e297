import { Entity as Table, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DateTimeISO, LocalDate } from '@shian/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { fromList } from './lists';

/**
 * 会商研判: a meeting (date, departments present, townships concerned, risks discussed). Its conclusions are
 * ConsultationConclusion rows, each with the Duty it put on the responsibility list. Partner departments present
 * (`departmentList` holds their codes) see it.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: '风险会商研判' })
@Table({ tableName: 'consultation' })
export class Consultation {
  [OptionalProps]?: 'summary' | 'version' | 'createdAt' | 'departments' | 'townshipIds';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field({ description: '会商编号,如 HS-2025-001' })
  @Property({ type: 'string', length: 30, unique: true })
  code!: string;

  @Field(() => LocalDate, { description: '会商日期' })
  @Index()
  @Property({ type: 'string', length: 10 })
  date!: string;

  @Field({ description: '会商主题' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { nullable: true, description: '研判情况' })
  @Property({ type: 'text', nullable: true })
  summary: string | null = null;

  /** Departments present, `,a,b,` (lists.ts); partner departments by their code (police, education, agriculture). */
  @Index()
  @Property({ type: 'string', length: 500 })
  departmentList!: string;

  @Index()
  @Property({ type: 'string', length: 1000 })
  townshipList!: string;

  /** The risks discussed, exposed as `risks` (each one in the caller's scope). */
  @Property({ type: 'json' })
  riskIds!: string[];

  @Field(() => Int, { description: '版本号(并发修改检测)' })
  @Property({ version: true })
  version: number = 1;

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => [String], { description: '参会部门' })
  get departments(): string[] {
    return fromList(this.departmentList);
  }

  @Field(() => [ID], { description: '涉及的乡镇(街道)代码' })
  get townshipIds(): string[] {
    return fromList(this.townshipList);
  }
}
