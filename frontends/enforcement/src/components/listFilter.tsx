import { Flex, Switch, Typography } from '@shian/antd';
import type { ListPage } from '@shian/remote-kit';
import { useT, YearSelect } from '@shian/ui-kit';

type UrlList = Pick<ListPage<unknown, object, unknown, unknown>, 'params' | 'set'>;

/**
 * A list's filter as its address holds it (`?status=FILED&year=2024&overdue=1`): the non-empty values of these keys,
 * trimmed; `year` as a number, `overdue=1` as true. Enum values are passed on as written: the gateway refuses one it
 * does not know.
 */
export function filterParams<F extends object>(params: URLSearchParams, keys: readonly (keyof F & string)[]): F {
  const filter: Record<string, string | number | boolean> = {};
  for (const key of keys) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (key === 'year') {
      if (!Number.isNaN(Number(value))) filter.year = Number(value);
    } else if (key === 'overdue') {
      if (value === '1') filter.overdue = true;
    } else filter[key] = value;
  }
  return filter as F;
}

/** 只看超期: the list's `overdue=1` in the address. */
export function OverdueFilter({ list }: { list: UrlList }) {
  const t = useT();
  return (
    <Flex gap={4} align="center">
      <Switch
        size="small"
        aria-label="只看超期"
        checked={list.params.get('overdue') === '1'}
        onChange={(on) => list.set('overdue', on ? '1' : undefined)}
      />
      <Typography.Text>{t('只看超期')}</Typography.Text>
    </Flex>
  );
}

/** 年度: the list's `year` in the address. */
export function YearFilter({ list }: { list: UrlList }) {
  return (
    <div data-filter="year">
      <YearSelect value={Number(list.params.get('year')) || undefined} onChange={(year) => list.set('year', year)} />
    </div>
  );
}
