import { Flex, Input, Select, Switch, Typography } from '@shian/antd';
import { type AnyVariables, type Connection, type TypedDocumentNode, useQuery } from '@shian/graphql-client';
import { useSearchParams } from '@shian/router';
import {
  type ConnectionPage,
  type CursorPagination,
  type ExportColumn,
  type LabelMap,
  type ListExport,
  optionsOf,
  useCursorPagination,
  useT,
  YearSelect,
} from '@shian/ui-kit';
import { useEffect, useState } from 'react';
import { useTownshipOptions } from './useTownships';

type PagedVariables = AnyVariables & { first?: number | null; after?: string | null };

/**
 * A list's filter declared once, both the key of the address it reads and the toolbar's control that sets it (which
 * `ListTable` shows): `{ search: placeholder }` the search box (`search`), `{ year: true }` 年度 (`year`, a number),
 * `{ township: true }` 乡镇(街道) (`townshipId` unless `name` says), `{ name, label, labels | options }` a choice
 * (`SelectFilter`; with `boolean` a yes/no whose labels' keys are `true`/`false`, read as a boolean), `{ flag, label }`
 * a switch (`flag=1` read as true). Texts are the remote's, translated by the controls.
 */
export type ListFilter =
  | { search: string; width?: number }
  | { year: true }
  | ({ township: true } & TownshipFilterProps)
  | (ChoiceFilter & { boolean?: boolean })
  | { flag: string; label: string };

/**
 * A choice of one value bound to the address key `name`: an enum's label map (`labels={DUTY_STATUS}`, in the map's
 * order) or, for choices that are no enum's, `options`; `label` names it (placeholder and aria-label).
 */
export type ChoiceFilter = ChoiceControl &
  (
    | { labels: LabelMap<string>; options?: never }
    | { options: readonly { value: string; label: string }[]; labels?: never }
  );

type ChoiceControl = {
  name: string;
  label: string;
  /** Type to narrow the options (the 22 townships, the food categories). */
  search?: boolean;
  width?: number;
  /** Keys a new choice clears from the address: what belonged to the one before (a township's village). */
  clears?: readonly string[];
};

/** The township choice's own: its address key (`townshipId` unless named) and the choice's width, search, clears. */
type TownshipFilterProps = Partial<Pick<ChoiceControl, 'name'>> & Pick<ChoiceControl, 'width' | 'search' | 'clears'>;

/** The address key a declared filter reads. */
const keyOf = (filter: ListFilter) =>
  'township' in filter
    ? (filter.name ?? 'townshipId')
    : 'name' in filter
      ? filter.name
      : 'year' in filter
        ? 'year'
        : 'flag' in filter
          ? filter.flag
          : 'search';

export interface ListPageSpec<Data, Variables extends PagedVariables, F, T> {
  /** The list's query: a connection with `first`/`after`. */
  query: TypedDocumentNode<Data, Variables>;
  /**
   * The filter, read from the page's URL: the URL is the one place a list's filter lives (shared, bookmarked, back).
   * Either `filters`, declared once for the address and the toolbar, or a reader of the page's own (a filter no
   * control sets, a value that is no string), with the page's controls in `ListTable`'s `filters`.
   */
  filter?: (params: URLSearchParams) => F;
  filters?: readonly ListFilter[];
  /**
   * The query's variables for a filter; `{ filter }` unless said. `params` is the address (former keys read as
   * current), for a key no control sets, e.g. the one record a linked list is narrowed to.
   */
  variables?: (filter: F, params: URLSearchParams) => Omit<Variables, 'first' | 'after'>;
  /** The connection in the answer. */
  pick: (data: Data) => Connection<T> | null | undefined;
  /** Don't query yet (e.g. until a required choice is made). */
  pause?: boolean;
  /**
   * Address keys the list read before, each to its key now (`{ township: 'townshipId' }`): an old link's value is
   * read as the current key's where that is absent, and the next write drops the old key. Bookmarks keep working.
   */
  formerKeys?: Readonly<Record<string, string>>;
}

export interface ListPage<Data, Variables extends PagedVariables, F, T> {
  filter: F;
  /** The filters declared by the spec, whose controls `ListTable` (or `ListFilters`) shows. */
  filters?: readonly ListFilter[];
  params: URLSearchParams;
  /**
   * Sets (or, with undefined or '', removes) one filter in the URL, and removes the `clears` keys with it (one
   * address change); the list returns to its first page.
   */
  set: (key: string, value: string | number | boolean | null | undefined, clears?: readonly string[]) => void;
  /** What `DataTable` takes of the list: `<DataTable {...list.table} columns={…} />`. */
  table: {
    data: ConnectionPage<T> | null | undefined;
    loading: boolean;
    error: unknown;
    onRetry: () => void;
    pagination: CursorPagination;
  };
  /** The current page's answer, for what else the page shows from it. */
  data: Data | undefined;
  /** Reads the list again from the server (after a write). */
  reload: () => void;
  /** What `ExportButton` takes to export every row of this filter: `<ExportButton {...list.exportOf(COLUMNS, '名录')} />`. */
  exportOf: (columns: readonly ExportColumn<T>[], filename: string) => ListExport<Data, Variables, T>;
}

