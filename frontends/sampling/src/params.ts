/**
 * A list's filter as its address holds it (`?townshipId=511902001&year=2024`): the non-empty values of these keys,
 * trimmed; `year` as a number. Enum values are passed on as written: the gateway refuses one it does not know.
 */
export function filterParams<F extends object>(
  params: URLSearchParams,
  keys: readonly (keyof F & string)[],
): Partial<F> {
  const filter: Record<string, string | number> = {};
  for (const key of keys) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    filter[key] = key === 'year' ? Number(value) : value;
  }
  if (Number.isNaN(filter.year)) delete filter.year;
  return filter as Partial<F>;
}
