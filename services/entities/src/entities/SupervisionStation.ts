import { OptionalProps, PrimaryKey, Property, Entity as Table } from '@mikro-orm/core';
import { DateTimeISO, LocalDate } from '@shian/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** One officer of a station (所长, 监管员): names as the station's roster has them, not logins. */
@ObjectType({ description: '监管所人员' })
export class StationOfficer {
  @Field({ description: '姓名' })
  name!: string;

  @Field({ description: '职务,如 所长' })
  title!: string;
}

/** One item of the 标准化/规范化 (两化) checklist: done or not, and when it was done. */
@ObjectType({ description: '“两化”建设检查项' })
export class StationChecklistItem {
  @Field({ description: '检查项代码,如 SIGNAGE' })
  key!: string;

  @Field({ description: '检查项' })
  label!: string;

  @Field({ description: '是否已完成' })
  done!: boolean;

  @Field(() => LocalDate, { nullable: true, description: '完成日期' })
  doneOn!: string | null;
}

/**
 * 基层监管所: a grassroots market supervision station covering a set of townships. The townships, roster and
 * checklist are small fixed-shape lists read and written whole with the station, so they are JSON columns rather
 * than tables of their own.
 */
@ObjectType({ description: '基层监管所' })
@Table({ tableName: 'supervision_station' })
export class SupervisionStation {
  [OptionalProps]?: 'version' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Field({ description: '名称,如 东城市场监督管理所' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  /** Exposed as `townships`. */
  @Property({ type: 'json' })
  townshipIds!: string[];

  @Field(() => [StationOfficer], { description: '人员' })
  @Property({ type: 'json' })
  officers!: StationOfficer[];

  @Field(() => [StationChecklistItem], { description: '标准化、规范化建设检查项' })
  @Property({ type: 'json' })
  checklist!: StationChecklistItem[];

  @Field(() => Int, { description: '版本号(并发修改检测)' })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
