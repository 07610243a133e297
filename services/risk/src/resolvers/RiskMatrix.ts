import { randomUUID } from 'node:crypto';
import { type Context, requireBureau, userInputError } from '@shian/subgraph-kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Risk, RiskLevel, RiskLevelChange, RiskMatrix, RiskMatrixSetting } from '../entities';
import { requireLeader } from '../entities/scope';
import { checkMatrix, defaultMatrix, levelChanges, MATRIX_CHANGE_REASON, MATRIX_SIZE, type Problem } from '../rules';

const SETTING_ID = 'default';

/** The first problem a rule found, as the answer: BAD_USER_INPUT naming its field. */
export function reject(problems: readonly Problem[]): void {
  const [first] = problems;
  if (first) throw userInputError(first.message, first.field);
}

/** The matrix in force, read once per request (risk writes and the matrix query share it). */
export function currentMatrix(ctx: Context): Promise<RiskMatrixSetting | null> {
  return ctx
    .loader<string, RiskMatrixSetting | null>('riskMatrix', async (keys) => {
      const row = await ctx.em.findOne(RiskMatrixSetting, { id: SETTING_ID });
      return keys.map(() => row);
    })
    .load(SETTING_ID);
}

export async function matrixCells(ctx: Context): Promise<RiskLevel[][]> {
  return (await currentMatrix(ctx))?.cells ?? defaultMatrix();
}

const view = (row: RiskMatrixSetting | null): RiskMatrix =>
  Object.assign(new RiskMatrix(), {
    likelihoods: MATRIX_SIZE,
    severities: MATRIX_SIZE,
    cells: row?.cells ?? defaultMatrix(),
    updatedAt: row?.updatedAt ?? null,
    updatedBy: row?.updatedBy ?? null,
  });

@Resolver(() => RiskMatrix)
export class RiskMatrixResolver {
  @Query(() => RiskMatrix, { description: '风险矩阵(可能性 × 严重性 → 风险等级)' })
  async riskMatrix(@Ctx() ctx: Context): Promise<RiskMatrix> {
    requireBureau(ctx);
    return view(await currentMatrix(ctx));
  }

  /**
   * Leaders only. History is not rewritten: each risk's level is recomputed on the new matrix and, where it
   * changes, the risk takes it and a level-history row says why ("风险矩阵调整"), in the same transaction.
   */
  @Mutation(() => RiskMatrix, { description: '修改风险矩阵(仅局领导);按新矩阵重新评定每项风险的等级并记入等级变化' })
  async updateRiskMatrix(
    @Arg('cells', () => [[RiskLevel]]) cells: RiskLevel[][],
    @Ctx() ctx: Context,
  ): Promise<RiskMatrix> {
    requireLeader(ctx);
    reject(checkMatrix(cells));
    const saved = cells.map((row) => [...row]);
    let row = await ctx.em.findOne(RiskMatrixSetting, { id: SETTING_ID });
    if (row) {
      row.cells = saved;
      row.updatedBy = ctx.identity.name;
      row.updatedAt = new Date();
    } else {
      row = ctx.em.create(RiskMatrixSetting, { id: SETTING_ID, cells: saved, updatedBy: ctx.identity.name });
    }
    const at = new Date();
    const risks = await ctx.em.find(Risk, {}, { orderBy: { code: 'asc' } });
    for (const { risk, from, to } of levelChanges(risks, saved)) {
      ctx.em.create(RiskLevelChange, {
        id: randomUUID(),
        risk,
        at,
        fromLevel: from,
        toLevel: to,
        likelihood: risk.likelihood,
        severity: risk.severity,
        reason: MATRIX_CHANGE_REASON,
        by: ctx.identity.name,
      });
      risk.level = to;
    }
    await ctx.em.flush();
    return view(row);
  }
}
