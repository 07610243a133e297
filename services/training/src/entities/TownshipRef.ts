import { foreignType } from '@shian/subgraph-kit';

/** The entities subgraph's `Township`, referenced by its code; the gateway fetches its name from there. */
export const TownshipRef = foreignType('Township');
export type TownshipRef = InstanceType<typeof TownshipRef>;

export const townshipRef = TownshipRef.of;
