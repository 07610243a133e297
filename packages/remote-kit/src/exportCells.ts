import type { CellValue, LabelMap } from '@shian/ui-kit';
import { labelOf } from '@shian/ui-kit';
import { formatDate, formatDateTime } from './format';

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
 * The cells the lists' exports repeat, typed against the list's row: `const cell = exportCells<Row>()`, then in the
 * columns `{ title: '受考主体', value: cell.entity('entity'), width: 34 }`, `value: cell.name('township')`,
 * `value: cell.date('receivedOn')`, `value: cell.label('kind', NOTICE_KIND)`. A cell reads as the list's table
 * shows it; the column's title and width stay the list's own.
 */
export function exportCells<T>() {
  return {
    /** A business: its name, its id where the answer lacks the name (the register did not answer), else —. */
    entity:
      (source: CellSource<T, NamedRef>) =>
      (row: T): CellValue => {
        const entity = reader(source)(row);
        return entity?.name ?? entity?.id ?? '—';
      },
    /** What a row refers to by its name (a township; a business where none is left blank): blank without one. */
    name:
      (source: CellSource<T, NamedRef>) =>
      (row: T): CellValue =>
        reader(source)(row)?.name ?? '',
    /** A day (`LocalDate`) as `formatDate` shows it (— without one), or `empty` for a day that may not be set yet. */
    date: (source: CellSource<T, string>, empty?: string) => {
      const read = reader(source);
      return (row: T): CellValue => formatOr(formatDate, read(row), empty);
    },
    /** An instant (`DateTimeISO`) in Beijing time, `YYYY-MM-DD HH:mm` (— without one, or `empty`). */
    dateTime: (source: CellSource<T, string>, empty?: string) => {
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

/** A formatter's text, or the `empty` text asked for a value not set (where the formatter would show —). */
const formatOr = (
  format: (value: string | null | undefined) => string,
  value: string | null | undefined,
  empty?: string,
) => (value == null && empty !== undefined ? empty : format(value));
