/**
 * The one input module: ids, text, money, calendar days and instants as every subgraph's arguments carry
 * them. Each check throws BAD_USER_INPUT naming the field and saying what to send; none echoes the value
 * back (it could be personal data). Control characters are refused for every request before this
 * (security/input-hygiene.ts).
 */
import { badInput } from '../errors/domain-errors.js';
import { chinaDayStart, EARLIEST_YEAR, instantOf, isCalendarDay, LATEST_YEAR } from './calendar.js';
import { isUuid } from './ids.js';
import { MAX_FEN } from './vocabulary.js';
import { containsPersonalData } from '../security/personal-data-text.js';

/** An id (a UUID), lower-cased. */
export function requireId(value: string, field: string): string {
  if (!isUuid(value)) throw badInput(`${field} must be an id (a UUID).`, field);
  return value.toLowerCase();
}

/** An optional id: absent stays null. */
export function optionalId(value: string | null | undefined, field: string): string | null {
  return value === null || value === undefined ? null : requireId(value, field);
}

/** Trimmed text of `min` to `max` characters (Unicode code points). */
export function requireText(value: string, field: string, { min = 1, max = 500 }: { min?: number; max?: number } = {}): string {
  const text = value.trim();
  const length = [...text].length;
  if (length < min || length > max) {
    throw badInput(min > 0 ? `${field} must be ${min} to ${max} characters.` : `${field} must be at most ${max} characters.`, field);
  }
  return text;
}

/** Optional trimmed text of at most `max` characters: absent or blank is null. */
export function optionalText(value: string | null | undefined, field: string, max = 500): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requireText(value, field, { max });
}

/** Money in fen: a whole number from 1 (0 with `allowZero`) to MAX_FEN. */
export function requireFen(value: number, field: string, { allowZero = false } = {}): number {
  const min = allowZero ? 0 : 1;
  if (!Number.isInteger(value) || value < min || value > MAX_FEN) {
    throw badInput(`${field} must be a whole number of fen from ${min} to ${MAX_FEN}.`, field);
  }
  return value;
}

/** A real calendar day, YYYY-MM-DD (no rollover: 2024-02-30 is refused), within the years a date may name. */
export function requireDay(value: string, field: string): string {
  const day = value.trim();
  if (!isCalendarDay(day)) throw badInput(`${field} must be a real date, YYYY-MM-DD, between ${EARLIEST_YEAR} and ${LATEST_YEAR}.`, field);
  return day;
}

/** An ISO 8601 instant with a time zone (e.g. 2026-03-01T09:30:00+08:00), strictly parsed. */
export function requireInstant(value: string, field: string): Date {
  const instant = instantOf(value.trim());
  if (!instant) throw badInput(`${field} must be an ISO 8601 date and time with a time zone, e.g. 2026-03-01T09:30:00+08:00.`, field);
  return instant;
}

/** A day (its start in China Standard Time) or an instant. */
export function requireDayOrInstant(value: string, field: string): Date {
  const trimmed = value.trim();
  const parsed = isCalendarDay(trimmed) ? chinaDayStart(trimmed) : instantOf(trimmed);
  if (!parsed) throw badInput(`${field} must be a date (YYYY-MM-DD) or an ISO 8601 date and time with a time zone.`, field);
  return parsed;
}

/** Refuses instants in the future (five minutes of clock skew allowed): facts are recorded after they happen. */
export function notInFuture(date: Date, field: string, now = new Date()): Date {
  if (date.getTime() > now.getTime() + 5 * 60_000) throw badInput(`${field} cannot be in the future.`, field);
  return date;
}

/**
 * A required text (bounded as `requireText`) that others read beyond civil affairs, so it must carry no personal
 * data of a recipient (`containsPersonalData`: ID numbers, phones, e-mails, however split). `readBy` says who
 * reads it, in the message ("is published"); the message names the rule, never the value.
 */
export function requireTextFreeOfPersonalData(
  value: string,
  field: string,
  readBy: string,
  bounds: { min?: number; max?: number } = {},
  hint = '',
): string {
  const text = requireText(value, field, bounds);
  if (containsPersonalData(text)) {
    throw badInput(`${field} ${readBy}: it must not contain ID numbers, phone numbers or e-mail addresses${hint ? `; ${hint}` : ''}.`, field);
  }
  return text;
}