/**
 * A list page's plumbing, the one way: the filter from the URL, paging on the server's cursors (back to page 1 when
 * the filter changes), the query, and the same query walked for export.
 */
/** The filter a list's query takes (its `filter` variable): what declared `filters` read, typed so. */
type FilterOf<Variables> = Variables extends { filter?: infer G } ? NonNullable<G> : unknown;

export function useListPage<Data, Variables extends PagedVariables, F = FilterOf<Variables>, T = unknown>(
  spec: ListPageSpec<Data, Variables, F, T>,
): ListPage<Data, Variables, F, T> {
  const [address, setParams] = useSearchParams();
  const params = spec.formerKeys ? withCurrentKeys(address, spec.formerKeys) : address;
  const filter = spec.filter
    ? spec.filter(params)
    : // The declared keys are the query's filter's fields: the gateway refuses one it does not know.
      (filterParams<Record<string, unknown>>(params, (spec.filters ?? []).map(keyOf), {
        flags: (spec.filters ?? []).flatMap((declared) => ('flag' in declared ? [declared.flag] : [])),
        booleans: (spec.filters ?? []).flatMap((declared) =>
          'boolean' in declared && declared.boolean ? [declared.name] : [],
        ),
      }) as F);
  const variables = spec.variables
    ? spec.variables(filter, params)
    : ({ filter } as unknown as Omit<Variables, 'first' | 'after'>);
  const key = JSON.stringify(variables);
  const pagination = useCursorPagination(key);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: spec.query,
    variables: { ...variables, ...pagination.variables } as unknown as Variables,
    pause: spec.pause,
  });
  const set: ListPage<Data, Variables, F, T>['set'] = (name, value, clears = []) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === null || value === '') next.delete(name);
    else next.set(name, String(value));
    for (const key of clears) next.delete(key);
    setParams(next, { replace: true });
  };
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return {
    filter,
    filters: spec.filters,
    params,
    set,
    data,
    reload,
    table: {
      data: data ? spec.pick(data) : undefined,
      loading: fetching,
      error,
      onRetry: reload,
      pagination,
    },
    exportOf: (columns, filename) => ({ document: spec.query, variables, pick: spec.pick, columns, filename }),
  };
}

/** The address with a former key's value under its current key (unless that has one), the former key dropped. */
function withCurrentKeys(address: URLSearchParams, formerKeys: Readonly<Record<string, string>>) {
  const params = new URLSearchParams(address);
  for (const [former, current] of Object.entries(formerKeys)) {
    const value = params.get(former);
    if (value === null) continue;
    if (!params.has(current)) params.set(current, value);
    params.delete(former);
  }
  return params;
}

export type AnyListPage = Pick<ListPage<unknown, PagedVariables, unknown, unknown>, 'params' | 'set'>;

/** A search box bound to one URL filter (`search` unless named): typed freely, applied on Enter or the button. */
export function SearchFilter(props: { list: AnyListPage; name?: string; placeholder: string; width?: number }) {
  const name = props.name ?? 'search';
  const applied = props.list.params.get(name) ?? '';
  const t = useT();
  const [text, setText] = useState(applied);
  // Back/forward or a link changes the URL under the box: show what the list is filtered by.
  useEffect(() => setText(applied), [applied]);
  return (
    <Input.Search
      allowClear
      placeholder={t(props.placeholder)}
      aria-label={t(props.placeholder)}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onSearch={(value) => props.list.set(name, value.trim())}
      style={{ width: props.width ?? 240 }}
    />
  );
}

/** Choices of a `SelectFilter` that are no value of its enum: a page's own scopes, shown before the enum's. */
export interface ScopeChoices {
  /** Each with its label (translated here): 查封扣押中, 全部. */
  before: readonly { value: string; label: string }[];
  /**
   * The one the page applies when the address names none (its first view): shown as chosen then, and choosing it
   * takes the key off the address again, so there is nothing to clear.
   */
  unset: string;
}

/**
 * A select bound to one URL filter (a `ChoiceFilter`), its labels translated; `data-filter` names it for tests.
 * `scopes` puts a page's own choices before the enum's, one of them what the page shows when none is in the address.
 */
