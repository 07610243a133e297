import type { EntityManager, EntityName } from '@mikro-orm/core';
import { nextInSequence } from '@shian/subgraph-kit';

/**
 * The next record code of a series, `FX-2025-001`: the kit's counter per prefix and year, in the mutation's
 * transaction (two writers never get the same code). The series starts after the highest code already issued
 * (the demo data's).
 */
export async function nextCode<T extends { code: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  prefix: string,
  year: string | number,
  width = 3,
): Promise<string> {
  const head = `${prefix}-${year}-`;
  const n = await nextInSequence(em, head, async () => {
    const issued = (await em.find(entity, { code: { $like: `${head}%` } } as never, {
      fields: ['code'] as never,
    })) as T[];
    return Math.max(0, ...issued.map((row) => Number(row.code.slice(head.length)) || 0));
  });
  return `${head}${String(n).padStart(width, '0')}`;
}
