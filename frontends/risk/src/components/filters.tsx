import type { ListFilter } from '@shian/remote-kit';

/**
 * What every risk list is narrowed by after its search: 乡镇(街道) and 年度 (without the year where the list is of one
 * round, whose year it is). The list's declared `filters` (`useListPage`), its own choices after them.
 */
export const townshipYear = (year = true): ListFilter[] =>
  year ? [{ township: true }, { year: true }] : [{ township: true }];

/**
 * The address keys risk's lists read before they declared their filters, each to the filter's field it is now
 * (`useListPage`'s `formerKeys`): a bookmark or a link of then (`?township=…`, `?step=…`, `?risk=…`) still opens the
 * same filtered list.
 */
export const FORMER_KEYS = { township: 'townshipId', step: 'currentStep', risk: 'riskId' } as const;
