import { badInput } from '../errors/domain-errors.js';

/** Opaque keyset cursors: base64url of a JSON array of the sort keys. */
export function encodeCursor(keys: (string | number)[]): string {
  return Buffer.from(JSON.stringify(keys)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): (string | number)[] {
  try {
    const keys = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(keys) && keys.length === length && keys.every((k) => typeof k === 'string' || typeof k === 'number')) {
      return keys as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('The cursor is not valid: pass an endCursor from a previous page.', 'after');
}

/** Validates a page size argument. */
export function pageSize(first: number | null | undefined, max = 100): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > max) throw badInput(`first must be from 1 to ${max}.`, 'first');
  return size;
}

/** Builds a Relay connection from rows fetched with one extra row (size + 1) to detect a next page. */
export function toConnection<Row>(rows: Row[], size: number, cursorOf: (row: Row) => (string | number)[]) {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
