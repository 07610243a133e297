import { Select } from '@shian/antd';
import type { ComponentProps } from 'react';
import { useCurrentUser } from './module';
import { useTownshipOptions } from './useTownships';

/** A form field's choice of township (or with `mode="multiple"` townships), found by typing a part of the name. */
export function TownshipSelect(
  props: Omit<ComponentProps<typeof Select<string | string[]>>, 'options' | 'loading' | 'showSearch'>,
) {
  const townships = useTownshipOptions();
  return (
    <Select
      {...props}
      options={townships.options}
      loading={townships.loading}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}

/** A township officer's own township, whose records are the only ones they write; undefined for any other role. */
export function useOwnTownship(): string | undefined {
  const user = useCurrentUser();
  return user?.role === 'township' ? user.townshipId : undefined;
}
