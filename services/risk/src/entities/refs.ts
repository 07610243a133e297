import { foreignType } from '@shian/subgraph-kit';

/**
 * Types other subgraphs own, seen from here by their key only (not resolvable here unless this subgraph adds a field
 * to them; the owner resolves everything else). A record stores the id (and whatever scope needs, such as a township).
 */

/**
 * The entities subgraph's Entity: resolvable here (by its key alone) because risk adds `Entity.hazards`
 * (resolvers/Hazard.ts), as training adds `Entity.trainings`; the entities subgraph owns everything else.
 */
export const EntityRef = foreignType('Entity', { resolvable: true });
export type EntityRef = InstanceType<typeof EntityRef>;

export const TownshipRef = foreignType('Township');
export type TownshipRef = InstanceType<typeof TownshipRef>;

/** 包保干部 of the entities subgraph. */
export const OfficialRef = foreignType('Official');
export type OfficialRef = InstanceType<typeof OfficialRef>;

/** Enforcement's case. */
export const CaseRef = foreignType('Case');
export type CaseRef = InstanceType<typeof CaseRef>;

/** Sampling's sample (抽样批次). */
export const SampleRef = foreignType('Sample');
export type SampleRef = InstanceType<typeof SampleRef>;

export const entityRef = EntityRef.of;
export const townshipRef = TownshipRef.of;
export const officialRef = OfficialRef.of;
export const caseRef = CaseRef.of;
export const sampleRef = SampleRef.of;
