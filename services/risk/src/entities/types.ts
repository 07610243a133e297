import { DateTimeISO } from '@shian/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { RiskLevel } from './enums';

/** Object types computed from records rather than stored. */

@ObjectType({ description: '风险矩阵(可能性 × 严重性 → 风险等级)' })
export class RiskMatrix {
  @Field(() => Int, { description: '可能性档数' })
  likelihoods!: number;

  @Field(() => Int, { description: '严重性档数' })
  severities!: number;

  @Field(() => [[RiskLevel]], { description: 'cells[可能性-1][严重性-1]' })
  cells!: RiskLevel[][];

  @Field(() => DateTimeISO, { nullable: true, description: '最近修改时间;从未修改(默认矩阵)为空' })
  updatedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '最近修改人' })
  updatedBy!: string | null;
}
