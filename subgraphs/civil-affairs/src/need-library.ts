import type { Programme } from '@aid/shared/domain/vocabulary.js';

/** The standard need library's sub-types per programme (八大善扶工程). */
export const NEED_SUB_TYPES: Record<Programme, readonly string[]> = {
  HOUSING: ['HOUSING_REPAIR', 'FURNITURE'],
  EDUCATION: ['PRESCHOOL', 'COMPULSORY_EDUCATION', 'SECONDARY_VOCATIONAL', 'GENERAL_HIGH_SCHOOL', 'HIGHER_EDUCATION'],
  MEDICAL: ['MEDICAL_COSTS'],
  EMPLOYMENT: ['EMPLOYMENT_TRAINING', 'PUBLIC_WELFARE_JOB'],
  ELDERLY_CARE: ['ELDERLY_MEALS', 'HOSPICE_CARE'],
  PSYCHOLOGICAL: ['PSYCH_HOTLINE', 'CASEWORK', 'LECTURES', 'GROUP_COUNSELLING', 'LONG_TERM_FILE'],
  MICRO_WISH: ['MICRO_WISH'],
  BASIC_ASSISTANCE: ['GOODS', 'HOUSEKEEPING', 'CARE'],
};

/** Major illness, disasters and sudden accidents come first. */
export const PRIORITY_RANK = { MAJOR_ILLNESS: 1, DISASTER: 2, SUDDEN_ACCIDENT: 3, ROUTINE: 4 } as const;
export type NeedPriority = keyof typeof PRIORITY_RANK;

/** Gap left for charities: estimated cost minus every coverage line, never below zero. */
export function needGapFen(cost: number, coverage: readonly number[]): number {
  return Math.max(0, cost - coverage.reduce((sum, line) => sum + line, 0));
}

/** Patterns of personal data a public summary must not contain: ID numbers and mobile numbers. */
const PERSONAL_DATA = [/\d{17}[\dXx]/, /(?<!\d)1\d{10}(?!\d)/];

export function containsPersonalData(text: string, names: readonly string[]): boolean {
  return PERSONAL_DATA.some((pattern) => pattern.test(text)) || names.some((name) => name.length >= 2 && text.includes(name));
}
