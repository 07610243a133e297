import { Field, ID, InputType } from 'type-graphql';
import { VillageReportKind, VillageReportStatus } from '../entities/enums';

@InputType({ description: '照片(Base64,JPEG/PNG/WebP;每张不超过700KB,合计不超过720KB,最多6张)' })
export class VillageReportPhotoInput {
  @Field({ description: 'image/jpeg、image/png 或 image/webp' })
  contentType!: string;

  @Field({ description: '照片内容的 Base64(可带 data:…;base64, 前缀)' })
  dataBase64!: string;
}

@InputType({ description: '村(社区)报告' })
export class VillageReportInput {
  @Field(() => VillageReportKind)
  kind!: VillageReportKind;

  @Field(() => ID, { nullable: true, description: '本村(社区)已登记的主体;与 entityName 二选一' })
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: '未登记(或找不到)的主体名称' })
  entityName?: string | null;

  @Field({ description: '所见情况' })
  description!: string;

  @Field(() => [VillageReportPhotoInput], { nullable: true })
  photos?: VillageReportPhotoInput[] | null;
}

@InputType({ description: '村(社区)报告筛选' })
export class VillageReportFilter {
  @Field(() => VillageReportStatus, { nullable: true })
  status?: VillageReportStatus | null;

  @Field(() => VillageReportKind, { nullable: true })
  kind?: VillageReportKind | null;

  @Field(() => ID, { nullable: true })
  townshipId?: string | null;

  @Field(() => ID, { nullable: true })
  villageId?: string | null;

  @Field(() => ID, { nullable: true })
  entityId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true:待分办且已超过分办期限;false:其余' })
  overdue?: boolean | null;
}
