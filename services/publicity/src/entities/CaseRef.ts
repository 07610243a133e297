import { foreignType } from '@shian/subgraph-kit';

/** The enforcement subgraph's `Case`, referenced by id; the gateway fetches everything else from there. */
export const CaseRef = foreignType('Case');
export type CaseRef = InstanceType<typeof CaseRef>;

export const caseRef = CaseRef.of;
