/** Ids in this graph are UUIDs everywhere. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a syntactically valid UUID (ids are UUIDs everywhere in this graph). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
