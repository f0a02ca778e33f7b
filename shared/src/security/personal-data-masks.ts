/** Masked forms of personal data, for roles that may see a record but not the full value. */

/** 王小明 -> 王**: keeps the family name (first character). */
export function maskName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

/**
 * 330203199001011234 -> 33**************34: the province and the last two characters only. The area code
 * and the birth date are near-known from the county and the age a masked record shows beside it, so what
 * hides the number is the 3-digit sequence: keeping its first two digits masked leaves about
 * 366 days x 100 sequences / 11 check values = 3,300 candidates, never an enumerable handful.
 */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length <= 4) return '*'.repeat(idNumber.length);
  return `${idNumber.slice(0, 2)}${'*'.repeat(idNumber.length - 4)}${idNumber.slice(-2)}`;
}

/** 13812341234 -> 138****1234. */
export function maskPhone(phone: string): string {
  return phone.length < 7 ? '****' : `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
