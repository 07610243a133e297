import type { ComplaintFilter } from '../gql/graphql';
import { COMPLAINT_CHANNEL, COMPLAINT_KIND, COMPLAINT_OUTCOME } from '../labels';
import {
  filterParams,
  type ListPage,
  SearchFilter,
  SelectFilter,
  SwitchFilter,
  TownshipFilter,
  useCanWriteDistrict,
  YearFilter,
} from '@shian/remote-kit';

type List = Pick<ListPage<unknown, object, ComplaintFilter, unknown>, 'params' | 'set'>;

/** The register's filters as the URL holds them: what the list and the export both ask the server for. */
export const complaintFilterFromParams = (params: URLSearchParams) =>
  filterParams<ComplaintFilter>(params, ['search', 'channel', 'kind', 'outcome', 'townshipId', 'year', 'overdue']);

/**
 * 投诉举报's search and filters: 年度, 类别, 渠道, 处理结果, 只看超期 and, for district staff only (a township
 * officer sees their own township's records anyway), 乡镇(街道).
 */
export function ComplaintFilters({ list }: { list: List }) {
  const district = useCanWriteDistrict();
  return (
    <>
      <SearchFilter list={list} placeholder="搜索编号、内容或主体名称" />
      <YearFilter list={list} />
      <SelectFilter list={list} name="kind" label="类别" labels={COMPLAINT_KIND} width={90} />
      <SelectFilter list={list} name="channel" label="渠道" labels={COMPLAINT_CHANNEL} width={130} />
      <SelectFilter list={list} name="outcome" label="处理结果" labels={COMPLAINT_OUTCOME} width={130} />
      {district && <TownshipFilter list={list} />}
      <SwitchFilter list={list} name="overdue" label="只看超期" />
    </>
  );
}
