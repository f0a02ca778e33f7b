/**
 * Ningbo's districts and counties (宁波市辖区/县/县级市) with some of their towns and streets. County codes
 * are the national 6-digit administrative codes; town codes add 3 digits and village codes 3 more,
 * following the statistical division code layout (统计用区划代码).
 */
import { badInput } from '../errors/domain-errors.js';

export interface County {
  code: string;
  name: string;
  towns: { code: string; name: string }[];
}

const raw: [string, string, string[]][] = [
  ['330203', '海曙区', ['鼓楼街道', '西门街道', '石碶街道', '集士港镇', '古林镇']],
  ['330205', '江北区', ['中马街道', '白沙街道', '庄桥街道', '慈城镇']],
  ['330206', '北仑区', ['新碶街道', '大碶街道', '柴桥街道', '春晓街道']],
  ['330211', '镇海区', ['招宝山街道', '蛟川街道', '骆驼街道', '九龙湖镇']],
  ['330212', '鄞州区', ['钟公庙街道', '首南街道', '下应街道', '姜山镇', '咸祥镇']],
  ['330213', '奉化区', ['锦屏街道', '岳林街道', '溪口镇', '莼湖街道']],
  ['330225', '象山县', ['丹东街道', '石浦镇', '西周镇', '爵溪街道']],
  ['330226', '宁海县', ['跃龙街道', '桃源街道', '西店镇', '长街镇']],
  ['330281', '余姚市', ['凤山街道', '阳明街道', '泗门镇', '梁弄镇']],
  ['330282', '慈溪市', ['浒山街道', '白沙路街道', '观海卫镇', '周巷镇']],
];

export const NINGBO_COUNTIES: readonly County[] = raw.map(([code, name, towns]) => ({
  code,
  name,
  towns: towns.map((townName, index) => ({ code: `${code}${String(index + 1).padStart(3, '0')}`, name: townName })),
}));

const VILLAGE_NAMES = ['东山村', '西岙村', '南湖社区', '北门社区', '上河村', '下塘村', '中心村', '新桥村'];

/** Villages (村/社区) of a town: a deterministic list of codes and names. */
export function villagesOf(townCode: string, count = 4): { code: string; name: string }[] {
  return Array.from({ length: count }, (_, index) => ({
    code: `${townCode}${String(index + 1).padStart(3, '0')}`,
    name: VILLAGE_NAMES[(Number(townCode.slice(-2)) + index) % VILLAGE_NAMES.length]!,
  }));
}

const COUNTY_CODES = new Set(NINGBO_COUNTIES.map((c) => c.code));

/** True for a 6-digit code of one of Ningbo's districts or counties. */
export function isNingboCounty(code: string): boolean {
  return COUNTY_CODES.has(code);
}

export function countyName(code: string): string | undefined {
  return NINGBO_COUNTIES.find((c) => c.code === code.slice(0, 6))?.name;
}

export function townName(code: string): string | undefined {
  return NINGBO_COUNTIES.find((c) => c.code === code.slice(0, 6))?.towns.find((t) => t.code === code.slice(0, 9))?.name;
}

/** The levels of a region code: a county has 6 digits, a town 9, a village (村/社区) 12. */
export type RegionLevel = 'county' | 'town' | 'village';
const LEVEL_DIGITS: Record<RegionLevel, number> = { county: 6, town: 9, village: 12 };
const LEVEL_NAMES: Record<RegionLevel, string> = { county: 'county', town: 'town', village: 'village' };

/** The level of a well-formed region code, or null for anything else (the one region-code pattern). */
export function regionLevel(code: string): RegionLevel | null {
  if (!/^\d+$/.test(code)) return null;
  return (Object.keys(LEVEL_DIGITS) as RegionLevel[]).find((level) => LEVEL_DIGITS[level] === code.length) ?? null;
}

/**
 * A region-code argument: null when absent, the code when it has one of the `levels`, else BAD_USER_INPUT
 * naming the field and the levels accepted (`why` adds the reason a level is left out).
 */
export function regionCodeArgument(code: string | null | undefined, field: string, levels: readonly RegionLevel[], why = ''): string | null {
  if (code === null || code === undefined || code === '') return null;
  const level = regionLevel(code);
  if (level && levels.includes(level)) return code;
  const accepted = levels.map((l) => `${LEVEL_DIGITS[l]}-digit ${LEVEL_NAMES[l]}`);
  const list = accepted.length > 1 ? `${accepted.slice(0, -1).join(', ')} or ${accepted.at(-1)}` : accepted[0];
  throw badInput(`${field} must be a ${list} code${why ? `: ${why}` : ''}.`, field);
}