export function SelectFilter(props: { list: AnyListPage; scopes?: ScopeChoices } & ChoiceFilter) {
  const t = useT();
  const { scopes } = props;
  const translated = (options: readonly { value: string; label: string }[]) =>
    options.map((option) => ({ value: option.value, label: t(option.label) }));
  return (
    <div data-filter={props.name}>
      <Select
        allowClear={!scopes}
        virtual={false}
        aria-label={t(props.label)}
        placeholder={t(props.label)}
        options={[
          ...translated(scopes?.before ?? []),
          ...(props.labels ? optionsOf(props.labels) : translated(props.options)),
        ]}
        showSearch={props.search ? { optionFilterProp: 'label' } : undefined}
        value={props.list.params.get(props.name) ?? scopes?.unset}
        onChange={(value?: string) =>
          props.list.set(props.name, value === scopes?.unset ? undefined : value, props.clears)
        }
        style={{ width: props.width ?? 140 }}
      />
    </div>
  );
}

/**
 * A list's filter as its address holds it (`?status=FILED&year=2024&overdue=1`): the non-empty values of these keys,
 * trimmed; the `numbers` keys (`year` unless said) as whole numbers above zero, a value that is none left out; the `flags` keys
 * (`overdue` unless said) as `true` when `1`; the `booleans` keys (a yes/no choice: 考核's 类型) as `true` or `false`
 * when written so, left out otherwise. Enum values are passed on as written: the gateway refuses one it does not
 * know, with a message that names it.
 */
export function filterParams<F extends object>(
  params: URLSearchParams,
  keys: readonly (keyof F & string)[],
  {
    numbers = ['year'],
    flags = ['overdue'],
    booleans = [],
  }: { numbers?: readonly string[]; flags?: readonly string[]; booleans?: readonly string[] } = {},
): F {
  const filter: Record<string, string | number | boolean> = {};
  for (const key of keys) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (numbers.includes(key)) {
      // 0, -1 or 2.5 is no year or count: an address edited by hand, which the list then ignores.
      const number = Number(value);
      if (Number.isInteger(number) && number > 0) filter[key] = number;
    } else if (flags.includes(key)) {
      if (value === '1') filter[key] = true;
    } else if (booleans.includes(key)) {
      if (value === 'true' || value === 'false') filter[key] = value === 'true';
    } else filter[key] = value;
  }
  return filter as F;
}

/** 年度 bound to the list's `year` in the address. */
export function YearFilter({ list, name = 'year' }: { list: AnyListPage; name?: string }) {
  return (
    <div data-filter={name}>
      <YearSelect value={Number(list.params.get(name)) || undefined} onChange={(year) => list.set(name, year)} />
    </div>
  );
}

/**
 * 乡镇(街道): a list's township in its address (`townshipId` unless named); `search` to type a part of the name,
 * `clears` the keys a new township clears (its village).
 */
export function TownshipFilter({
  list,
  name = 'townshipId',
  width = 150,
  search,
  clears,
}: { list: AnyListPage } & TownshipFilterProps) {
  const townships = useTownshipOptions();
  return (
    <SelectFilter
      list={list}
      name={name}
      label="乡镇(街道)"
      options={townships.options}
      width={width}
      search={search}
      clears={clears}
    />
  );
}

/** A switch bound to a flag of the address (`overdue=1` while on), e.g. 只看超期. */
export function SwitchFilter({ list, name, label }: { list: AnyListPage; name: string; label: string }) {
  const t = useT();
  return (
    <Flex gap={4} align="center" data-filter={name}>
      <Switch
        size="small"
        aria-label={t(label)}
        checked={list.params.get(name) === '1'}
        onChange={(on) => list.set(name, on ? '1' : undefined)}
      />
      <Typography.Text>{t(label)}</Typography.Text>
    </Flex>
  );
}

/** The controls of a list's declared filters, in their order (what `ListTable` shows left of its toolbar). */
export function ListFilters({ list }: { list: AnyListPage & { filters?: readonly ListFilter[] } }) {
  return (list.filters ?? []).map((declared) => {
    if ('township' in declared) {
      const key = keyOf(declared);
      const { township: _township, ...props } = declared;
      return <TownshipFilter key={key} list={list} {...props} name={key} />;
    }
    if ('name' in declared) {
      const { boolean: _asBoolean, ...choice } = declared;
      return <SelectFilter key={declared.name} list={list} {...choice} />;
    }
    if ('year' in declared) return <YearFilter key="year" list={list} />;
    if ('flag' in declared)
      return <SwitchFilter key={declared.flag} list={list} name={declared.flag} label={declared.label} />;
    return <SearchFilter key="search" list={list} placeholder={declared.search} width={declared.width} />;
  });
}
