import { type LabelMap, StatusTag } from '@shian/ui-kit';
import { formatDate, formatDateTime } from './format';
import { ModuleLink } from './ModuleLink';

/** The keys of a row whose values are a `V` (or nothing). */
type KeysOf<T, V> = { [K in keyof T]-?: T[K] extends V | null | undefined ? K : never }[keyof T] & string;

/** A record a row refers to, as a list reads it (`entity { ...EntityRef }`, `township { ...TownshipRef }`). */
interface Named {
  id: string;
  name?: string | null;
}

/**
 * The table cells the lists repeat, typed against the list's row: `const cell = tableCells<Row>()`, then in the
 * columns `{ title: '培训对象', ...cell.tag('audience', AUDIENCE) }`. Each gives a column's `dataIndex` (or `key`) and
 * `render`; the title, the width and the rest stay the list's own. They show what `exportCells` exports, but for the
 * screen: an enum as its coloured tag, an empty value as —, a title as a link to its record's page.
 */
export function tableCells<T>() {
  return {
    /** An enum as its tag from the label map (— without a value). */
    tag: <K extends string>(key: KeysOf<T, K>, labels: LabelMap<K>) => ({
      dataIndex: key,
      render: (value: K | null | undefined) => <StatusTag value={value} map={labels} />,
    }),
    /** A day (`LocalDate`) as `formatDate` shows it. */
    date: (key: KeysOf<T, string>) => ({ dataIndex: key, render: formatDate }),
    /** An instant in Beijing time, `YYYY-MM-DD HH:mm`. */
    dateTime: (key: KeysOf<T, string>) => ({ dataIndex: key, render: formatDateTime }),
    /** A business: its name, its id where the answer lacks the name (the register did not answer), else —. */
    entity: (key: KeysOf<T, Named>) => ({
      key,
      render: (_: unknown, row: T) => {
        const entity = row[key] as Named | null | undefined;
        return entity?.name ?? entity?.id ?? '—';
      },
    }),
    /** What a row refers to by its name (a township), — without one. */
    name: (key: KeysOf<T, Named>) => ({
      key,
      render: (_: unknown, row: T) => (row[key] as Named | null | undefined)?.name ?? '—',
    }),
    /** A text (a title) as the link to the module's page of its record, `to(row)` (`/sessions/${row.id}`). */
    link: (key: KeysOf<T, string>, to: (row: T) => string) => ({
      dataIndex: key,
      render: (text: string, row: T) => <ModuleLink to={to(row)}>{text}</ModuleLink>,
    }),
  };
}
