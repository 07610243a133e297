import { Enum, Index, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { LocalDate } from '@shian/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { FocusArea, FocusPeriod, FocusVariety, FoodCategory, PlanLevel, PlanPurpose } from './enums';

/** 抽检计划: one year's task of one level (国抽/省抽/市抽/区抽) and purpose, with its quota of batches. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '抽检计划' })
@Table({ tableName: 'sampling_plan' })
export class SamplingPlan {
  [OptionalProps]?:
    | 'createdAt'
    | 'focusVarietyList'
    | 'focusPeriodList'
    | 'focusAreaList'
    | 'focusVarieties'
    | 'focusPeriods'
    | 'focusAreas';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field(() => Int, { description: '年度' })
  @Index()
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => PlanLevel)
  @Enum({ items: () => PlanLevel })
  level!: PlanLevel;

  @Field(() => PlanPurpose)
  @Enum({ items: () => PlanPurpose })
  purpose!: PlanPurpose;

  @Field({ description: '计划名称' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field({ description: '下达单位' })
  @Property({ type: 'string', length: 100 })
  issuer!: string;

  @Field(() => [FoodCategory], { description: '覆盖的食品类别' })
  @Property({ type: 'json' })
  categories!: FoodCategory[];

  @Field(() => Int, { description: '任务量(批次)' })
  @Property({ type: 'integer' })
  quota!: number;

  @Field(() => LocalDate, { description: '执行开始日期' })
  @Property({ type: 'string', length: 10 })
  startsOn!: string;

  @Field(() => LocalDate, { description: '执行截止日期' })
  @Property({ type: 'string', length: 10 })
  endsOn!: string;

  /**
   * The plan's focus, comma-separated (as disposals keep their actions), so that the plan list filters by one value
   * with a LIKE that every dialect runs the same way; no focus value is a substring of another (rules/focus.ts).
   */
  @Property({ type: 'string', length: 300, fieldName: 'focus_varieties' })
  focusVarietyList = '';

  @Property({ type: 'string', length: 200, fieldName: 'focus_periods' })
  focusPeriodList = '';

  @Property({ type: 'string', length: 200, fieldName: 'focus_areas' })
  focusAreaList = '';

  @Field(() => [FocusVariety], { description: '重点品种' })
  get focusVarieties(): FocusVariety[] {
    return split(this.focusVarietyList);
  }

  set focusVarieties(values: FocusVariety[]) {
    this.focusVarietyList = values.join(',');
  }

  @Field(() => [FocusPeriod], { description: '重点时段' })
  get focusPeriods(): FocusPeriod[] {
    return split(this.focusPeriodList);
  }

  set focusPeriods(values: FocusPeriod[]) {
    this.focusPeriodList = values.join(',');
  }

  @Field(() => [FocusArea], { description: '重点区域' })
  get focusAreas(): FocusArea[] {
    return split(this.focusAreaList);
  }

  set focusAreas(values: FocusArea[]) {
    this.focusAreaList = values.join(',');
  }

  @Field()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

const split = <T extends string>(list: string): T[] => (list ? (list.split(',') as T[]) : []);
