import { LABELS, RiskLevel } from './enums';
import type { Problem } from './problem';

/**
 * The risk matrix: a risk's level is read from a 5×5 grid by its likelihood (row) and severity (column), both 1–5;
 * `cells[likelihood - 1][severity - 1]`. The bureau may edit the grid, within the rules `checkMatrix` enforces.
 */
export const MATRIX_SIZE = 5;

export type MatrixCells = RiskLevel[][];

/** Lowest first; a level's rank is its place here. */
export const LEVEL_ORDER: readonly RiskLevel[] = [RiskLevel.LOW, RiskLevel.GENERAL, RiskLevel.HIGH, RiskLevel.MAJOR];

export const levelRank = (level: RiskLevel): number => LEVEL_ORDER.indexOf(level);

/** The reason written on each risk's level history when a matrix edit changes its level. */
export const MATRIX_CHANGE_REASON = '风险矩阵调整';

/** The default grading: score = likelihood × severity; 1–4 低, 5–9 一般, 10–16 较大, 20–25 重大. */
export function defaultLevel(score: number): RiskLevel {
  if (score <= 4) return RiskLevel.LOW;
  if (score <= 9) return RiskLevel.GENERAL;
  if (score <= 16) return RiskLevel.HIGH;
  return RiskLevel.MAJOR;
}

export function defaultMatrix(): MatrixCells {
  return Array.from({ length: MATRIX_SIZE }, (_, l) =>
    Array.from({ length: MATRIX_SIZE }, (_, s) => defaultLevel((l + 1) * (s + 1))),
  );
}

const isScore = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MATRIX_SIZE;

/** Likelihood and severity as a form sends them: whole numbers 1–5. */
export function checkScores(input: { likelihood: number; severity: number }): Problem[] {
  const problems: Problem[] = [];
  if (!isScore(input.likelihood))
    problems.push({ field: 'likelihood', message: `可能性应为 1 到 5 的整数(收到 ${input.likelihood})` });
  if (!isScore(input.severity))
    problems.push({ field: 'severity', message: `严重程度应为 1 到 5 的整数(收到 ${input.severity})` });
  return problems;
}

/** The level of a risk on a (valid) matrix. Scores outside 1–5 are a bug here: validate with `checkScores` first. */
export function levelOf(matrix: MatrixCells, likelihood: number, severity: number): RiskLevel {
  if (!isScore(likelihood) || !isScore(severity))
    throw new RangeError(`likelihood and severity must be 1–${MATRIX_SIZE}: ${likelihood}, ${severity}`);
  const level = matrix[likelihood - 1]?.[severity - 1];
  if (level === undefined) throw new RangeError(`matrix has no cell ${likelihood}×${severity}`);
  return level;
}

const label = (level: RiskLevel) => LABELS.RiskLevel[level];
const cellName = (l: number, s: number) => `可能性 ${l}、严重程度 ${s}`;

/**
 * The problems of an edited matrix (field `cells`), empty when it may be saved: 5 rows of 5 cells, each a level, and
 * a level never lower than the cell before it in its row (severity grows) or in its column (likelihood grows). Each
 * message names the cell that breaks the rule.
 */
export function checkMatrix(cells: readonly (readonly unknown[])[]): Problem[] {
  const problem = (message: string): Problem => ({ field: 'cells', message });
  if (!Array.isArray(cells) || cells.length !== MATRIX_SIZE)
    return [problem(`风险矩阵应有 ${MATRIX_SIZE} 行(可能性 1—${MATRIX_SIZE}),收到 ${cells?.length ?? 0} 行`)];
  const shape: Problem[] = [];
  cells.forEach((row, l) => {
    if (!Array.isArray(row) || row.length !== MATRIX_SIZE) {
      shape.push(problem(`风险矩阵第 ${l + 1} 行(可能性 ${l + 1})应有 ${MATRIX_SIZE} 格,收到 ${row?.length ?? 0} 格`));
      return;
    }
    row.forEach((cell, s) => {
      if (!LEVEL_ORDER.includes(cell as RiskLevel))
        shape.push(problem(`${cellName(l + 1, s + 1)} 的风险等级无效:${String(cell)}`));
    });
  });
  if (shape.length) return shape;

  const grid = cells as RiskLevel[][];
  const problems: Problem[] = [];
  for (let l = 0; l < MATRIX_SIZE; l++) {
    for (let s = 0; s < MATRIX_SIZE; s++) {
      const here = grid[l]![s]!;
      const left = s > 0 ? grid[l]![s - 1]! : undefined;
      const above = l > 0 ? grid[l - 1]![s]! : undefined;
      if (left !== undefined && levelRank(here) < levelRank(left))
        problems.push(
          problem(
            `${cellName(l + 1, s + 1)} 为「${label(here)}」,低于${cellName(l + 1, s)}的「${label(left)}」:严重程度增大时风险等级不能降低`,
          ),
        );
      if (above !== undefined && levelRank(here) < levelRank(above))
        problems.push(
          problem(
            `${cellName(l + 1, s + 1)} 为「${label(here)}」,低于${cellName(l, s + 1)}的「${label(above)}」:可能性增大时风险等级不能降低`,
          ),
        );
    }
  }
  return problems;
}

export interface GradedRisk {
  id: string;
  likelihood: number;
  severity: number;
  level: RiskLevel;
}

/** The risks whose level a new matrix changes, with their old and new level: each gets a level history row. */
export function levelChanges<T extends GradedRisk>(
  risks: readonly T[],
  matrix: MatrixCells,
): { risk: T; from: RiskLevel; to: RiskLevel }[] {
  return risks.flatMap((risk) => {
    const to = levelOf(matrix, risk.likelihood, risk.severity);
    return to === risk.level ? [] : [{ risk, from: risk.level, to }];
  });
}
