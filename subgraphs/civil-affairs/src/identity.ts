import { badInput } from '@aid/shared/errors/domain-errors.js';

/**
 * The resident ID number (公民身份号码) of GB 11643-1999: 6-digit address code, 8-digit birth date,
 * 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type IdNumberProblem = 'FORMAT' | 'BIRTH_DATE' | 'CHECK_DIGIT';

export interface ParsedIdNumber {
  birthDate: string;
  sex: 'M' | 'F';
}

/** The check character for the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((acc, digit, index) => acc + Number(digit) * WEIGHTS[index]!, 0);
  return CHECK_CHARS[sum % 11]!;
}

export function parseIdNumber(value: string, today = new Date()): ParsedIdNumber | IdNumberProblem {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'FORMAT';
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1900 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day ||
    date.getTime() > today.getTime()
  ) {
    return 'BIRTH_DATE';
  }
  if (idCheckCharacter(id.slice(0, 17)) !== id[17]) return 'CHECK_DIGIT';
  return {
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    sex: Number(id[16]) % 2 === 1 ? 'M' : 'F',
  };
}

/** Whole years between an ISO birth date and a day. */
export function ageOn(birthDate: string, day: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  let age = day.getUTCFullYear() - y;
  if (day.getUTCMonth() + 1 < m || (day.getUTCMonth() + 1 === m && day.getUTCDate() < d)) age -= 1;
  return age;
}

const PROBLEM_MESSAGES: Record<IdNumberProblem, string> = {
  FORMAT: 'The ID number must be 18 characters: 17 digits followed by a digit or X.',
  BIRTH_DATE: 'The ID number holds an impossible birth date: characters 7-14 must be a real date (YYYYMMDD) in the past.',
  CHECK_DIGIT: 'The ID number\'s check digit (the last character) does not match the other 17 (GB 11643): look for a mistyped digit.',
};

/** Parses an ID number or throws BAD_USER_INPUT with a message a worker can act on. */
export function requireValidIdNumber(value: string, today = new Date()): ParsedIdNumber & { idNumber: string } {
  const parsed = parseIdNumber(value, today);
  if (typeof parsed === 'string') throw badInput(PROBLEM_MESSAGES[parsed], 'idNumber');
  return { ...parsed, idNumber: value.trim().toUpperCase() };
}

/** Children under 14 consent through a guardian (Personal Information Protection Law, art. 31). */
export const MINOR_AGE = 14;

export function isMinorOn(birthDate: string, day: Date): boolean {
  return ageOn(birthDate, day) < MINOR_AGE;
}
