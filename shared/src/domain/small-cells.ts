/**
 * Small-cell suppression for published and analyst-facing counts (statistical disclosure control), one rule
 * for every subgraph: civil affairs' referral indicators and charity's project-operation indicators.
 *
 * - A group smaller than `minimum` is suppressed (primary); if a grouping then has exactly one suppressed group,
 *   the smallest shown group is suppressed too (complementary), so no hidden figure is "the total minus the
 *   others" (the total is known from another grouping of the same population).
 * - Inside a shown group, a sub-count (a subset of the group) is hidden when it or the rest of the group is
 *   between 1 and `minimum - 1`, and across a grouping the hidden cells of one sub-count must together be a safe
 *   share, or more cells hide it too.
 */
import { badInput } from '../errors/domain-errors.js';
import { requireDay } from './input.js';

/**
 * Money shown beside small-cell-controlled counts is rounded to 10,000 CNY, so two periods never differ by one
 * household's or one need's amount.
 */
export const MONEY_ROUNDING_FEN = 1_000_000;

/** Rounds a money figure to `MONEY_ROUNDING_FEN`. */
export function roundMoneyFen(fen: number): number {
  return Math.round(fen / MONEY_ROUNDING_FEN) * MONEY_ROUNDING_FEN;
}

/** 2020-03-17 -> 2020-03-01. */
export function firstDayOfMonth(isoDate: string): string {
  return `${isoDate.slice(0, 7)}-01`;
}

/** 2020-02-17 -> 2020-02-29. */
export function lastDayOfMonth(isoDate: string): string {
  const [y, m] = isoDate.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/**
 * The period of an indicator query as whole calendar months: `from` moves to the first day of its month, `to` to
 * the last of its, so two periods that differ by a day are the same period and cannot be subtracted to expose one
 * day's records. Either bound may be absent (open). BAD_USER_INPUT for a malformed day or `from` after `to`.
 */
export function wholeMonthPeriod(args: { from?: string | null; to?: string | null }): { from: string | null; to: string | null } {
  const askedFrom = args.from ? requireDay(args.from, 'from') : null;
  const askedTo = args.to ? requireDay(args.to, 'to') : null;
  if (askedFrom && askedTo && askedFrom > askedTo) throw badInput('from must be on or before to.', 'from');
  return { from: askedFrom ? firstDayOfMonth(askedFrom) : null, to: askedTo ? lastDayOfMonth(askedTo) : null };
}

/**
 * A count of `part` out of `whole` discloses no small group when both the part and the rest are 0 or at least
 * `minimum`: "1 of 8 failed" and "7 of 8 were claimed" both single one member out.
 */
export function safeShare(part: number, whole: number, minimum: number): boolean {
  const rest = whole - part;
  return (part === 0 || part >= minimum) && (rest === 0 || rest >= minimum);
}

/**
 * The groups of one grouping to suppress: every group under `minimum` (primary) and, when that leaves exactly one
 * suppressed group beside shown ones, the smallest shown group (complementary).
 */
export function suppressSmallGroups<T>(groups: readonly T[], minimum: number, sizeOf: (group: T) => number): Set<T> {
  const suppressed = new Set(groups.filter((g) => sizeOf(g) < minimum));
  if (suppressed.size === 1) {
    const smallest = groups.filter((g) => !suppressed.has(g)).sort((a, b) => sizeOf(a) - sizeOf(b))[0];
    if (smallest) suppressed.add(smallest);
  }
  return suppressed;
}

/**
 * Which sub-counts each group hides. `groupings` each partition the same population (the first is the cohort
 * whose total decides the last rule); `parts` names the sub-counts, each a subset of the group of size `sizeOf`.
 * Inside a group, a sub-count that is not a safe share is hidden (a suppressed group hides all). Across a
 * grouping, the hidden cells of one sub-count must add up to a safe share of their groups: while they do not, or
 * while a single cell is hidden, the smallest group still showing it hides it too. If even the whole cohort's
 * total is not a safe share, the sub-count is hidden everywhere.
 */
export function hiddenSubCounts<T, Part extends string>(
  groupings: readonly (readonly T[])[],
  suppressedGroups: ReadonlySet<T>,
  minimum: number,
  parts: readonly Part[],
  sizeOf: (group: T) => number,
  partOf: (group: T, part: Part) => number,
): Map<T, Set<Part>> {
  const hidden = new Map<T, Set<Part>>();
  const all = groupings.flat();
  for (const group of all) {
    hidden.set(group, new Set(suppressedGroups.has(group) ? parts : parts.filter((p) => !safeShare(partOf(group, p), sizeOf(group), minimum))));
  }
  for (const part of parts) {
    for (const groups of groupings) {
      for (;;) {
        const hiding = groups.filter((g) => hidden.get(g)!.has(part));
        if (hiding.length === 0) break;
        const share = hiding.reduce((sum, g) => sum + partOf(g, part), 0);
        const whole = hiding.reduce((sum, g) => sum + sizeOf(g), 0);
        if (hiding.length > 1 && safeShare(share, whole, minimum)) break;
        const next = groups.filter((g) => !hidden.get(g)!.has(part)).sort((a, b) => sizeOf(a) - sizeOf(b))[0];
        if (!next) break;
        hidden.get(next)!.add(part);
      }
    }
    const cohort = groupings[0] ?? [];
    const total = cohort.reduce((sum, g) => sum + partOf(g, part), 0);
    const size = cohort.reduce((sum, g) => sum + sizeOf(g), 0);
    if (!safeShare(total, size, minimum)) for (const group of all) hidden.get(group)!.add(part);
  }
  return hidden;
}
