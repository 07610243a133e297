import { Enum, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { TownshipKind } from './enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: '乡镇(街道)' })
@Table({ tableName: 'township' })
export class Township {
  @Field(() => ID, { description: '行政区划代码,如 511902001' })
  @PrimaryKey({ type: 'string', length: 12 })
  id!: string;

  @Field({ description: '名称,如 东城街道' })
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => TownshipKind)
  @Enum({ items: () => TownshipKind })
  kind!: TownshipKind;
}
