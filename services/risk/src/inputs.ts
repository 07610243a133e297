import { LocalDate } from '@shian/subgraph-kit';
import { Field, ID, InputType } from 'type-graphql';

/** The input types of this subgraph (frontends/risk is written against these names). */

@InputType({ description: '风险与应急记录筛选' })
export class RiskRecordFilter {
  @Field(() => ID, { nullable: true })
  townshipId?: string | null;

  @Field(() => ID, { nullable: true })
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: '标题或备注包含' })
  search?: string | null;
}

@InputType({ description: '登记风险与应急记录' })
export class RiskRecordInput {
  @Field()
  title!: string;

  @Field(() => ID, { description: '所涉主体' })
  entityId!: string;

  @Field(() => ID, { description: '所属乡镇(街道)代码' })
  townshipId!: string;

  @Field(() => LocalDate)
  recordedOn!: string;

  @Field({ defaultValue: '' })
  note!: string;
}
