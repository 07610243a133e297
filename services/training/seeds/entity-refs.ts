import { ENTITY_REFS, isTrading } from '@shian/demo-refs';

/** The entities domain's demo businesses, as training's demo data needs them (from @shian/demo-refs). */
export type { DemoEntityRef as EntityRefRecord } from '@shian/demo-refs';
export { ENTITY_REFS } from '@shian/demo-refs';

/** Businesses of a category that still trade (停业 ones too: suspended is not closed). */
export const active = (category: string) => ENTITY_REFS.filter((e) => e.category === category && isTrading(e));
