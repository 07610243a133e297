import { Enum, Index, ManyToOne, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { VillageKind } from './enums';
import { Township } from './Township';

/**
 * 村/社区: the level below a township. The id is the 12-digit administrative code, whose first 9 digits are the
 * township's (so a liaison's token, which names a village, also names its township: @shian/auth townshipOfVillage).
 */
@ObjectType({ description: '村(社区)' })
@Table({ tableName: 'village' })
@Index({ properties: ['township', 'id'] })
export class Village {
  @Field(() => ID, { description: '村(社区)代码(12位),前9位为所属乡镇(街道)代码' })
  @PrimaryKey({ type: 'string', length: 12 })
  id!: string;

  @Field({ description: '名称,如 白鹤村' })
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => VillageKind, { description: '村或社区' })
  @Enum({ items: () => VillageKind })
  kind!: VillageKind;

  @ManyToOne(() => Township, { ref: false })
  township!: Township;
}
