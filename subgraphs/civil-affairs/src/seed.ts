import { count } from 'drizzle-orm';
import type { Database } from '@aid/shared/database.js';
import { demoId, pick, seededRandom } from '@aid/shared/ids.js';
import { NINGBO_COUNTIES, villagesOf } from '@aid/shared/regions.js';
import { households, persons } from './db/schema.js';
import { idCheckCharacter } from './identity.js';

const FAMILY_NAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
const GIVEN_NAMES = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '桂英', '建华', '志强', '海燕', '小红', '文博', '子涵', '欣怡'];
const STREETS = ['中山路', '解放路', '人民路', '江东路', '新华路', '环城路', '学士路', '望春路'];

export const DEMO_HOUSEHOLD_COUNT = 400;

export interface GeneratedHousehold {
  household: typeof households.$inferInsert;
  members: (typeof persons.$inferInsert)[];
}

function idNumberFor(countyCode: string, birthDate: string, sequence: number, male: boolean): string {
  const seq = sequence % 500 * 2 + (male ? 1 : 0);
  const first17 = `${countyCode}${birthDate.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return `${first17}${idCheckCharacter(first17)}`;
}

function birthDate(random: () => number, minAge: number, maxAge: number): string {
  const age = minAge + Math.floor(random() * (maxAge - minAge + 1));
  const year = 2026 - age;
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Deterministic households with members: the same `start` and `count` always give the same rows and ids
 * (`demoId('household', n)`), so other subgraphs' seeds can refer to them.
 */
export function generateHouseholds(start: number, countOf: number): GeneratedHousehold[] {
  const result: GeneratedHousehold[] = [];
  for (let n = start; n < start + countOf; n += 1) {
    const random = seededRandom(n * 7919 + 17);
    const county = NINGBO_COUNTIES[n % NINGBO_COUNTIES.length]!;
    const town = county.towns[Math.floor(n / NINGBO_COUNTIES.length) % county.towns.length]!;
    const village = pick(random, villagesOf(town.code));
    const householdId = demoId('household', n);
    const family = pick(random, FAMILY_NAMES);
    const size = 1 + Math.floor(random() * 5);
    const members: (typeof persons.$inferInsert)[] = [];
    for (let m = 0; m < size; m += 1) {
      const relation = m === 0 ? 'HEAD' : m === 1 && size > 2 ? 'SPOUSE' : random() < 0.15 ? 'PARENT' : 'CHILD';
      const born =
        relation === 'CHILD' ? birthDate(random, 1, 20) : relation === 'PARENT' ? birthDate(random, 65, 90) : birthDate(random, 25, 70);
      const male = random() < 0.5;
      members.push({
        id: demoId('person', `${n}-${m}`),
        householdId,
        relation,
        fullName: `${relation === 'HEAD' || relation === 'CHILD' ? family : pick(random, FAMILY_NAMES)}${pick(random, GIVEN_NAMES)}`,
        idNumber: idNumberFor(county.code, born, n * 8 + m, male),
        birthDate: born,
        sex: male ? 'M' : 'F',
        phone: relation === 'CHILD' ? null : `1${pick(random, ['38', '39', '58', '59', '86', '87'])}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
        guardianId: relation === 'CHILD' ? demoId('person', `${n}-0`) : null,
      });
    }
    result.push({
      household: {
        id: householdId,
        countyCode: county.code,
        townCode: town.code,
        villageCode: village.code,
        address: `${county.name}${town.name}${village.name}${pick(random, STREETS)}${1 + Math.floor(random() * 300)}号`,
        annualIncomeFen: Math.floor(random() * 12_000_000),
        registeredAt: new Date(Date.UTC(2023, 0, 1) + Math.floor(random() * 3 * 365) * 86_400_000),
      },
      members,
    });
  }
  return result;
}

/** Inserts generated households in chunks (one statement per chunk and table). */
export async function insertHouseholds(db: Database, generated: GeneratedHousehold[], chunk = 500): Promise<void> {
  for (let i = 0; i < generated.length; i += chunk) {
    const slice = generated.slice(i, i + chunk);
    await db.transaction(async (tx) => {
      await tx.insert(households).values(slice.map((g) => g.household));
      await tx.insert(persons).values(slice.flatMap((g) => g.members));
    });
  }
}

/** Seeds the demo households once, into an empty database. */
export async function seedCivilAffairs(db: Database): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(households);
  if ((existing?.n ?? 0) > 0) return false;
  await insertHouseholds(db, generateHouseholds(0, DEMO_HOUSEHOLD_COUNT));
  return true;
}
