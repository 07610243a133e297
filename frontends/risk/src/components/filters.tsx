import { type ListPage, TownshipFilter, YearFilter } from '@shian/remote-kit';

/**
 * A risk list's filter as the address holds it: the search, 乡镇(街道) (`?township=…`) and 年度 that every list of the
 * module is narrowed by (`TownshipYearFilters`), and the list's own fields, each from its URL parameter
 * (`{ currentStep: 'step' }` reads `?step=…`). Values are trimmed, null when absent so the server's filter is explicit;
 * enum values are passed on as written (the gateway refuses one it does not know); `year` is read as a number.
 */
export function listFilter<F>(params: URLSearchParams, own: { readonly [K in keyof F]?: string } = {}): F {
  const keys: Record<string, string> = { townshipId: 'township', year: 'year', search: 'search', ...own };
  const filter: Record<string, string | number | null> = {};
  for (const [field, param] of Object.entries(keys)) {
    const value = params.get(param)?.trim() || null;
    // The year is the schema's Int; anything else in the address is no year.
    filter[field] = field === 'year' ? Number(value) || null : value;
  }
  return filter as F;
}

type UrlList = Pick<ListPage<unknown, object, unknown, unknown>, 'params' | 'set'>;

/** 乡镇(街道) and 年度, which every risk list is narrowed by after its search; `year` false where the list is of one
 * round (whose year it is). */
export function TownshipYearFilters({ list, year = true }: { list: UrlList; year?: boolean }) {
  return (
    <>
      <TownshipFilter list={list} name="township" />
      {year && <YearFilter list={list} />}
    </>
  );
}
