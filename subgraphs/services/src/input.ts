import { badInput } from '@aid/shared/errors/domain-errors.js';
import { chinaDayStart, isDayShaped } from '@aid/shared/domain/calendar.js';
import { optionalText, requireDay, requireInstant, requireText, requireTextFreeOfPersonalData } from '@aid/shared/domain/input.js';

/**
 * The services subgraph's own argument checks (time windows, masked labels, public texts), beside the shared
 * input module (`@aid/shared/domain/input.js`: ids, text, money, days, instants). Every helper throws
 * BAD_USER_INPUT naming the field; none echoes the value back (it could be personal data).
 */


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
  const start = from === null || from === undefined ? null : isDayShaped(from) ? chinaDayStart(requireDay(from, fields[0])) : requireInstant(from, fields[0]);
  const end =
    to === null || to === undefined
      ? null
      : isDayShaped(to)
        ? new Date(chinaDayStart(requireDay(to, fields[1])).getTime() + DAY_MS)
        : new Date(requireInstant(to, fields[1]).getTime() + 1);
  if (start && end && end <= start) throw badInput(`${fields[1]} must not be before ${fields[0]}.`, fields[1]);
  return { from: start, toExclusive: end };
}

/** Like parseWindow, but returns null instead of throwing (entity representations are not user input). */
export function tryParseWindow(from: string, to: string): Window | null {
  try {
    return parseWindow(from, to);
  } catch {
    return null;
  }
}

/** An instant at the edge (ISO 8601), or null for none; a present instant stays non-null in the types. */
export function toIso(date: Date): string;
export function toIso(date: Date | null | undefined): string | null;
export function toIso(date: Date | null | undefined): string | null {
  return date ? date.toISOString() : null;
}

/** Two-character surnames (复姓): the only labels with two characters before the stars. */
const COMPOUND_SURNAMES = new Set(
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 司空 夏侯 轩辕 端木 独孤 南宫 西门 百里 呼延 闻人 申屠 澹台 太史 钟离 万俟 赫连 拓跋'.split(' '),
);

/**
 * A volunteer's masked display label: a surname of one Chinese character followed by one to three `*`
 * (李*, 李**), a two-character surname (复姓) followed by one or two (欧阳*), 2-4 characters in all, or one Latin capital followed by `*` (W**) for a non-Chinese
 * name. Nothing else: no digits, no given name, no spaces or brackets.
 */
export function requireMaskedLabel(value: string, field: string): string {
  const label = value.trim().normalize('NFKC');
  const length = [...label].length;
  const surname = label.replace(/\*+$/, '');
  const masked = /^(?:\p{Script=Han}|[A-Z])\*{1,3}$/u.test(label) || (COMPOUND_SURNAMES.has(surname) && /^\p{Script=Han}{2}\*{1,2}$/u.test(label));
  if (length < 2 || length > 4 || !masked) {
    throw badInput(`${field} must be a surname followed by * (2-4 characters, e.g. 李** or 欧阳*); never a full name.`, field);
  }
  return label;
}

/** Chinese numerals (lower and upper case, and 幺 as 1 is read aloud in phone numbers) as the digit they write. */
const CHINESE_DIGITS: Record<string, string> = {
  零: '0', 〇: '0', 洞: '0', 一: '1', 幺: '1', 壹: '1', 二: '2', 两: '2', 贰: '2', 三: '3', 叁: '3', 四: '4', 肆: '4',
  五: '5', 伍: '5', 六: '6', 陆: '6', 七: '7', 柒: '7', 八: '8', 捌: '8', 九: '9', 玖: '9',
};

