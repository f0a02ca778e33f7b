/**
 * The one check that free text shown beyond civil-affairs (a project's public texts, a need's summary for
 * charities) carries no personal data of a recipient: ID numbers, mobile and landline numbers, e-mail
 * addresses, and (where the caller knows them) the names of the household's members. Written so that the
 * usual ways to slip a number past a pattern do not work: the text is read after NFKC (full-width digits and
 * ＠ become ASCII), Chinese numerals are read as digits (幺三八 ...), and spaces, dashes, dots, slashes,
 * brackets and other separators between digits are dropped before the number patterns run.
 */

/** What a text was refused for; never the matched value (it is personal data). */
export type PersonalDataKind = 'ID_NUMBER' | 'PHONE' | 'EMAIL' | 'NAME';

/** Chinese numerals as the digit they write (幺 is 1 read aloud in phone numbers, 洞 is 0). */
const CHINESE_DIGITS: Readonly<Record<string, string>> = {
  零: '0', 〇: '0', 洞: '0', 一: '1', 幺: '1', 壹: '1', 二: '2', 贰: '2', 三: '3', 叁: '3', 四: '4', 肆: '4',
  五: '5', 伍: '5', 六: '6', 陆: '6', 七: '7', 柒: '7', 八: '8', 捌: '8', 九: '9', 玖: '9',
};

/** Separators people put inside a number: whitespace, dashes of every kind, dots, slashes, brackets, +. */
const SEPARATOR = /[\s\p{Pd}.·•/\\()（）\[\]【】_+,，、:：'"]/u;

/** The text with full-width forms folded, Chinese numerals as digits and separators between digits removed. */
function digitsJoined(text: string): string {
  const chars = [...text.normalize('NFKC')].map((c) => CHINESE_DIGITS[c] ?? c);
  let out = '';
  for (let i = 0; i < chars.length; i += 1) {
    const c = chars[i]!;
    if (SEPARATOR.test(c) && /\d$/.test(out)) {
      // Skip a run of separators that sits between two digits (or a digit and a final X of an ID number).
      let j = i;
      while (j < chars.length && SEPARATOR.test(chars[j]!)) j += 1;
      if (j < chars.length && /[\dXx]/.test(chars[j]!)) {
        i = j - 1;
        continue;
      }
    }
    out += c;
  }
  return out;
}

/** ID numbers (GB 11643: 17 digits and a check digit or X; the old 15-digit form). */
const ID_NUMBER = /(?<!\d)(?:\d{17}[\dXx]|\d{15})(?![\dXx])/;
/** Mainland mobiles (11 digits from 13x-19x), with or without the 86 / 0086 country prefix. */
const MOBILE = /(?<!\d)(?:0{0,2}86)?1[3-9]\d{9}(?!\d)/;
/** Landlines with an area code: 0 + 2-3 digits, then 7-8 digits (0574-87654321). */
const LANDLINE = /(?<!\d)0\d{2,3}\d{7,8}(?!\d)/;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;

/**
 * The first kind of personal data found in `text`, or null. `names` are full names the text must not
 * contain (e.g. the household's members); names shorter than two characters are ignored.
 */
export function personalDataIn(text: string, names: readonly string[] = []): PersonalDataKind | null {
  const folded = text.normalize('NFKC');
  if (EMAIL.test(folded)) return 'EMAIL';
  const digits = digitsJoined(text);
  if (ID_NUMBER.test(digits)) return 'ID_NUMBER';
  if (MOBILE.test(digits) || LANDLINE.test(digits)) return 'PHONE';
  const compact = folded.replace(/\s+/g, '');
  if (names.some((name) => name.trim().length >= 2 && compact.includes(name.normalize('NFKC').replace(/\s+/g, '')))) return 'NAME';
  return null;
}

/** Whether `text` carries personal data (`personalDataIn`). */
export function containsPersonalData(text: string, names: readonly string[] = []): boolean {
  return personalDataIn(text, names) !== null;
}
