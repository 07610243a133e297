import { type Context, type GatewayAnswer, userInputError } from '@shian/subgraph-kit';
import { OFFICER_ROLL_OPERATION } from './linked';

/** An officer as the bureau's inspector roll has them. */
export interface RollOfficer {
  id: string;
  name: string;
  badgeNumber: string;
  unit: string;
  active: boolean;
}

interface RollPage {
  inspectors: { nodes: RollOfficer[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } | null;
}

/** More pages than a district's roll can hold: a roll that keeps paging past this is answered as not found. */
const MAX_PAGES = 20;

/**
 * The officers named by a sheet, as the enforcement subgraph's roll has them, read through the gateway as the
 * caller. An id not on the roll, or an officer no longer on duty, is refused naming its row, before anything is
 * written; the roll not answering is SERVICE_UNAVAILABLE (the kit's gateway client).
 */
export async function officersOnRoll(ctx: Context, ids: readonly string[]): Promise<Map<string, RollOfficer>> {
  const wanted = new Set(ids);
  const found = new Map<string, RollOfficer>();
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES && found.size < wanted.size; page++) {
    const answer: GatewayAnswer<RollPage> = await ctx.gateway.run<RollPage>(
      ctx,
      OFFICER_ROLL_OPERATION,
      { after },
      {
        unavailable: '执法人员名录暂不可用,无法核实签到人员,请稍后再试',
      },
    );
    const roll: RollPage['inspectors'] = answer.data?.inspectors ?? null;
    if (!roll) break;
    for (const officer of roll.nodes) if (wanted.has(officer.id)) found.set(officer.id, officer);
    if (!roll.pageInfo.hasNextPage) break;
    after = roll.pageInfo.endCursor;
  }
  ids.forEach((id, index) => {
    const officer = found.get(id);
    if (!officer) throw userInputError(`第 ${index + 1} 行:执法人员 ${id} 不在执法检查人员名录中`, 'officerId');
    if (!officer.active)
      throw userInputError(`第 ${index + 1} 行:执法人员 ${officer.name}(${officer.badgeNumber})已不在岗`, 'officerId');
  });
  return found;
}
