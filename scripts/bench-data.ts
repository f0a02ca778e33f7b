/**
 * Generated data for the benchmark: one PostgreSQL database per size (`bench_1k`, `bench_10k`, `bench_100k`),
 * holding the three subgraphs' schemas, migrated and seeded with the demo world, then grown to the requested
 * number of households with proportional needs, referrals (with consents, pre-aid checks, transitions and feed
 * events), charity disbursements (fundings) and service records. Building a size once is enough: a marker
 * table records a finished build, and later runs reuse it.
 *
 * Proportions per generated household n: every household has 1-5 members, categories and aid as in the demo;
 * one household in five (n % 5 = 0) has an open need with a referral, in one of the eleven states in turn;
 * claimed referrals (RECEIVED on) are held by an organisation, and those under way or ended with help
 * (ACCEPTED, IN_PROGRESS, ON_HOLD, COMPLETED, FAILED) have one disbursement and one service record, cloned from
 * the demo's own rows (same project, organisation, performer), so every row rule sees realistic data.
 */
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { openDatabase, type Database } from '@aid/shared/database/database.js';
import { demoId } from '@aid/shared/demo/ids.js';
import { encodeCursor } from '@aid/shared/database/pagination.js';
import { PROGRAMMES, REFERRAL_STATUSES, ReferralStates, type ReferralStatus } from '@aid/shared/domain/vocabulary.js';
import { REFERRAL_FEED } from '@aid/shared/referral-feed/contract.js';
import * as civil from '../subgraphs/civil-affairs/src/server.js';
import * as charity from '../subgraphs/charity/src/server.js';
import * as services from '../subgraphs/services/src/server.js';
import { generateHouseholds, generateNeed, insertHouseholds, seedCivilAffairs } from '../subgraphs/civil-affairs/src/seed.js';
import { seedCharity } from '../subgraphs/charity/src/seed.js';
import { seedServices } from '../subgraphs/services/src/seed.js';
import { consents, needs, outboxCounters, preAidChecks, referralEvents, referrals, referralTransitions } from '../subgraphs/civil-affairs/src/db/schema.js';
import { REFERRAL_EVENTS_COUNTER } from '../subgraphs/civil-affairs/src/outbox.js';

export const SIZES = { '1k': 1_000, '10k': 10_000, '100k': 100_000 } as const;
export type Size = keyof typeof SIZES;
/** Bump when the generated shape changes: older builds are then dropped and rebuilt. */
const DATA_VERSION = 1;
const DAY = 86_400_000;
const HOUR = 3_600_000;

export function benchDatabaseUrl(size: Size, server = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432'): string {
  return `${server.replace(/\/[^/:]*$/, '').replace(/\/$/, '')}/bench_${size}`;
}

function serverUrl(databaseUrl: string): string {
  return databaseUrl.replace(/\/[^/]*$/, '/postgres');
}

/** The transition path from DRAFT to `status`, as the workflow allows it (actions named as civil affairs names them). */
function pathTo(status: ReferralStatus): { action: string; to: ReferralStatus; byOrg: boolean }[] {
  const request = { action: 'request', to: 'REQUESTED' as const, byOrg: false };
  const claim = { action: 'claim', to: 'RECEIVED' as const, byOrg: true };
  const accept = { action: 'accept', to: 'ACCEPTED' as const, byOrg: true };
  const start = { action: 'start', to: 'IN_PROGRESS' as const, byOrg: true };
  const working = [request, claim, accept, start];
  switch (status) {
    case 'DRAFT':
      return [];
    case 'REQUESTED':
      return [request];
    case 'RECEIVED':
      return [request, claim];
    case 'ACCEPTED':
      return [request, claim, accept];
    case 'IN_PROGRESS':
      return working;
    case 'ON_HOLD':
      return [...working, { action: 'hold', to: 'ON_HOLD', byOrg: true }];
    case 'COMPLETED':
      return [...working, { action: 'complete', to: 'COMPLETED', byOrg: true }];
    case 'FAILED':
      return [...working, { action: 'fail', to: 'FAILED', byOrg: true }];
    case 'REJECTED':
      return [request, { action: 'reject', to: 'REJECTED', byOrg: false }];
    case 'CANCELLED':
      return [request, { action: 'cancel', to: 'CANCELLED', byOrg: false }];
    case 'ENTERED_IN_ERROR':
      return [{ action: 'enterInError', to: 'ENTERED_IN_ERROR', byOrg: false }];
  }
}

