/**
 * Calendar days and instants at the edge of the graph, parsed one way everywhere: strictly (no rollover:
 * 2024-02-30 is refused, never stored as 1 March), within a sane range of years, and with China Standard Time
 * (UTC+08:00, the local time of every office this system serves) for a day given without a time.
 */

/** China Standard Time, as an ISO offset and in milliseconds. */
export const CHINA_OFFSET = '+08:00';
export const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Years a date of this system may name: birth dates of the oldest residents to long-range plans. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2200;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(:([0-5]\d)(\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

function realDay(y: number, m: number, d: number): boolean {
  if (y < EARLIEST_YEAR || y > LATEST_YEAR) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Whether a string is written as a day (YYYY-MM-DD, real or not) rather than as an instant. */
export function isDayShaped(value: string): boolean {
  return DAY.test(value);
}

/** Whether a string is a real calendar day written YYYY-MM-DD, within the years allowed. */
export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  return match !== null && realDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** A strict ISO 8601 instant with a time zone (2026-03-01T09:30:00+08:00), or null. */
export function instantOf(value: string): Date | null {
  const match = INSTANT.exec(value);
  if (!match || !realDay(Number(match[1]), Number(match[2]), Number(match[3]))) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The start of a calendar day in China Standard Time. */
export function chinaDayStart(day: string): Date {
  return new Date(`${day}T00:00:00${CHINA_OFFSET}`);
}

/** The calendar day (YYYY-MM-DD) an instant falls on in China Standard Time. */
export function chinaDay(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Today in China Standard Time. */
export function todayInChina(now = new Date()): string {
  return chinaDay(now);
}
