import { RapportError } from '@rapport/shared-util';

/** Cursors are opaque to clients: base64url of a small JSON value. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decode(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new RapportError('BAD_USER_INPUT', 'after is not a cursor returned by this API.', 'after');
  }
}

/** Position cursors ({o: offset}) for lists paged by offset. */
export function offsetCursor(offset: number): string {
  return encodeCursor({ o: offset });
}

/** The offset to continue from (the position after the cursor's node). */
export function offsetAfter(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const value = decode(cursor) as { o?: unknown };
  if (typeof value?.o !== 'number' || !Number.isInteger(value.o) || value.o < 0) {
    throw new RapportError('BAD_USER_INPUT', 'after is not a cursor of this list.', 'after');
  }
  return value.o + 1;
}

/** Keyset cursors (time, id) for the newest-first conversation timeline. */
export function eventCursor(occurredAt: Date, id: string): string {
  return encodeCursor({ t: occurredAt.toISOString(), i: id });
}

export function decodeEventCursor(cursor: string | null | undefined): { occurredAt: Date; id: string } | null {
  if (!cursor) return null;
  const value = decode(cursor) as { t?: unknown; i?: unknown };
  const occurredAt = typeof value?.t === 'string' ? new Date(value.t) : null;
  if (!occurredAt || Number.isNaN(occurredAt.getTime()) || typeof value.i !== 'string') {
    throw new RapportError('BAD_USER_INPUT', 'after is not a cursor of this timeline.', 'after');
  }
  return { occurredAt, id: value.i };
}
