import { type CellValue, kitT, type LabelMap, labelOf, StatusTag } from '@shian/ui-kit';
import type { ReactNode } from 'react';
import { formatDate, formatDateTime } from './format';
import { businessName, EntityLink, ModuleLink } from './ModuleLink';

/** The keys of a row whose values are a `V` (or nothing). */
type KeysTo<T, V> = { [K in keyof T]-?: T[K] extends V | null | undefined ? K : never }[keyof T] & string;

/** Where a cell reads its value: a key of the row (`'kind'`), or a function of it (`(row) => row.sample.entity`). */
export type CellSource<T, V> = KeysTo<T, V> | ((row: T) => V | null | undefined);

/** A record another one refers to, as a list reads it: `entity { ...EntityRef }`, `township { ...TownshipRef }`. */
export interface NamedRef {
  id: string;
  name?: string | null;
}

const reader =
  <T, V>(source: CellSource<T, V>) =>
  (row: T): V | null | undefined =>
    typeof source === 'function' ? source(row) : (row[source as keyof T] as V | null | undefined);

/**
 * The table cells the lists repeat, typed against the list's row: `const column = tableCells<Row>()`, then in the
 * columns `{ title: '培训对象', ...column.tag('audience', AUDIENCE) }`. Each reads a key of the row (the column's
 * `dataIndex`) or a function of it (`(row) => row.sample.entity`), and gives the column's `render`; the title, the
 * width and the rest stay the list's own. They show what `exportCells` exports, but for the screen: an enum as its
 * coloured tag, an empty value as —, a title as a link to its record's page.
 */
export function tableCells<T>() {
  const column = <V,>(source: CellSource<T, V>, show: (value: V | null | undefined, row: T) => ReactNode) => {
    const read = reader(source);
    return {
      ...(typeof source === 'function' ? {} : { dataIndex: source }),
      render: (_: unknown, row: T) => show(read(row), row),
    };
  };
  return {
    /** An enum as its tag from the label map (— without a value). */
    tag: <K extends string>(source: CellSource<T, K>, labels: LabelMap<K>) =>
      column(source, (value) => <StatusTag value={value} map={labels} />),
    /**
     * An enum as its plain label, no tag (`empty` without a value, — unless said; a Chinese `empty` is better a tag's
     * or `labelOf`'s, which the message check knows).
     */
    label: <K extends string>(source: CellSource<T, K>, labels: LabelMap<K>, empty?: string) =>
      column(source, (value) => labelOf(labels, value, empty)),
    /** A day (`LocalDate`) as `formatDate` shows it. */
    date: (source: CellSource<T, string>) => column(source, formatDate),
    /** An instant in Beijing time, `YYYY-MM-DD HH:mm`. */
    dateTime: (source: CellSource<T, string>) => column(source, formatDateTime),
    /**
     * A business: its name, its id where the answer lacks the name (the register did not answer), else —; a link to
     * its page in the entities module for the bureau's staff under the shell (`EntityLink`).
     */
    entity: (source: CellSource<T, NamedRef>) => column(source, (entity) => <EntityLink entity={entity} />),
    /** What a row refers to by its name (a township), — without one. */
    name: (source: CellSource<T, NamedRef>) => column(source, (named) => named?.name ?? '—'),
    /** A text (a title) as the link to the module's page of its record, `to(row)` (`/sessions/${row.id}`). */
    link: (source: CellSource<T, string>, to: (row: T) => string) =>
      column(source, (text, row) => <ModuleLink to={to(row)}>{text}</ModuleLink>),
    /**
     * 操作, what may be done to the row (`render(row)`: its buttons), as a column only `when` the caller may
     * (`canWrite`), else none: `...column.actions((row) => <Release item={row} onDone={list.reload} />, { when:
     * canWrite })`. Its title in the language of the moment it is built: build it at render.
     */
    actions: (render: (row: T) => ReactNode, { when = true, width }: { when?: boolean; width?: number } = {}) =>
      // Fixed to the right: a wide list scrolls sideways (DataTable's scroll x), and the buttons stay in view.
      when
        ? [
            {
              title: kitT('操作'),
              key: 'actions',
              width,
              fixed: 'right' as const,
              render: (_: unknown, row: T) => render(row),
            },
          ]
        : [],
  };
}

/**
 * The cells the lists' exports repeat, typed against the list's row: `const cell = exportCells<Row>()`, then in the
 * columns `{ title: '受考主体', value: cell.entity('entity'), width: 34 }`, `value: cell.name('township')`,
 * `value: cell.date('receivedOn')`, `value: cell.label('kind', NOTICE_KIND)`. A cell reads as the list's table
 * shows it, but a day not set is a blank cell; the column's title and width stay the list's own.
 */
export function exportCells<T>() {
  return {
    /** A business: its name, its id where the answer lacks the name (the register did not answer), else —. */
    entity:
      (source: CellSource<T, NamedRef>) =>
      (row: T): CellValue =>
        businessName(reader(source)(row)),
    /** What a row refers to by its name (a township; a business where none is left blank): blank without one. */
    name:
      (source: CellSource<T, NamedRef>) =>
      (row: T): CellValue =>
        reader(source)(row)?.name ?? '',
    /** A day (`LocalDate`) as `formatDate` shows it; blank for a day not set (or the `empty` text given). */
    date: (source: CellSource<T, string>, empty = '') => {
      const read = reader(source);
      return (row: T): CellValue => formatOr(formatDate, read(row), empty);
    },
    /** An instant (`DateTimeISO`) in Beijing time, `YYYY-MM-DD HH:mm`; blank without one (or the `empty` text given). */
    dateTime: (source: CellSource<T, string>, empty = '') => {
      const read = reader(source);
      return (row: T): CellValue => formatOr(formatDateTime, read(row), empty);
    },
    /**
     * An enum by its label map, in the language of the screen (`empty` without a value, — unless said). A Chinese
     * `empty` is written as `labelOf(MAP, row.x, '未评级')` instead: the message check knows labelOf's, not this.
     */
    label: <K extends string>(source: CellSource<T, K>, labels: LabelMap<K>, empty?: string) => {
      const read = reader(source);
      return (row: T): CellValue => labelOf(labels, read(row), empty);
    },
  };
}

/** A formatter's text, or the `empty` text for a value not set. */
const formatOr = (format: (value: string) => string, value: string | null | undefined, empty: string) =>
  value == null ? empty : format(value);
