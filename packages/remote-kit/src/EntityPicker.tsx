import { kitT, useT } from '@shian/ui-kit';
import { graphql } from './gql';
import { SearchSelect } from './SearchSelect';
import type { EntityCategory } from './gql/graphql';

// The kit's operation, named for no one domain: every remote's codegen reads it from here, so it is in each remote's
// persisted documents and so among the gateway's trusted operations. The entities subgraph applies the caller's scope.
const EntityOptionsQuery = graphql(`
  query EntityOptions($filter: EntityFilter) {
    entities(filter: $filter, first: 30) {
      nodes {
        id
        name
        township {
          ...TownshipRef
        }
      }
    }
  }
`);

/** What a picked entity brings: its id, and its township (the record's scope, as the register has it). */
export interface PickedEntity {
  id: string;
  name: string;
  townshipId: string;
}

interface CommonProps {
  /** Limits the search to one category of business. */
  category?: EntityCategory;
  /** Limits the search to one township's businesses (a village report triaged to its own township's register). */
  townshipId?: string;
  placeholder?: string;
  'aria-label'?: string;
}

/** The value is the entity's id; `onPick` also hands over its name and township. */
export interface EntityIdPickerProps extends CommonProps {
  whole?: false;
  value?: string;
  onChange?: (id?: string) => void;
  onPick?: (entity?: PickedEntity) => void;
}

/**
 * The value is the whole picked business (`PickedEntity`): for a form whose mutation needs more of it than its id
 * (enforcement's clues and complaints send the township with it). It also shows a value no longer among the options.
 */
export interface EntityRecordPickerProps extends CommonProps {
  whole: true;
  value?: PickedEntity;
  onChange?: (entity?: PickedEntity) => void;
}

/**
 * Picks a business from the entities register (through the gateway): type to search by name, address or credit code
 * (the entities subgraph's `search`), optionally limited to a category or a township. Its value is the id, or with `whole` the
 * picked business itself.
 */
export function EntityPicker(props: EntityIdPickerProps | EntityRecordPickerProps) {
  useT();
  const { category, placeholder = '输入名称、地址或统一社会信用代码搜索', 'aria-label': ariaLabel = '主体' } = props;
  const current = props.whole ? props.value : undefined;
  const choose = (id?: string, option?: { entity: PickedEntity }) => {
    const entity = option?.entity;
    if (props.whole) props.onChange?.(entity);
    else {
      props.onChange?.(id);
      props.onPick?.(entity);
    }
  };
  return (
    <SearchSelect
      query={EntityOptionsQuery}
      variables={(search) => ({
        filter: { search: search || null, category: category ?? null, townshipId: props.townshipId ?? null },
      })}
      options={(data) =>
        (data.entities?.nodes ?? []).map((n) => ({
          value: n.id,
          label: `${n.name}(${n.township.name})`,
          entity: { id: n.id, name: n.name, townshipId: n.township.id },
        }))
      }
      // A picked business stays readable after a new search left it out of the options.
      current={current && { value: current.id, label: current.name, entity: current }}
      aria-label={kitT(ariaLabel)}
      placeholder={kitT(placeholder)}
      notFound={kitT('无匹配主体')}
      value={props.whole ? props.value?.id : props.value}
      onChange={choose}
    />
  );
}
