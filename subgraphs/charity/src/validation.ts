import { chinaDay, instantOf, isDayShaped, todayInChina } from '@aid/shared/domain/calendar.js';
import { requireDay, requireTextFreeOfPersonalData } from '@aid/shared/domain/input.js';
import { isNingboCounty, regionLevel, townName, villagesOf } from '@aid/shared/domain/regions.js';
import { badInput } from '@aid/shared/errors/domain-errors.js';

/**
 * The charity subgraph's own argument checks (window days, regions of a tier, public texts), beside the shared
 * input module (`@aid/shared/domain/input.js`: ids, text, money, days, instants); each throws BAD_USER_INPUT
 * naming the field.
 */

/**
 * A day of a window bound (`from`/`to`, `windowStart`/`windowEnd`): YYYY-MM-DD or an ISO 8601 instant,
 * of which the day (in China Standard Time) counts.
 */
export function windowDay(value: string, field: string): string {
  if (isDayShaped(value.trim())) return requireDay(value, field);
  const instant = instantOf(value.trim());
  if (!instant) throw badInput(`${field} must be a date as YYYY-MM-DD or an ISO 8601 date and time with a time zone.`, field);
  return chinaDay(instant);
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
  return requireTextFreeOfPersonalData(value, field, 'is published', bounds);
}
