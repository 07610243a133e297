import { LocalDate } from '@shian/subgraph-kit';
import { Field, ID, InputType } from 'type-graphql';

/** The input types of this subgraph (frontends/__name__ is written against these names). */

@InputType({ description: '__label__记录筛选' })
export class __Name__RecordFilter {
  @Field(() => ID, { nullable: true })
  townshipId?: string | null;

  @Field(() => ID, { nullable: true })
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: '标题或备注包含' })
  search?: string | null;
}

@InputType({ description: '登记__label__记录' })
export class __Name__RecordInput {
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
