/**
 * Longest `IN (…)` list a query should carry. MariaDB turns IN lists of 1,000 values or more
 * (`in_predicate_conversion_threshold`) into a join with a derived table, and its optimizer then
 * often scans the whole table instead of using the index: at 1 M customers a 1,000-id chunk read
 * of conversation_events took 7 s that way, against milliseconds by index. MySQL has no such
 * rewrite; the limit costs it nothing.
 */
export const MAX_IN_LIST = 500;

/**
 * Runs `load` over slices of at most MAX_IN_LIST ids (in parallel, on the pool) and concatenates
 * the rows in slice order. Use it wherever an id list can grow with a chunk size.
 */
export async function loadInSlices<T>(ids: readonly string[], load: (slice: string[]) => Promise<T[]>): Promise<T[]> {
  if (ids.length <= MAX_IN_LIST) return load([...ids]);
  const slices: string[][] = [];
  for (let start = 0; start < ids.length; start += MAX_IN_LIST) slices.push(ids.slice(start, start + MAX_IN_LIST));
  return (await Promise.all(slices.map(load))).flat();
}
