/**
 * The demo data: fixed rows, the same on every machine (a real domain builds them from a seeded PRNG to reproduce
 * docs/domain.md#the-2024-figures, see services/entities/seeds). Entity ids are the entities subgraph's stable demo ids: the
 * catering businesses E0229… lie in townships 511902001… in order (services/entities/README.md).
 */
export interface DemoRecord {
  id: string;
  title: string;
  entityId: string;
  townshipId: string;
  recordedOn: string;
  note: string;
}

export function buildDemoData(): DemoRecord[] {
  return Array.from({ length: 6 }, (_, i) => {
    const n = i + 1;
    return {
      id: `__NAME__-${String(n).padStart(4, '0')}`,
      title: `__label__示例记录${n}`,
      entityId: `E${String(229 + i).padStart(4, '0')}`,
      townshipId: `5119020${String(n).padStart(2, '0')}`,
      recordedOn: `2024-0${n}-15`,
      note: n % 2 === 0 ? '已复核' : '',
    };
  });
}