const FUNDED = new Set<ReferralStatus>(['ACCEPTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'FAILED']);

interface Template {
  disbursement: Record<string, unknown>;
  record: Record<string, unknown> | undefined;
}

/** Demo disbursements (one per organisation and programme) with a demo service record of the same organisation. */
async function templates(db: Database): Promise<Template[]> {
  const disbursementRows = (await db.execute(sql`
    select distinct on (organization_id, programme) project_id, organization_id, programme, amount_fen, purpose, reason_codes
    from charity.disbursements order by organization_id, programme, id`)) as unknown as Record<string, unknown>[];
  const recordRows = (await db.execute(sql`
    select distinct on (organization_id) service_type, professional_id, team_id, volunteer_id, organization_id, region_code, duration_minutes, outcome
    from services.service_records where referral_id is not null and organization_id is not null order by organization_id, id`)) as unknown as Record<string, unknown>[];
  const rows = Array.isArray(disbursementRows) ? disbursementRows : ((disbursementRows as { rows: Record<string, unknown>[] }).rows ?? []);
  const records = Array.isArray(recordRows) ? recordRows : ((recordRows as { rows: Record<string, unknown>[] }).rows ?? []);
  if (rows.length === 0) throw new Error('The charity demo seed has no disbursements to clone.');
  return rows.map((disbursement) => ({ disbursement, record: records.find((r) => r.organization_id === disbursement.organization_id) ?? records[0] }));
}

/** Creates and fills `bench_<size>` unless a finished build of this version is there. Returns its URL. */
export async function prepareBenchData(size: Size, log: (line: string) => void = console.log): Promise<string> {
  const url = benchDatabaseUrl(size);
  const admin = postgres(serverUrl(url), { max: 1, onnotice: () => undefined });
  const name = `bench_${size}`;
  try {
    const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
    if (exists) {
      const probe = postgres(url, { max: 1, onnotice: () => undefined });
      const done = await probe`select version from public.bench_meta where households = ${SIZES[size]}`.catch(() => []);
      await probe.end();
      if (done[0]?.version === DATA_VERSION) return url;
      log(`${name}: incomplete or older build, rebuilding`);
      await admin.unsafe(`drop database ${name}`);
    }
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }

  const started = Date.now();
  const handles = await Promise.all(
    [civil, charity, services].map((m) => openDatabase({ schema: m.DB_SCHEMA, migrationsFolder: m.MIGRATIONS_FOLDER, location: { kind: 'postgres', url } })),
  );
  try {
    for (const handle of handles) await handle.migrate();
    const [civilDb, charityDb, servicesDb] = handles.map((h) => h.db) as [Database, Database, Database];
    const now = new Date();
    await seedCivilAffairs(civilDb, now);
    await seedCharity(charityDb, now);
    await seedServices(servicesDb);
    await grow(civilDb, SIZES[size], now, log);
    await civilDb.execute(sql`analyze`);
    await civilDb.execute(sql`create table public.bench_meta (households integer not null, version integer not null, built_at timestamptz not null default now())`);
    await civilDb.execute(sql`insert into public.bench_meta (households, version) values (${SIZES[size]}, ${DATA_VERSION})`);
  } finally {
    await Promise.all(handles.map((h) => h.close()));
  }
  log(`${name}: built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return url;
}

/** Adds households from the demo's 400 up to `target`, with their needs, referrals, fundings and service records. */
async function grow(db: Database, target: number, now: Date, log: (line: string) => void): Promise<void> {
  const plans = await templates(db);
  const [counter] = (await db.select({ value: outboxCounters.value }).from(outboxCounters).where(sql`${outboxCounters.name} = ${REFERRAL_EVENTS_COUNTER}`)) as { value: number }[];
  let sequence = Number(counter?.value ?? 0);
  const [{ n: existing }] = (await db.execute(sql`select count(*)::int as n from civil_affairs.households`)) as unknown as [{ n: number }];
  const today = now.toISOString().slice(0, 10);
  const CHUNK = 2000;
  for (let next = existing; next < target; next += CHUNK) {
    const size = Math.min(CHUNK, target - next);
    const generated = generateHouseholds(next, size, today);
    await insertHouseholds(db, generated, 500);
    const needRows: (typeof needs.$inferInsert)[] = [];
    const consentRows: (typeof consents.$inferInsert)[] = [];
    const checkRows: (typeof preAidChecks.$inferInsert)[] = [];
    const referralRows: (typeof referrals.$inferInsert)[] = [];
    const transitionRows: (typeof referralTransitions.$inferInsert)[] = [];
    const eventRows: (typeof referralEvents.$inferInsert)[] = [];
    const facts: string[] = [];
    const disbursementRows: string[] = [];
    const recordRows: string[] = [];
    for (const [i, g] of generated.entries()) {
      const n = next + i;
      if (n % 5 !== 0) continue;
      const k = n / 5;
      const status = REFERRAL_STATUSES[k % REFERRAL_STATUSES.length]!;
      const plan = plans[k % plans.length]!;
      const claimed = ReferralStates.claimed.has(status);
      const organizationId = claimed ? (plan.disbursement.organization_id as string) : null;
      const programme = claimed ? (plan.disbursement.programme as (typeof PROGRAMMES)[number]) : PROGRAMMES[k % PROGRAMMES.length]!;
      const createdAt = new Date(now.getTime() - (1 + (k % 360)) * DAY - (k % 1000) * 1000);
      const need = generateNeed(`bench-${n}`, n, g.household, programme, new Date(createdAt.getTime() - DAY));
      need.status = status === 'DRAFT' || status === 'REQUESTED' ? 'OPEN' : need.status;
      needRows.push(need);
      const head = g.members[0]!;
      const consentId = demoId('bench-consent', n);
      consentRows.push({
        id: consentId,
        householdId: g.household.id!,
        subjectId: head.id!,
        givenById: head.id!,
        purposes: ['REFERRAL', 'SERVICE_DELIVERY', 'FOLLOW_UP'],
        dataCategories: ['NEED_DETAILS', 'NAME', 'CONTACT', 'HOUSEHOLD_COMPOSITION'],
        allFederationMembers: true,
        recipientOrganizationIds: [],
        method: 'WRITTEN' as const,
        validFrom: new Date(createdAt.getTime() - 10 * DAY),
        validUntil: new Date(now.getTime() + 365 * DAY),
        recordedBy: 'bench-civil-officer',
        recordedAt: new Date(createdAt.getTime() - 10 * DAY),
      });
      const checkId = status === 'DRAFT' || status === 'ENTERED_IN_ERROR' ? null : demoId('bench-pre-aid-check', n);
      if (checkId) {
        checkRows.push({
          id: checkId,
          householdId: g.household.id!,
          programme,
          windowStart: new Date(createdAt.getTime() - 365 * DAY).toISOString().slice(0, 10),
          windowEnd: createdAt.toISOString().slice(0, 10),
          capFen: 5_000_000,
          checkedBy: 'bench-civil-officer',
          checkedAt: createdAt,
        });
      }
      const referralId = demoId('bench-referral', n);
      const steps = pathTo(status);
      referralRows.push({
        id: referralId,
        needId: need.id!,
        householdId: g.household.id!,
        consentId,
        preAidCheckId: checkId,
        villageCode: g.household.villageCode!,
        programme,
        status,
        organizationId,
        claimedAt: organizationId ? new Date(createdAt.getTime() + 2 * HOUR) : null,
        claimExpiresAt: status === 'RECEIVED' ? new Date(now.getTime() + 7 * DAY) : null,
        outcome: status === 'COMPLETED' ? ('GOT_HELP' as const) : status === 'FAILED' ? ('COULD_NOT_CONTACT' as const) : null,
        statusReason: null,
        createdBy: 'bench-civil-officer',
        createdAt,
        updatedAt: new Date(createdAt.getTime() + steps.length * HOUR),
        version: steps.length + 1,
      });
      let from: ReferralStatus | null = null;
      for (const [s, step] of [{ action: 'create', to: 'DRAFT' as ReferralStatus, byOrg: false }, ...steps].entries()) {
        const at = new Date(createdAt.getTime() + s * HOUR);
        const actor = step.byOrg ? { actor: 'bench-org', actorRole: 'charity_org', actorOrganizationId: organizationId } : { actor: 'bench-civil-officer', actorRole: 'civil_officer', actorOrganizationId: null };
        transitionRows.push({ id: demoId('bench-transition', `${n}-${s}`), referralId, fromStatus: from, toStatus: step.to, action: step.action, reason: null, at, ...actor });
        sequence += 1;
        eventRows.push({
          sequence,
          referralId,
          needId: need.id!,
          householdId: g.household.id!,
          townCode: g.household.townCode!,
          programme,
          action: step.action,
          fromStatus: from,
          status: step.to,
          organizationId: s >= 2 && step.to !== 'REJECTED' && step.to !== 'CANCELLED' ? organizationId : null,
          outcome: step.to === 'COMPLETED' ? ('GOT_HELP' as const) : step.to === 'FAILED' ? ('COULD_NOT_CONTACT' as const) : null,
          reason: null,
          occurredAt: at,
        });
        from = step.to;
      }
      facts.push(sqlRow([referralId, need.id!, g.household.id!, programme, status, organizationId, g.household.townCode!, g.household.villageCode!, sequence, createdAt.toISOString()]));
      if (FUNDED.has(status)) {
        const d = plan.disbursement;
        const day = new Date(createdAt.getTime() + 3 * DAY).toISOString().slice(0, 10);
        disbursementRows.push(
          sqlRow([demoId('bench-disbursement', n), d.project_id as string, d.organization_id as string, referralId, g.household.id!, g.household.townCode!, programme, 100_000 + (k % 50) * 10_000, d.purpose as string, `{${(d.reason_codes as string[] | string).toString().replace(/[{}]/g, '')}}`, day, `bench-${n}`, '0'.repeat(64), 'bench', createdAt.toISOString()]),
        );
        const r = plan.record;
        if (r) {
          const startedAt = new Date(createdAt.getTime() + 4 * DAY);
          const minutes = Number(r.duration_minutes);
          recordRows.push(
            sqlRow([demoId('bench-service-record', n), referralId, need.id!, g.household.id!, programme, r.service_type as string, r.professional_id as string | null, r.team_id as string | null, r.volunteer_id as string | null, r.organization_id as string, r.region_code as string, startedAt.toISOString(), new Date(startedAt.getTime() + minutes * 60_000).toISOString(), minutes, r.outcome as string, 'bench', startedAt.toISOString()]),
          );
        }
      }
    }
    await db.transaction(async (tx) => {
      if (needRows.length === 0) return;
      await tx.insert(needs).values(needRows);
      await tx.insert(consents).values(consentRows);
      if (checkRows.length) await tx.insert(preAidChecks).values(checkRows);
      await tx.insert(referrals).values(referralRows);
      await tx.insert(referralTransitions).values(transitionRows);
      await tx.insert(referralEvents).values(eventRows);
      await tx.update(outboxCounters).set({ value: sequence }).where(sql`${outboxCounters.name} = ${REFERRAL_EVENTS_COUNTER}`);
      for (const schema of ['charity', 'services']) {
        await tx.execute(sql.raw(`insert into ${schema}.referrals (id, need_id, household_id, programme, status, organization_id, town_code, village_code, last_sequence, updated_at) values ${facts.join(',')}`));
      }
      if (disbursementRows.length) {
        await tx.execute(
          sql.raw(`insert into charity.disbursements (id, project_id, organization_id, referral_id, household_id, town_code, programme, amount_fen, purpose, reason_codes, disbursed_on, idempotency_key, request_hash, recorded_by, recorded_at) values ${disbursementRows.join(',')}`),
        );
      }
      if (recordRows.length) {
        await tx.execute(
          sql.raw(`insert into services.service_records (id, referral_id, need_id, household_id, programme, service_type, professional_id, team_id, volunteer_id, organization_id, region_code, started_at, ended_at, duration_minutes, outcome, recorded_by_subject, recorded_at) values ${recordRows.join(',')}`),
        );
      }
    });
    log(`  ${Math.min(next + size, target)} / ${target} households`);
  }
  // The feed consumers stand at the end of the feed: the read models above already hold what the events say.
  for (const schema of ['charity', 'services']) {
    await db.execute(
      sql.raw(`insert into ${schema}.feed_cursors (feed, cursor, last_sequence) values ('${REFERRAL_FEED}', '${encodeCursor([sequence])}', ${sequence}) on conflict (feed) do update set cursor = excluded.cursor, last_sequence = excluded.last_sequence`),
    );
  }
}

/** A VALUES row of literals (the values are generated here, never user input; quotes doubled all the same). */
function sqlRow(values: (string | number | null)[]): string {
  return `(${values.map((v) => (v === null ? 'null' : typeof v === 'number' ? String(v) : `'${v.replaceAll("'", "''")}'`)).join(',')})`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = (process.argv[2] ?? '1k') as Size;
  if (!(size in SIZES)) {
    console.error(`Usage: tsx scripts/bench-data.ts <${Object.keys(SIZES).join('|')}>`);
    process.exit(2);
  }
  console.log(await prepareBenchData(size));
}
