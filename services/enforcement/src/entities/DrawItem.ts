import { Index, ManyToOne, OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Audited } from '@shian/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RandomDraw } from './RandomDraw';

/** One drawn entity of a 双随机 draw, with the inspectors drawn for it. */
@ObjectType({ description: '双随机抽取结果(主体与检查人员)' })
@Audited<DrawItem>({ parent: 'draw' })
@Table({ tableName: 'draw_item' })
export class DrawItem {
  [OptionalProps]?: 'inspectorIds';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => RandomDraw, { ref: false, index: true, deleteRule: 'cascade' })
  draw!: RandomDraw;

  @Field(() => Int, { description: '抽取顺序' })
  @Property({ type: 'integer' })
  position!: number;

  @Index()
  @Property({ type: 'string', length: 36 })
  entityId!: string;

  @Field(() => ID, { description: '主体所属乡镇(街道)代码' })
  @Index()
  @Property({ type: 'string', length: 12 })
  townshipId!: string;

  @Property({ type: 'string', length: 400 })
  inspectorIdList!: string;

  get inspectorIds(): string[] {
    return this.inspectorIdList ? this.inspectorIdList.split(',') : [];
  }
}
