import { randomUUID } from 'node:crypto';
import { type Context, requireBureau, userInputError } from '@shian/subgraph-kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Risk, RiskLevel, RiskLevelChange, RiskMatrix, RiskMatrixSetting } from '../entities';
import { requireLeader } from '../entities/scope';

/** The matrix is 5 × 5: likelihood 1–5 by severity 1–5. */
export const MATRIX_SIZE = 5;
const SETTING_ID = 'default';
export const MATRIX_CHANGE_REASON = '风险矩阵调整';

const ORDER = [RiskLevel.LOW, RiskLevel.GENERAL, RiskLevel.HIGH, RiskLevel.MAJOR];

/** The default: score = likelihood × severity; 1–4 LOW, 5–9 GENERAL, 10–16 HIGH, 20–25 MAJOR. */
export function defaultMatrix(): RiskLevel[][] {
  return Array.from({ length: MATRIX_SIZE }, (_, l) =>
    Array.from({ length: MATRIX_SIZE }, (_, s) => {
      const score = (l + 1) * (s + 1);
      if (score <= 4) return RiskLevel.LOW;
      if (score <= 9) return RiskLevel.GENERAL;
      if (score <= 16) return RiskLevel.HIGH;
      return RiskLevel.MAJOR;
    }),
  );
}

export function levelIn(cells: RiskLevel[][], likelihood: number, severity: number): RiskLevel {
  const level = cells[likelihood - 1]?.[severity - 1];
  if (!level) throw new Error(`risk matrix has no cell ${likelihood}×${severity}`);
  return level;
}

/**
 * A matrix a leader may save: 5 × 5 known levels, and never a lower level for a higher likelihood or severity
 * (a risk more likely or more severe than another cannot be graded below it).
 */
export function checkMatrix(cells: readonly (readonly RiskLevel[])[]): void {
  if (cells.length !== MATRIX_SIZE || cells.some((row) => row.length !== MATRIX_SIZE)) {
    throw userInputError(`风险矩阵应为 ${MATRIX_SIZE}×${MATRIX_SIZE}(可能性 × 严重性)`, 'cells');
  }
  const rank = (level: RiskLevel) => ORDER.indexOf(level);
  for (let l = 0; l < MATRIX_SIZE; l++) {
    for (let s = 0; s < MATRIX_SIZE; s++) {
      const here = rank(cells[l]![s]!);
      if (here < 0) throw userInputError(`风险矩阵第 ${l + 1} 行第 ${s + 1} 列的等级无效`, 'cells');
      const left = s > 0 ? rank(cells[l]![s - 1]!) : -1;
      const above = l > 0 ? rank(cells[l - 1]![s]!) : -1;
      if (here < left || here < above) {
        throw userInputError(
          `风险矩阵可能性 ${l + 1}、严重性 ${s + 1} 的等级不能低于可能性或严重性更小的格子`,
          'cells',
        );
      }
    }
  }
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
    checkMatrix(cells);
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
    for (const risk of await ctx.em.find(Risk, {}, { orderBy: { code: 'asc' } })) {
      const level = levelIn(saved, risk.likelihood, risk.severity);
      if (level === risk.level) continue;
      ctx.em.create(RiskLevelChange, {
        id: randomUUID(),
        risk,
        at,
        fromLevel: risk.level,
        toLevel: level,
        likelihood: risk.likelihood,
        severity: risk.severity,
        reason: MATRIX_CHANGE_REASON,
        by: ctx.identity.name,
      });
      risk.level = level;
    }
    await ctx.em.flush();
    return view(row);
  }
}
