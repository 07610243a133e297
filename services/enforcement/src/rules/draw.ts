/**
 * 双随机: entities drawn at random from a population, and inspectors drawn at random from a pool for each of them.
 * The draw is a pure function of its inputs and its seed, so anyone holding the published seed, population and pool
 * can repeat it and get the same names (一公开). Inputs are sorted first: the order a caller lists them in does not
 * change the result.
 */
export interface DrawInput {
  seed: string;
  /** Entity ids of the population (检查对象名录). */
  population: readonly string[];
  /** Inspector ids of the pool (执法检查人员名录). */
  pool: readonly string[];
  entityCount: number;
  inspectorsPerEntity: number;
}

export interface DrawResult {
  /** Drawn entities in draw order, each with its inspectors (in draw order). */
  picks: { entityId: string; inspectorIds: string[] }[];
}

/** At least two inspectors per inspection (SAMR令49 art. 23). */
export const MIN_INSPECTORS = 2;

/** FNV-1a over the seed's UTF-16 code units: a 32-bit state for the generator. */
export function seedState(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** mulberry32: small, fast, and the same on every JavaScript engine. */
export function generator(seed: string): () => number {
  let state = seedState(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The first `count` items of a seeded Fisher–Yates shuffle. */
function sample<T>(items: readonly T[], count: number, next: () => number): T[] {
  const copy = [...items];
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(next() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
}

/** The problems of a draw's input, field by field (empty when it can run); messages in Chinese. */
export function checkDraw(input: DrawInput): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const population = new Set(input.population);
  const pool = new Set(input.pool);
  if (!input.seed.trim()) problems.push({ field: 'seed', message: '随机种子不能为空' });
  if (population.size === 0) problems.push({ field: 'population', message: '检查对象名录为空,请调整筛选条件' });
  if (!Number.isInteger(input.entityCount) || input.entityCount < 1)
    problems.push({ field: 'entityCount', message: '抽取主体数应为正整数' });
  else if (input.entityCount > population.size)
    problems.push({
      field: 'entityCount',
      message: `抽取主体数(${input.entityCount})超过检查对象名录中的主体数(${population.size})`,
    });
  if (!Number.isInteger(input.inspectorsPerEntity) || input.inspectorsPerEntity < MIN_INSPECTORS)
    problems.push({ field: 'inspectorsPerEntity', message: `每户检查人员不得少于${MIN_INSPECTORS}名` });
  else if (input.inspectorsPerEntity > pool.size)
    problems.push({
      field: 'inspectorsPerEntity',
      message: `每户检查人员数(${input.inspectorsPerEntity})超过执法人员名录中的人数(${pool.size})`,
    });
  return problems;
}

export function runDraw(input: DrawInput): DrawResult {
  const problems = checkDraw(input);
  if (problems.length) throw new RangeError(problems[0]!.message);
  const next = generator(input.seed);
  const population = [...new Set(input.population)].sort();
  const pool = [...new Set(input.pool)].sort();
  const entities = sample(population, input.entityCount, next);
  return {
    picks: entities.map((entityId) => ({ entityId, inspectorIds: sample(pool, input.inspectorsPerEntity, next) })),
  };
}
