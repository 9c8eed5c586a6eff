/**
 * A cache for answers worked out from workbook text (headers, number formats, codes): each distinct
 * key is worked out once. Keys come from workbooks, so past `limit` it starts afresh rather than grow for ever.
 */
export function remembered<T>(limit = 10_000): (key: string, work: (key: string) => T) => T {
  const known = new Map<string, T>();
  return (key, work) => {
    const answer = known.get(key);
    if (answer !== undefined || known.has(key)) return answer as T;
    const worked = work(key);
    if (known.size >= limit) known.clear();
    known.set(key, worked);
    return worked;
  };
}

/** `remembered` for one piece of work that needs only the key (no function made per question). */
export function rememberedBy<T>(work: (key: string) => T, limit?: number): (key: string) => T {
  const memo = remembered<T>(limit);
  return (key) => memo(key, work);
}
