import type { FormValuesOf, PickedEntity } from '@shian/remote-kit';

/**
 * A new record's form values, whose business is picked whole (`<EntityPicker whole />` as `entity`) where its input
 * names the business and its township (`entityId`, `townshipId`): 登记线索, 登记检查, 登记投诉举报.
 */
export type PickedEntityValues<
  Input,
  Days extends Exclude<keyof Input, 'entityId' | 'townshipId'> = never,
> = FormValuesOf<Omit<Input, 'entityId' | 'townshipId'>, Days> & { entity: PickedEntity };

/** The picked business as the input names it: its id, and its township as the register has it. */
export const entityInput = (entity: PickedEntity) => ({ entityId: entity.id, townshipId: entity.townshipId });
