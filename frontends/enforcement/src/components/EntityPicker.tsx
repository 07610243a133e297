import { EntityPicker as KitEntityPicker, type PickedEntity } from '@shian/remote-kit';

export type { PickedEntity };

/**
 * The kit's whole-record picker under enforcement's old name, for NewInspectionButton until it imports the kit's
 * `<EntityPicker whole />` itself; then this file goes.
 */
export function EntityPicker(props: { value?: PickedEntity; onChange?: (entity?: PickedEntity) => void }) {
  return <KitEntityPicker whole aria-label="当事人" {...props} />;
}
