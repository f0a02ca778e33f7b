import type { HouseholdCategoryRow } from './db/schema.js';
import { addDays, addYears } from './dates.js';

export type AidCategory = HouseholdCategoryRow['category'];

/**
 * The income line (低收入家庭认定): 100,000 CNY a year for a household of three, scaled linearly by size,
 * i.e. 100,000 / 3 CNY per person (a household of one: 33,333.33 CNY; of five: 166,666.66 CNY), rounded down
 * to the fen. A household is under the line when its annual income is strictly below it.
 */
export const INCOME_LINE_FOR_THREE_FEN = 10_000_000;

export function incomeLineFen(size: number): number {
  return Math.floor((INCOME_LINE_FOR_THREE_FEN * Math.max(1, size)) / 3);
}

/** Categories whose window starts at an event and lasts a number of years (policy: within 3 years / 1 year). */
const EVENT_WINDOW_YEARS: Partial<Record<AidCategory, number>> = {
  EXITED_AID: 3,
  TEMPORARY_AID: 1,
  OTHER_DEPARTMENT_AID: 1,
};

export interface EligibilityReason {
  basis: 'CATEGORY' | 'INCOME_LINE';
  category: AidCategory | null;
  applies: boolean;
  explanation: string;
  validUntil: string | null;
}

export interface Eligibility {
  eligible: boolean;
  asOf: string;
  incomeLineFen: number;
  reasons: EligibilityReason[];
}

/** Whether one category registration counts on `asOf` (ISO date), with its window's last day. */
export function assessCategory(
  registration: Pick<HouseholdCategoryRow, 'category' | 'since' | 'until'>,
  asOf: string,
): EligibilityReason {
  const { category, since, until } = registration;
  const base = { basis: 'CATEGORY' as const, category };
  if (since > asOf) return { ...base, applies: false, explanation: `${category} starts on ${since}.`, validUntil: null };
  const years = EVENT_WINDOW_YEARS[category];
  if (years !== undefined) {
    // "within N years": from the event date up to the day before its N-th anniversary.
    const last = addDays(addYears(since, years), -1);
    const applies = asOf <= last;
    return {
      ...base,
      applies,
      explanation: applies
        ? `${category} on ${since}, within ${years} year(s) until ${last}.`
        : `${category} on ${since} is more than ${years} year(s) ago (window ended ${last}).`,
      validUntil: last,
    };
  }
  if (category === 'REFUSED_APPLICANT') {
    // "refused this year or last year": calendar years of the refusal date.
    const last = `${Number(since.slice(0, 4)) + 1}-12-31`;
    const applies = asOf <= last;
    return {
      ...base,
      applies,
      explanation: applies
        ? `Application refused on ${since}: this or last year until ${last}.`
        : `Application refused on ${since}, before last year.`,
      validUntil: last,
    };
  }
  const applies = until === null || asOf <= until;
  return {
    ...base,
    applies,
    explanation: applies
      ? `Registered ${category} since ${since}${until ? ` until ${until}` : ''}.`
      : `Registration ${category} ended on ${until}.`,
    validUntil: until,
  };
}

/**
 * Eligibility for linked aid: any registered category within its
 * window, or annual income under the income line for the household's size.
 */
export function assessEligibility(
  household: { size: number; annualIncomeFen: number },
  categories: readonly Pick<HouseholdCategoryRow, 'category' | 'since' | 'until'>[],
  asOf: string,
): Eligibility {
  const line = incomeLineFen(household.size);
  const reasons = categories.map((registration) => assessCategory(registration, asOf));
  const underLine = household.annualIncomeFen < line;
  reasons.push({
    basis: 'INCOME_LINE',
    category: null,
    applies: underLine,
    explanation: `Annual income ${household.annualIncomeFen} fen is ${underLine ? 'under' : 'not under'} the line of ${line} fen for ${Math.max(1, household.size)} person(s).`,
    validUntil: null,
  });
  return { eligible: reasons.some((r) => r.applies), asOf, incomeLineFen: line, reasons };
}
