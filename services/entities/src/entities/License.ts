import { Enum, ManyToOne, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Audited, LocalDate } from '@shian/subgraph-kit';
import { Entity } from './Entity';
import { LicenseKind } from './enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: '许可证(登记证)' })
@Audited<License>({ parent: 'entity' })
@Table({ tableName: 'license' })
export class License {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Entity, { ref: false, index: true })
  entity!: Entity;

  @Field(() => LicenseKind)
  @Enum({ items: () => LicenseKind })
  kind!: LicenseKind;

  @Field({ description: '编号:SC+14位数字 / JY+14位数字 / 小作坊登记证号' })
  @Property({ type: 'string', length: 60, unique: true })
  number!: string;

  @Field(() => LocalDate, { description: '发证日期' })
  @Property({ type: 'string', length: 10 })
  issuedOn!: string;

  @Field(() => LocalDate, { description: '有效期至' })
  @Property({ type: 'string', length: 10 })
  validUntil!: string;
}
