import { describe, expect, it } from 'vitest';
import {
  checkMatrix,
  checkScores,
  defaultMatrix,
  levelChanges,
  levelOf,
  type MatrixCells,
  RiskLevel,
} from '../src/rules';

const { LOW, GENERAL, HIGH, MAJOR } = RiskLevel;
const copy = (cells: MatrixCells): MatrixCells => cells.map((row) => [...row]);

describe('the default risk matrix', () => {
  const matrix = defaultMatrix();

  it('grades by likelihood × severity: 1–4 低, 5–9 一般, 10–16 较大, 20–25 重大', () => {
    expect(matrix).toEqual([
      [LOW, LOW, LOW, LOW, GENERAL],
      [LOW, LOW, GENERAL, GENERAL, HIGH],
      [LOW, GENERAL, GENERAL, HIGH, HIGH],
      [LOW, GENERAL, HIGH, HIGH, MAJOR],
      [GENERAL, HIGH, HIGH, MAJOR, MAJOR],
    ]);
    expect(levelOf(matrix, 1, 4)).toBe(LOW);
    expect(levelOf(matrix, 3, 3)).toBe(GENERAL);
    expect(levelOf(matrix, 2, 5)).toBe(HIGH);
    expect(levelOf(matrix, 4, 4)).toBe(HIGH);
    expect(levelOf(matrix, 4, 5)).toBe(MAJOR);
    expect(checkMatrix(matrix)).toEqual([]);
  });

  it('reads cells[likelihood - 1][severity - 1], not the transpose', () => {
    const skewed = copy(matrix);
    skewed[0]![4] = MAJOR; // likelihood 1, severity 5
    for (let l = 1; l < 5; l++) skewed[l]![4] = MAJOR;
    expect(levelOf(skewed, 1, 5)).toBe(MAJOR);
    expect(levelOf(skewed, 5, 1)).toBe(GENERAL);
  });

  it('refuses scores outside 1–5 in Chinese, and levelOf will not guess', () => {
    expect(checkScores({ likelihood: 3, severity: 5 })).toEqual([]);
    expect(checkScores({ likelihood: 0, severity: 2.5 })).toEqual([
      { field: 'likelihood', message: '可能性应为 1 到 5 的整数(收到 0)' },
      { field: 'severity', message: '严重程度应为 1 到 5 的整数(收到 2.5)' },
    ]);
    expect(() => levelOf(matrix, 6, 1)).toThrow(RangeError);
  });
});

describe('an edited matrix', () => {
  it('may raise cells as long as levels never fall along a row or a column', () => {
    const stricter = copy(defaultMatrix());
    stricter[2]![3] = MAJOR;
    stricter[2]![4] = MAJOR;
    stricter[3]![3] = MAJOR;
    stricter[4]![3] = MAJOR;
    expect(checkMatrix(stricter)).toEqual([]);
  });

  it('names the cell where the level falls as severity grows', () => {
    const cells = copy(defaultMatrix());
    cells[1]![3] = LOW; // likelihood 2, severity 4, after severity 3's GENERAL
    expect(checkMatrix(cells)).toEqual([
      {
        field: 'cells',
        message:
          '可能性 2、严重程度 4 为「低风险」,低于可能性 2、严重程度 3的「一般风险」:严重程度增大时风险等级不能降低',
      },
    ]);
  });

  it('names the cell where the level falls as likelihood grows', () => {
    const cells = copy(defaultMatrix());
    cells[4]![1] = LOW; // likelihood 5, severity 2, below likelihood 4's GENERAL
    const messages = checkMatrix(cells).map((p) => p.message);
    expect(messages).toContain(
      '可能性 5、严重程度 2 为「低风险」,低于可能性 4、严重程度 2的「一般风险」:可能性增大时风险等级不能降低',
    );
    // It also falls below severity 1 of its own row; nothing else is wrong.
    expect(messages).toHaveLength(2);
    expect(messages.every((m) => m.startsWith('可能性 5、严重程度 2 为「低风险」'))).toBe(true);
  });

  it('must be 5×5 with a level in every cell', () => {
    expect(checkMatrix(defaultMatrix().slice(0, 4))[0]?.message).toBe('风险矩阵应有 5 行(可能性 1—5),收到 4 行');
    const short = copy(defaultMatrix());
    short[2] = short[2]!.slice(0, 3);
    expect(checkMatrix(short)).toEqual([{ field: 'cells', message: '风险矩阵第 3 行(可能性 3)应有 5 格,收到 3 格' }]);
    const unknown = copy(defaultMatrix()) as unknown[][];
    unknown[0]![0] = 'SEVERE';
    expect(checkMatrix(unknown)).toEqual([{ field: 'cells', message: '可能性 1、严重程度 1 的风险等级无效:SEVERE' }]);
  });

  it('changes the level of exactly the risks whose cell changed', () => {
    const risks = [
      { id: 'a', likelihood: 3, severity: 4, level: HIGH },
      { id: 'b', likelihood: 1, severity: 1, level: LOW },
      { id: 'c', likelihood: 4, severity: 4, level: HIGH },
    ];
    const cells = copy(defaultMatrix());
    cells[3]![3] = MAJOR;
    cells[3]![4] = MAJOR;
    cells[4]![3] = MAJOR;
    expect(levelChanges(risks, cells)).toEqual([{ risk: risks[2], from: HIGH, to: MAJOR }]);
    expect(levelChanges(risks, defaultMatrix())).toEqual([]);
  });
});
