import { Enum, ManyToOne, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { OfficialLevel } from './enums';
import { Township } from './Township';

/** 包保干部: an official who takes responsibility for entities (区级 / 乡镇级 / 村(社区)级). */
@Directive('@key(fields: "id")')
@ObjectType({ description: '包保干部' })
@Table({ tableName: 'official' })
export class Official {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field()
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field({ description: '职务,如 副区长' })
  @Property({ type: 'string', length: 100 })
  title!: string;

  @Field(() => OfficialLevel)
  @Enum({ items: () => OfficialLevel })
  level!: OfficialLevel;

  /** Township and village officials belong to one township; district officials to none. */
  @ManyToOne(() => Township, { ref: false, nullable: true, index: true })
  township: Township | null = null;
}
