import { type ConnectionShape } from '@rapport/graphql-schema';
import { offsetCursor } from './cursor';

/**
 * Builds a Relay connection from the rows of one page. `rows` may hold one extra row beyond
 * `first` (fetched to learn hasNextPage). `totalCount` is called only if the client asks for it.
 */
export function buildConnection<T>(
  rows: readonly T[],
  first: number,
  cursorOf: (node: T, index: number) => string,
  totalCount: () => number | Promise<number>,
  hasPreviousPage: boolean,
): ConnectionShape<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node, index) => ({ cursor: cursorOf(node, index), node }));
  let total: number | Promise<number> | undefined;
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    // A lazy getter: the default field resolver reads it only when totalCount is selected.
    get totalCount() {
      total ??= totalCount();
      return total;
    },
  };
}

/** A connection over a list already fully in memory, paged by offset cursors. */
export function connectionFromArray<T>(all: readonly T[], first: number, offset: number): ConnectionShape<T> {
  return buildConnection(
    all.slice(offset, offset + first + 1),
    first,
    (_node, index) => offsetCursor(offset + index),
    () => all.length,
    offset > 0,
  );
}

/** A connection over one page fetched by offset (with one extra row). */
export function connectionFromOffsetPage<T>(
  rows: readonly T[],
  first: number,
  offset: number,
  totalCount: () => number | Promise<number>,
): ConnectionShape<T> {
  return buildConnection(rows, first, (_node, index) => offsetCursor(offset + index), totalCount, offset > 0);
}
