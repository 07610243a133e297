import { type Context, forbidden, inScope } from '@shian/subgraph-kit';

/** What the risk tests share: two townships, the entities subgraph's answer about officials, a risk's input. */

export const MINE = '511902001';
export const OTHER = '511902002';

/** Officials as the entities subgraph would answer `official(id)` in the caller's scope. */
const OFFICIALS: Record<string, string | null> = { 'OFF-1': MINE, 'OFF-2': OTHER, 'OFF-D': null };
export const officialAnswer = ({ id }: Record<string, any>, ctx: Context) => {
  if (ctx.identity.role === 'partner') throw forbidden();
  if (!(id in OFFICIALS)) return { official: null };
  const township = OFFICIALS[id] ?? null;
  if (township && !inScope(ctx, township)) throw forbidden();
  return { official: { id, township: township ? { id: township } : null } };
};

export const riskInput = (overrides: Record<string, unknown> = {}) => ({
  title: '校园食堂食材进货查验不到位',
  hazard: '过期或来源不明食材流入校园食堂',
  source: '2025年春季学期校园食品安全检查',
  category: 'CAMPUS',
  likelihood: 3,
  severity: 4,
  townshipIds: [MINE],
  businessCategories: ['SCHOOL_CANTEEN'],
  controls: '每周抽查进货台账',
  ownerDepartment: '食品经营安全监管股',
  ownerId: 'OFF-1',
  reviewDate: '2025-12-31',
  ...overrides,
});
