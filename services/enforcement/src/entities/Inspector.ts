import { Index, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** 执法检查人员: the bureau's certified inspectors, the pool that 双随机 draws from. */
@ObjectType({ description: '执法检查人员' })
@Table({ tableName: 'inspector' })
export class Inspector {
  [OptionalProps]?: 'active';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field({ description: '姓名' })
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field({ description: '执法证号' })
  @Property({ type: 'string', length: 30, unique: true })
  badgeNumber!: string;

  @Field({ description: '所属科室(所)' })
  @Index()
  @Property({ type: 'string', length: 50 })
  unit!: string;

  @Field({ description: '是否在岗(可被抽取)' })
  @Property({ type: 'boolean' })
  active: boolean = true;
}
