import type { FilterQuery } from '@mikro-orm/core';
import { type Context, townshipScope } from '@shian/subgraph-kit';
import { Campaign, CampaignKind, Case, Inspection, JointOperation, Penalty, RandomDraw, Transfer } from './entities';
import { CaseSource, PartnerDepartment, TransferKind } from './rules/enums';
import { yearBounds } from './validate';

/**
 * The year's enforcement figures, counted from the records (domain.md's table: 119 cases filed, 4 transferred for
 * prosecution, 12 rectifications). A township officer's figures are their township's; campaigns are the district's.
 */
export async function enforcementFigures(ctx: Context, year: number) {
  const { from, to } = yearBounds(year);
  const township = townshipScope(ctx);
  const inTownship = <T>(where: FilterQuery<T>): FilterQuery<T> =>
    (township ? { $and: [where, { townshipId: township }] } : where) as FilterQuery<T>;
  const caseInTownship = <T>(where: FilterQuery<T>): FilterQuery<T> =>
    (township ? { $and: [where, { caseFile: { townshipId: township } }] } : where) as FilterQuery<T>;
  const filed = inTownship<Case>({ filedOn: { $gte: from, $lte: to } });
  const [filedCases, transfers, rectifications, campaigns, inspections, draws, operations, penalties, clues] =
    await Promise.all([
      ctx.em.find(Case, filed, { fields: ['source'] }),
      ctx.em.find(Transfer, caseInTownship<Transfer>({ transferredOn: { $gte: from, $lte: to } }), {
        fields: ['department', 'kind'],
      }),
      ctx.em.count(Campaign, { year, kind: CampaignKind.RECTIFICATION }),
      ctx.em.count(Campaign, { year, kind: CampaignKind.ENFORCEMENT }),
      ctx.em.count(Inspection, inTownship<Inspection>({ inspectedOn: { $gte: from, $lte: to } })),
      ctx.em.find(RandomDraw, { year }, { fields: ['entityCount'] }),
      ctx.em.count(JointOperation, { startsOn: { $gte: from, $lte: to } }),
      ctx.em.find(Penalty, caseInTownship<Penalty>({ caseFile: { decidedOn: { $gte: from, $lte: to } } }), {
        fields: ['fine', 'confiscatedGains'],
      }),
      ctx.em.count(Case, inTownship<Case>({ receivedOn: { $gte: from, $lte: to } })),
    ]);
  const criminal = transfers.filter((t) => t.kind === TransferKind.CRIMINAL);
  return {
    casesFiled: filedCases.length,
    casesTransferred: criminal.length,
    rectifications,
    campaigns,
    cluesReceived: clues,
    inspections,
    randomDraws: draws.length,
    drawnEntities: draws.reduce((sum, draw) => sum + draw.entityCount, 0),
    jointOperations: operations,
    penalties: penalties.length,
    fines: penalties.reduce((sum, p) => sum + p.fine, 0),
    confiscatedGains: penalties.reduce((sum, p) => sum + p.confiscatedGains, 0),
    bySource: Object.values(CaseSource).map((source) => ({
      source,
      count: filedCases.filter((c) => c.source === source).length,
    })),
    transfersByDepartment: Object.values(PartnerDepartment).map((department) => ({
      department,
      count: transfers.filter((t) => t.department === department).length,
    })),
  };
}
