import { chinaDayStart, EARLIEST_YEAR, instantOf, isCalendarDay, LATEST_YEAR } from '@aid/shared/domain/calendar.js';
import { badInput } from '@aid/shared/errors/domain-errors.js';

/** ISO calendar dates (YYYY-MM-DD) compare correctly as strings; these helpers keep them as strings. */

export function isIsoDate(value: string): boolean {
  return isCalendarDay(value);
}

/** Validates an ISO date argument, or throws BAD_USER_INPUT naming the field. */
export function requireIsoDate(value: string, field: string): string {
  if (!isIsoDate(value)) {
    throw badInput(`${field} must be a real date written YYYY-MM-DD, between ${EARLIEST_YEAR} and ${LATEST_YEAR} (got "${value.slice(0, 20)}").`, field);
  }
  return value;
}

/** Validates an ISO date or date-time argument and returns it as a Date. */
export function requireInstant(value: string, field: string): Date {
  const parsed = isIsoDate(value) ? chinaDayStart(value) : instantOf(value);
  if (!parsed) throw badInput(`${field} must be an ISO date (YYYY-MM-DD) or date-time with a time zone.`, field);
  return parsed;
}

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
