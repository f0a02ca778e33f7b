/**
 * Fills the civil-affairs database with many households for benchmarks:
 *   tsx subgraphs/civil-affairs/src/seed-large.ts --households 50000
 * Uses the same database as the service (CIVIL_AFFAIRS_DATABASE_URL, DATABASE_URL or the embedded PGlite
 * folder), migrates it, seeds the demo first when empty, then adds deterministic households (with members,
 * categories, aid and one open need in five) up to the requested total. Running it again adds nothing.
 */
import { count } from 'drizzle-orm';
import { envPrefix } from '@aid/shared/runtime/config.js';
import { databaseLocationFromEnv, describeLocation, openDatabase } from '@aid/shared/database/database.js';
import { PROGRAMMES } from '@aid/shared/domain/vocabulary.js';
import { dataRoot } from '@aid/shared/runtime/paths.js';
import { toIsoDate } from './dates.js';
import { households, needs } from './db/schema.js';
import { generateHouseholds, generateNeed, insertHouseholds, seedCivilAffairs } from './seed.js';
import { DB_SCHEMA, MIGRATIONS_FOLDER, SUBGRAPH_NAME } from './server.js';

function parseTarget(argv: string[]): number {
  const index = argv.indexOf('--households');
  const raw = index >= 0 ? argv[index + 1] : undefined;
  const target = raw === undefined ? 50_000 : Number(raw);
  if (!Number.isInteger(target) || target < 1 || target > 1_000_000) {
    console.error('Usage: seed-large.ts --households <1..1000000> (default 50000)');
    process.exit(2);
  }
  return target;
}

const target = parseTarget(process.argv.slice(2));
const location = databaseLocationFromEnv(SUBGRAPH_NAME, envPrefix(SUBGRAPH_NAME), dataRoot());
const database = await openDatabase({ schema: DB_SCHEMA, migrationsFolder: MIGRATIONS_FOLDER, location });
try {
  await database.migrate();
  await seedCivilAffairs(database.db);
  const [existing] = await database.db.select({ n: count() }).from(households);
  let next = existing?.n ?? 0;
  console.log(`civil-affairs: ${next} households in ${describeLocation(location)}; target ${target}`);
  const today = toIsoDate(new Date());
  const CHUNK = 1000;
  while (next < target) {
    const size = Math.min(CHUNK, target - next);
    const generated = generateHouseholds(next, size, today);
    await insertHouseholds(database.db, generated, 500);
    const needRows = generated
      .map((g, i) => ({ g, n: next + i }))
      .filter(({ n }) => n % 5 === 0)
      .map(({ g, n }) => generateNeed(`large-${n}`, n, g.household, PROGRAMMES[n % PROGRAMMES.length]!, new Date(Date.now() - (n % 365) * 86_400_000)));
    if (needRows.length > 0) await database.db.insert(needs).values(needRows);
    next += size;
    process.stdout.write(`\r  ${next} / ${target}`);
  }
  console.log('\ncivil-affairs: done');
} finally {
  await database.close();
}
