import { useQuery } from '@shian/graphql-client';
import { optionsOf } from '@shian/ui-kit';
import { Flex, Input, Select, Switch, Typography } from '@shian/antd';
import { useState } from 'react';
import { graphql } from '../gql';
import type { ComplaintFilter } from '../gql/graphql';
import { COMPLAINT_CHANNEL, COMPLAINT_KIND, COMPLAINT_OUTCOME } from '../labels';
import { useCanWriteDistrict } from '@shian/remote-kit';

const TownshipOptionsQuery = graphql(`
  query ComplaintTownships {
    townships {
      id
      name
    }
  }
`);

const YEARS = Array.from({ length: new Date().getFullYear() - 2022 }, (_, i) => 2023 + i).reverse();

/** The register's filters as the URL holds them: what the list and the export both ask the server for. */
export function complaintFilterFromParams(params: URLSearchParams): ComplaintFilter {
  const filter: ComplaintFilter = {};
  for (const key of ['search', 'channel', 'kind', 'outcome', 'townshipId'] as const) {
    const value = params.get(key)?.trim();
    if (value) (filter as Record<string, string>)[key] = value;
  }
  if (params.get('year')) filter.year = Number(params.get('year'));
  if (params.get('overdue') === '1') filter.overdue = true;
  return filter;
}

interface ComplaintFiltersProps {
  params: URLSearchParams;
  /** Sets (or, with no value, clears) one filter in the URL. */
  setFilter: (key: string, value: string | undefined) => void;
}

/**
 * 投诉举报's search and filters: 年度, 类别, 渠道, 处理结果, 只看超期 and, for district staff only (a township
 * officer sees their own township's records anyway), 乡镇(街道).
 */
export function ComplaintFilters({ params, setFilter }: ComplaintFiltersProps) {
  const district = useCanWriteDistrict();
  const [townships] = useQuery({ query: TownshipOptionsQuery, pause: !district });
  const [searchText, setSearchText] = useState(params.get('search') ?? '');

  const select = (
    key: keyof ComplaintFilter,
    label: string,
    options: { value: string; label: string }[],
    width = 130,
  ) => (
    <div data-filter={key}>
      <Select
        allowClear
        virtual={false}
        aria-label={label}
        placeholder={label}
        options={options}
        value={params.get(key) ?? undefined}
        onChange={(v?: string) => setFilter(key, v)}
        style={{ width }}
        popupMatchSelectWidth={false}
      />
    </div>
  );

  return (
    <Flex wrap gap={8} align="center">
      <Input.Search
        allowClear
        aria-label="搜索"
        placeholder="搜索编号、内容或主体名称"
        value={searchText}
        onChange={(e) => setSearchText(e.target.value)}
        onSearch={(v) => setFilter('search', v.trim() || undefined)}
        style={{ width: 240 }}
      />
      {select(
        'year',
        '年度',
        YEARS.map((y) => ({ value: String(y), label: `${y}年` })),
        100,
      )}
      {select('kind', '类别', optionsOf(COMPLAINT_KIND), 90)}
      {select('channel', '渠道', optionsOf(COMPLAINT_CHANNEL))}
      {select('outcome', '处理结果', optionsOf(COMPLAINT_OUTCOME))}
      {district &&
        select(
          'townshipId',
          '乡镇(街道)',
          (townships.data?.townships ?? []).map((t) => ({ value: t.id, label: t.name })),
          150,
        )}
      <Flex gap={4} align="center">
        <Switch
          size="small"
          aria-label="只看超期"
          checked={params.get('overdue') === '1'}
          onChange={(on) => setFilter('overdue', on ? '1' : undefined)}
        />
        <Typography.Text>只看超期</Typography.Text>
      </Flex>
    </Flex>
  );
}
