/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), which compare correctly as strings; these helpers keep them as
 * strings. Parsing arguments is the shared input module's (`@aid/shared/domain/input.js`).
 */

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The same calendar day `years` later (29 February rolls over to 1 March). */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return toIsoDate(new Date(Date.UTC(y + years, m - 1, d)));
}

export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return toIsoDate(new Date(Date.UTC(y, m - 1, d + days)));
}