/** Common surnames (the hundred most frequent), for the surname + honorific rule of public text. */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const HONORIFIC_AFTER_NAME = '(?:先生|女士|小姐)';
const HONORIFIC_AFTER_SURNAME = '(?:阿姨|大爷|大妈|大伯|大娘|大叔|大婶|奶奶|爷爷|姥姥|姥爷|外婆|外公|叔叔|伯伯|婶婶|婆婆|阿婆|阿公|老伯|老太|老汉|师傅|同学|老师|某)';
const NAMED_PERSON = new RegExp(`[${SURNAMES}](?:${HONORIFIC_AFTER_SURNAME}|\\p{Script=Han}{0,2}${HONORIFIC_AFTER_NAME})`, 'u');
/** Diagnoses and health words that must not be published with a wish. */
const DIAGNOSIS = /病|症|癌|瘤|患|残疾|残障|瘫|透析|化疗|放疗|白血|艾滋|hiv|精神|抑郁|自闭|孤独症|智障|智力障碍|唐氏|脑梗|中风|糖尿|高血压|肝硬化|乙肝|结核|癫痫|截肢|失明|失聪|聋|哑|术后|住院/iu;
const CONTACT = /微信|vx|wx|qq|电话|手机|联系|tel|加我/iu;

/**
 * Why a text may not be published, or null when it may. Public text (a micro-wish's title) must say what is
 * wished for and nothing about who wishes it. Checked after normalising full-width characters (NFKC) and
 * reading Chinese numerals as digits, with spaces, dashes, dots and other separators removed:
 * - a run of 5 or more digits (a phone, ID or bank number, however split), or an ID-number-like run ending
 *   in X;
 * - a contact handle (@, 微信, QQ, 电话 ...);
 * - a diagnosis or health word (病, 症, 癌, 残疾, 透析, 精神 ...);
 * - a surname followed by an honorific or a name and 先生/女士/小姐 (王阿姨, 李某, 张建国先生).
 */
export function publicTextProblem(value: string): string | null {
  const compact = value.normalize('NFKC').replace(/[\s\p{P}\p{S}\p{Z}\p{Cf}]/gu, '');
  const digits = [...compact].map((c) => CHINESE_DIGITS[c] ?? c).join('');
  if (/\d{5,}/.test(digits) || /\d{4,}[xX]/.test(digits)) return 'no phone, ID or other numbers';
  if (/[@＠]/.test(value) || CONTACT.test(compact)) return 'no contact handles';
  if (DIAGNOSIS.test(compact)) return 'no diagnosis or health details';
  if (NAMED_PERSON.test(compact)) return 'no names or forms of address of a person';
  return null;
}

/**
 * Work text that officers, organisations and federation staff read (meeting titles, agenda notes, decisions,
 * actions, handover reasons, site descriptions): bounded like `requireText`, and free of a recipient's personal
 * data (`containsPersonalData`: ID numbers, phones, e-mails, however split). Cases are named by reference,
 * never described with who they are. The message names the rule, never the value.
 */
export function requireWorkText(value: string, field: string, bounds: { min?: number; max?: number } = {}): string {
  return requireTextFreeOfPersonalData(value, field, 'is read by the case\'s workers', bounds, 'name cases by reference only');
}

/** As requireWorkText for an optional text: absent or blank is null. */
export function optionalWorkText(value: string | null | undefined, field: string, max = 500): string | null {
  const text = optionalText(value, field, max);
  return text === null ? null : requireWorkText(text, field, { max });
}

/** A token subject naming a staff account (an officer attending a meeting, an account to sign in with). */
export function requireSubject(value: string, field: string): string {
  const subject = requireText(value, field, { min: 1, max: 200 });
  if (/\s/.test(subject)) throw badInput(`${field} must be an account subject (no spaces).`, field);
  return subject;
}

/** A day (YYYY-MM-DD) that has come (in China Standard Time): facts recorded after they happen. */
export function requirePastDay(value: string, field: string, today: string): string {
  const day = requireDay(value, field);
  if (day > today) throw badInput(`${field} cannot be in the future.`, field);
  return day;
}

/** A list given at most `max` entries, each once. */
export function distinctList<T>(values: readonly T[] | null | undefined, field: string, max: number): T[] {
  const list = [...(values ?? [])];
  if (list.length > max) throw badInput(`${field} may name at most ${max} entries.`, field);
  if (new Set(list).size !== list.length) throw badInput(`${field} names an entry twice.`, field);
  return list;
}
