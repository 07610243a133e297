import { Select } from '@shian/antd';
import { type AnyVariables, type TypedDocumentNode, useQuery } from '@shian/graphql-client';
import { kitT, useT } from '@shian/ui-kit';
import { useState } from 'react';

/** One choice of a `SearchSelect`: the record's id and what the list shows of it. */
export interface SearchOption {
  value: string;
  label: string;
}

interface SearchSelectBase<D, V extends AnyVariables, O extends SearchOption> {
  /** The remote's own query of the records to choose from; it is asked again with each typed term. */
  query: TypedDocumentNode<D, V>;
  /** The query's variables for what the user typed ('' before anything is typed). */
  variables: (search: string) => V;
  /** The choices in what the query answered. */
  options: (data: D) => O[];
  /** What is searched for before the user types anything (a batch's own 批号, say); nothing by default. */
  initialSearch?: string;
  /** The records already chosen, shown first while no search found them. */
  current?: O | readonly O[] | null;
  /** The texts come translated from the remote: its catalog holds them. */
  'aria-label': string;
  placeholder: string;
  /** Said when nothing matches. */
  notFound: string;
  /** Said while the server is asked (搜索中… unless said otherwise). */
  searching?: string;
}

/** One record, or with `mode="multiple"` several (a hazard's risks, say); the chosen options come along. */
export type SearchSelectProps<D, V extends AnyVariables, O extends SearchOption = SearchOption> = SearchSelectBase<
  D,
  V,
  O
> &
  (
    | {
        mode?: undefined;
        value?: string;
        /** The chosen option comes along (with whatever else `options` put in it). */
        onChange?: (value?: string, option?: O) => void;
      }
    | { mode: 'multiple'; value?: string[]; onChange?: (value: string[], options: O[]) => void }
  );

/**
 * A Select whose options come from the server as the user types: the remotes' pickers of another register's records
 * (cases, officers, samples, businesses). Each keeps only its query, how an option reads and its texts; the search is
 * the server's (`filterOption: false`), so what the caller's scope hides is never offered.
 */
export function SearchSelect<D, V extends AnyVariables, O extends SearchOption = SearchOption>(
  props: SearchSelectProps<D, V, O>,
) {
  useT();
  const [search, setSearch] = useState(props.initialSearch ?? '');
  const [{ data, fetching }] = useQuery({ query: props.query, variables: props.variables(search) });
  const found = data ? props.options(data) : [];
  const unfound = ([] as O[]).concat(props.current ?? []).filter((c) => !found.some((o) => o.value === c.value));
  const options = [...unfound, ...found];
  return (
    <Select<string | string[], O>
      mode={props.mode}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      aria-label={props['aria-label']}
      placeholder={props.placeholder}
      loading={fetching}
      value={props.value}
      onChange={(value, option) =>
        props.mode === 'multiple'
          ? props.onChange?.((value as string[] | undefined) ?? [], ([] as O[]).concat(option ?? []))
          : props.onChange?.(value as string | undefined, option as O | undefined)
      }
      options={options}
      notFoundContent={fetching ? (props.searching ?? kitT('搜索中…')) : props.notFound}
    />
  );
}
