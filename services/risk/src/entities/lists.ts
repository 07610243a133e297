/**
 * Sets of codes (townships, departments) kept in one text column as `,a,b,`: "includes x" is then one
 * `like '%,x,%'` on SQLite and PostgreSQL alike (no JSON operators that differ between them, no join table per
 * record type), and the delimiters make it exact (`,51190200,` never matches inside `,511902001,`).
 * Codes must not contain commas: the writes check every code against its pattern first.
 */
export function toList(values: readonly string[]): string {
  const unique = [...new Set(values)].sort();
  return unique.length ? `,${unique.join(',')},` : '';
}

export function fromList(list: string | null | undefined): string[] {
  return (list ?? '').split(',').filter(Boolean);
}

/** The condition "the list column includes `value`". */
export function listIncludes(value: string): { $like: string } {
  return { $like: `%,${value},%` };
}
