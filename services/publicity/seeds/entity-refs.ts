/** The entities domain's demo businesses, as publicity's demo data needs them (from @shian/demo-refs). */
export type { DemoEntityRef as EntityRefRecord } from '@shian/demo-refs';
export { ENTITY_REFS, findEntity } from '@shian/demo-refs';
