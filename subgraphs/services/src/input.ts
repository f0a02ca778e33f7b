import { badInput } from '@aid/shared/errors.js';
import { isUuid } from '@aid/shared/ids.js';

/**
 * Validation of mutation and query arguments. Every helper throws BAD_USER_INPUT naming the field and saying
 * what to send; none echoes the value back (it could be personal data).
 */

export function requireId(value: string, field: string): string {
  if (!isUuid(value)) throw badInput(`${field} must be an id (a UUID).`, field);
  return value.toLowerCase();
}

export function optionalId(value: string | null | undefined, field: string): string | null {
  return value === null || value === undefined ? null : requireId(value, field);
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
/**
 * A date without a time is a calendar day in China Standard Time (UTC+08:00), the local time of every
 * office this system serves.
 */
const LOCAL_OFFSET = '+08:00';

function validDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** YYYY-MM-DD, a real calendar day. */
export function parseDay(value: string, field: string): string {
  if (!DATE_ONLY.test(value) || !validDay(value)) throw badInput(`${field} must be a date, YYYY-MM-DD.`, field);
  return value;
}

/** An ISO 8601 instant with a time zone (e.g. 2025-03-01T09:30:00+08:00). */
export function parseInstant(value: string, field: string): Date {
  const date = new Date(value);
  if (!INSTANT.test(value) || Number.isNaN(date.getTime()) || !validDay(value.slice(0, 10))) {
    throw badInput(`${field} must be an ISO 8601 date and time with a time zone, e.g. 2025-03-01T09:30:00+08:00.`, field);
  }
  return date;
}

/** Refuses instants in the future (a small clock skew allowed): services are recorded after they happen. */
export function notInFuture(date: Date, field: string, now = new Date()): Date {
  if (date.getTime() > now.getTime() + 5 * 60_000) throw badInput(`${field} cannot be in the future.`, field);
  return date;
}

/** Trimmed text of a bounded length. */
export function boundedText(value: string, field: string, min: number, max: number): string {
  const text = value.trim();
  const length = [...text].length;
  if (length < min || length > max) {
    throw badInput(min > 0 ? `${field} must be ${min} to ${max} characters.` : `${field} must be at most ${max} characters.`, field);
  }
  return text;
}

export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined) return null;
  const text = boundedText(value, field, 0, max);
  return text.length === 0 ? null : text;
}

/** A time window: `from` inclusive, `toExclusive` exclusive; null for an open end. */
export interface Window {
  from: Date | null;
  toExclusive: Date | null;
}

const DAY_MS = 86_400_000;

/**
 * Parses a window's bounds: a date-only start is the start of that day, a date-only end includes that whole
 * day (both in China Standard Time); full instants are taken as given, the end inclusive.
 */
export function parseWindow(from: string | null | undefined, to: string | null | undefined, fields: readonly [string, string] = ['from', 'to']): Window {
  const start = from === null || from === undefined ? null : DATE_ONLY.test(from) ? dayStart(parseDay(from, fields[0])) : parseInstant(from, fields[0]);
  const end =
    to === null || to === undefined
      ? null
      : DATE_ONLY.test(to)
        ? new Date(dayStart(parseDay(to, fields[1])).getTime() + DAY_MS)
        : new Date(parseInstant(to, fields[1]).getTime() + 1);
  if (start && end && end <= start) throw badInput(`${fields[1]} must not be before ${fields[0]}.`, fields[1]);
  return { from: start, toExclusive: end };
}

function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00${LOCAL_OFFSET}`);
}

/** Like parseWindow, but returns null instead of throwing (entity representations are not user input). */
export function tryParseWindow(from: string, to: string): Window | null {
  try {
    return parseWindow(from, to);
  } catch {
    return null;
  }
}

export const toIso = (date: Date | null | undefined): string | null => (date ? date.toISOString() : null);
