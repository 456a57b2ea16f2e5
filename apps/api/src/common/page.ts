/** One page of a list, and the opaque cursor of the next page (null on the last). */
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** Opaque page cursors: base64url of a position in creation order. */
export function encodeCursor(seq: bigint): string {
  return Buffer.from(seq.toString(), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): bigint | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  return /^\d{1,18}$/.test(text) ? BigInt(text) : null;
}

/** A page from `limit + 1` rows read in order: the extra row only says that there is a next page. */
export function toPage<R extends { seq: bigint }, V>(rows: R[], limit: number, view: (row: R) => V): Page<V> {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = shown[shown.length - 1];
  return {
    data: shown.map(view),
    nextCursor: more && last ? encodeCursor(last.seq) : null,
  };
}

/** How many items a page holds when the caller gives no ?limit=. */
export const DEFAULT_PAGE_SIZE = 20;
/** The most a caller may ask for (?limit=, checked by PageLimit). */
export const MAX_PAGE_SIZE = 100;

/** The page size a caller asked for, or the default. */
export const pageSize = (limit: number | undefined): number => limit ?? DEFAULT_PAGE_SIZE;
