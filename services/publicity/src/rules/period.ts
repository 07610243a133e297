/** A calendar year as "YYYY-MM-DD" bounds, compared as strings like every LocalDate of the domain. */
export function yearBounds(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** A calendar year as instants in China Standard Time (UTC+8), for timestamps such as publishedAt. */
export function yearInstants(year: number): { from: Date; to: Date } {
  return { from: new Date(`${year}-01-01T00:00:00+08:00`), to: new Date(`${year + 1}-01-01T00:00:00+08:00`) };
}

export function checkYear(year: number): string | undefined {
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? undefined : `年份超出范围(2000—2100):${year}`;
}
