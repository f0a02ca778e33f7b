import { MAX_FEN } from '@aid/shared/domain/vocabulary.js';
import { badInput } from '@aid/shared/errors/domain-errors.js';
import { isUuid } from '@aid/shared/domain/ids.js';
import { containsPersonalData } from '@aid/shared/security/personal-data-text.js';
import { isNingboCounty, regionLevel, townName, villagesOf } from '@aid/shared/domain/regions.js';
import { chinaDay, EARLIEST_YEAR, instantOf, isCalendarDay, LATEST_YEAR, todayInChina } from '@aid/shared/domain/calendar.js';

/** Input checks shared by the charity writes; each throws BAD_USER_INPUT naming the field. */

/** A trimmed text of bounded length. */
export function text(value: string, field: string, { min = 1, max = 500 } = {}): string {
  const trimmed = value.trim();
  if ([...trimmed].length < min || [...trimmed].length > max) {
    throw badInput(`${field} must be ${min} to ${max} characters.`, field);
  }
  return trimmed;
}

/** An optional trimmed text: blank counts as absent. */
export function optionalText(value: string | null | undefined, field: string, max = 500): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return text(value, field, { max });
}

/** Money in fen: a whole number from 1 to MAX_FEN. */
export function fen(value: number, field: string): number {
  if (!Number.isInteger(value) || value <= 0 || value > MAX_FEN) {
    throw badInput(`${field} must be a whole number of fen from 1 to ${MAX_FEN}.`, field);
  }
  return value;
}

export function uuid(value: string, field: string, what: string): string {
  if (!isUuid(value)) throw badInput(`${field} is not a valid ${what} id.`, field);
  return value;
}

/** A calendar day as YYYY-MM-DD. */
export function isoDate(value: string, field: string): string {
  if (isCalendarDay(value.trim())) return value.trim();
  throw badInput(`${field} must be a real date as YYYY-MM-DD, between ${EARLIEST_YEAR} and ${LATEST_YEAR}.`, field);
}

/**
 * A day of a window bound (`from`/`to`, `windowStart`/`windowEnd`): YYYY-MM-DD or an ISO 8601 instant,
 * of which the day (in China Standard Time) counts.
 */
export function windowDay(value: string, field: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return isoDate(value, field);
  const instant = instantOf(value.trim());
  if (!instant) throw badInput(`${field} must be a date as YYYY-MM-DD or an ISO 8601 date and time with a time zone.`, field);
  return chinaDay(instant);
}

/** An instant as ISO 8601. */
export function isoInstant(value: string, field: string): Date {
  const instant = instantOf(value.trim());
  if (!instant) {
    throw badInput(`${field} must be an ISO 8601 date and time, e.g. 2026-03-01T10:00:00+08:00.`, field);
  }
  return instant;
}

/** Today as YYYY-MM-DD in China Standard Time, where the organisations work. */
export function today(now = new Date()): string {
  return todayInChina(now);
}

/** A Ningbo county (6 digits) or one of its known towns (9 digits). */
export function countyOrTown(value: string, field: string): string {
  const code = value.trim();
  const level = regionLevel(code);
  if (level === 'county' && isNingboCounty(code)) return code;
  if (level === 'town' && townName(code) !== undefined) return code;
  throw badInput(`${field} must be the code of a Ningbo county (6 digits) or one of its towns (9 digits).`, field);
}

/** A Ningbo region code of the length a consortium tier needs: county 6, town 9, village 12 digits. */
export function regionForTier(value: string, tier: 'COUNTY' | 'TOWN' | 'VILLAGE', field: string): string {
  const code = value.trim();
  const length = { COUNTY: 6, TOWN: 9, VILLAGE: 12 }[tier];
  const known =
    code.length === length &&
    /^\d+$/.test(code) &&
    isNingboCounty(code.slice(0, 6)) &&
    (length === 6 || townName(code.slice(0, 9)) !== undefined) &&
    (length < 12 || villagesOf(code.slice(0, 9)).some((v) => v.code === code));
  if (!known) throw badInput(`${field} must be a known Ningbo ${tier.toLowerCase()} code of ${length} digits.`, field);
  return code;
}

/** A list without repeats and with at least one entry. */
export function nonEmptyDistinct<T>(values: readonly T[], field: string): T[] {
  if (values.length === 0) throw badInput(`${field} needs at least one entry.`, field);
  if (new Set(values).size !== values.length) throw badInput(`${field} lists an entry twice.`, field);
  return [...values];
}

/**
 * A text the public reads (a project's name, purpose and use of funds, a resource title): bounded like
 * `text`, and free of a recipient's personal data (`shared/src/security/personal-data-text.ts`: ID numbers, phones,
 * e-mails, however split). The message names the kind found, never the value.
 */
export function publicText(value: string, field: string, bounds: { min?: number; max?: number } = {}): string {
  const checked = text(value, field, bounds);
  if (containsPersonalData(checked)) {
    throw badInput(`${field} is published: it must not contain ID numbers, phone numbers or e-mail addresses.`, field);
  }
  return checked;
}
