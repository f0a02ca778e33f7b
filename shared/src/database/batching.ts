/**
 * Helpers for DataLoader batch functions (graphql/dataloader's SQL example): one batch is one
 * `WHERE key IN (...)` query, and these re-order its rows to the keys through a Map.
 */

/** One row per key, `null` where a key has no row. */
export function orderByKeys<Row, Key>(rows: readonly Row[], keys: readonly Key[], keyOf: (row: Row) => Key): (Row | null)[] {
  const map = new Map<Key, Row>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((key) => map.get(key) ?? null);
}

/** All rows per key (a list child), `[]` where a key has none; row order within a key is kept. */
export function groupByKeys<Row, Key>(rows: readonly Row[], keys: readonly Key[], keyOf: (row: Row) => Key): Row[][] {
  const map = new Map<Key, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return keys.map((key) => map.get(key) ?? []);
}

/**
 * The row a foreign key names, loaded through its DataLoader, for a non-null field. The key guarantees the
 * row, so a missing one is a broken invariant: an internal error (masked like any other), never "not found".
 */
export async function referencedRow<Row>(pending: Promise<Row | null>, what: string): Promise<Row> {
  const row = await pending;
  if (row === null) throw new Error(`The ${what} a foreign key names is missing.`);
  return row;
}
