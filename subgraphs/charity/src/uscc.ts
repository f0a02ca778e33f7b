/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters,
 *   1     registration authority (登记管理部门码), e.g. 5 = civil affairs (民政)
 *   2     organisation category (机构类别码); under civil affairs 1 = social organisation (社会团体),
 *         2 = social service institution (民办非企业单位/社会服务机构), 3 = foundation (基金会), 9 = other
 *   3-8   administrative division code of the registering authority (登记管理机关行政区划码)
 *   9-17  the body identifier (主体标识码), an organisation code of GB 11714 with its own check character
 *   18    the check character, modulo 31 over the first 17.
 * The character set leaves out I, O, Z, S and V, which are easily misread.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** GB 11714-1997 organisation code: weights over the 8 body characters; letters count 10 (A) to 35 (Z). */
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const REGISTRATION_AUTHORITIES = new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'N', 'Y']);

export type UsccProblem = 'FORMAT' | 'REGISTRATION_AUTHORITY' | 'ORGANIZATION_CODE_CHECK' | 'CHECK_CHARACTER';

export interface ParsedUscc {
  code: string;
  registrationAuthority: string;
  category: string;
  divisionCode: string;
  organizationCode: string;
}

/** The GB 32100 check character for the first 17 characters. */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

/** The GB 11714 check character for the first 8 characters of an organisation code. */
export function organizationCodeCheckCharacter(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += parseInt(first8[i]!, 36) * ORG_CODE_WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** Parses and validates a code (case-insensitive, surrounding blanks ignored). */
export function parseUscc(value: string): ParsedUscc | UsccProblem {
  const code = value.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return 'FORMAT';
  if (!REGISTRATION_AUTHORITIES.has(code[0]!)) return 'REGISTRATION_AUTHORITY';
  const organizationCode = code.slice(8, 17);
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(organizationCode) || organizationCodeCheckCharacter(organizationCode) !== organizationCode[8]) {
    return 'ORGANIZATION_CODE_CHECK';
  }
  if (usccCheckCharacter(code) !== code[17]) return 'CHECK_CHARACTER';
  return {
    code,
    registrationAuthority: code[0]!,
    category: code[1]!,
    divisionCode: code.slice(2, 8),
    organizationCode,
  };
}

/** Builds a valid code from its parts (seeds and tests): authority+category, division, 8-char body. */
export function buildUscc(authorityAndCategory: string, divisionCode: string, body8: string): string {
  const organizationCode = `${body8}${organizationCodeCheckCharacter(body8)}`;
  const first17 = `${authorityAndCategory}${divisionCode}${organizationCode}`;
  return `${first17}${usccCheckCharacter(first17)}`;
}

/** Legal forms of charity organisations registered with civil affairs, and their USCC prefix (5 + category). */
export const LEGAL_FORM_PREFIX = {
  SOCIAL_ORGANIZATION: '51',
  SOCIAL_SERVICE_INSTITUTION: '52',
  FOUNDATION: '53',
} as const;
export type LegalForm = keyof typeof LEGAL_FORM_PREFIX;

/** A user-facing explanation for each problem. */
export function describeUsccProblem(problem: UsccProblem): string {
  switch (problem) {
    case 'FORMAT':
      return 'The unified social credit code must be 18 characters: digits and capital letters except I, O, Z, S, V, with a 6-digit division code at positions 3-8.';
    case 'REGISTRATION_AUTHORITY':
      return 'The unified social credit code starts with an unknown registration authority.';
    case 'ORGANIZATION_CODE_CHECK':
      return 'The organisation code inside the unified social credit code (positions 9-17) fails its GB 11714 check: check the code for typing errors.';
    case 'CHECK_CHARACTER':
      return 'The unified social credit code fails its GB 32100 check character (position 18): check the code for typing errors.';
  }
}
