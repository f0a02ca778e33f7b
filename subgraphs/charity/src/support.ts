import { and, asc, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { decodeCursor, pageSize, toConnection } from '@aid/shared/database/pagination.js';
import { isUuid } from '@aid/shared/domain/ids.js';
import type { Claims } from '@aid/shared/security/auth.js';
import type { Database, Queryable } from '@aid/shared/database/database.js';
import type { Programme } from '@aid/shared/domain/vocabulary.js';
import { countyName } from '@aid/shared/domain/regions.js';
import { badInput, conflict, domainError, ErrorCode, forbidden, notFound } from '@aid/shared/errors/domain-errors.js';
import { requireDay, requireFen, requireId, requireText } from '@aid/shared/domain/input.js';
import { actingOrganization, actingSideOf, isActingSideOf, servesCounty, type ActingSide } from './access.js';
import { organizations, supportAwards, supportDeliverables, type SupportAwardRow, type SupportDeliverableRow } from './db/schema.js';
import { idempotencyKey, replay, requestHash } from './idempotency.js';
import { publicText } from './validation.js';

/**
 * Incentives and support (激励扶持): government purchases of services (政府购买服务) by a county's civil-affairs
 * bureau and venture-philanthropy grants (公益创投) by the charity federation, each with deliverables the
 * receiving organisation reports on and the awarding side closes:
 *   AWARDED → IN_DELIVERY (first delivery report) → COMPLETED (every target met) | TERMINATED (with a reason).
 * Awards move money, so recording one takes an idempotency key, scoped to the awarding side.
 */

/** The city's charity federation, the awarding body of venture grants and city commendations. */
export const FEDERATION_NAME = '宁波市慈善总会';

/** The public name of an acting side (awarding or supervising body): 海曙区民政局 for `county:330203`, 宁波市慈善总会 for the federation. */
export function actingSideName(awarderKey: string): string {
  if (awarderKey === 'federation') return FEDERATION_NAME;
  const code = awarderKey.slice('county:'.length);
  return `${countyName(code) ?? code}民政局`;
}

/** Which kind of award each awarding side records (its legal basis: 政府购买服务 is a government act). */
const KIND_OF_SIDE: Record<ActingSide['side'], SupportAwardRow['kind']> = {
  COUNTY_BUREAU: 'GOVERNMENT_PURCHASE',
  FEDERATION: 'VENTURE_GRANT',
};

const MAX_DELIVERABLES = 10;
const MAX_QUANTITY = 1_000_000;
/** A service period longer than this is a framework agreement, recorded as several awards. */
const MAX_PERIOD_DAYS = 3 * 366;

export interface RecordSupportAwardInput {
  idempotencyKey: string;
  kind: SupportAwardRow['kind'];
  organizationId: string;
  title: string;
  programme: Programme;
  amountFen: number;
  periodStart: string;
  periodEnd: string;
  deliverables: { description: string; unit: string; targetQuantity: number }[];
}

function quantity(value: number, field: string, min: number): number {
  if (!Number.isInteger(value) || value < min || value > MAX_QUANTITY) {
    throw badInput(`${field} must be a whole number from ${min} to ${MAX_QUANTITY}.`, field);
  }
  return value;
}

/** The side that records, or FORBIDDEN: a county officer without a county, or a kind the side does not award. */
function requireAwarder(claims: Claims, kind: SupportAwardRow['kind']): ActingSide {
  const awarder = actingSideOf(claims);
  if (!awarder) throw forbidden('Incentives are recorded by a county civil officer (a 6-digit county region) or the charity federation.');
  if (KIND_OF_SIDE[awarder.side] !== kind) {
    throw forbidden(
      kind === 'GOVERNMENT_PURCHASE'
        ? 'A government purchase of services is recorded by the buying county\'s civil officer.'
        : 'A venture-philanthropy grant is recorded by the charity federation.',
    );
  }
  return awarder;
}

/** Checks an award and puts it in the form that is stored and hashed. */
function normalise(input: RecordSupportAwardInput) {
  const periodStart = requireDay(input.periodStart, 'periodStart');
  const periodEnd = requireDay(input.periodEnd, 'periodEnd');
  if (periodEnd < periodStart) throw badInput('periodEnd must not be before periodStart.', 'periodEnd');
  if ((Date.parse(periodEnd) - Date.parse(periodStart)) / 86_400_000 > MAX_PERIOD_DAYS) {
    throw badInput('A service period runs at most 3 years: record a longer agreement as several awards.', 'periodEnd');
  }
  if (input.deliverables.length < 1 || input.deliverables.length > MAX_DELIVERABLES) {
    throw badInput(`An award lists 1 to ${MAX_DELIVERABLES} deliverables.`, 'deliverables');
  }
  return {
    kind: input.kind,
    organizationId: requireId(input.organizationId, 'organizationId'),
    title: publicText(input.title, 'title', { min: 2, max: 100 }),
    programme: input.programme,
    amountFen: requireFen(input.amountFen, 'amountFen'),
    periodStart,
    periodEnd,
    deliverables: input.deliverables.map((d, i) => ({
      description: publicText(d.description, `deliverables[${i}].description`, { min: 2, max: 100 }),
      unit: requireText(d.unit, `deliverables[${i}].unit`, { max: 32 }),
      targetQuantity: quantity(d.targetQuantity, `deliverables[${i}].targetQuantity`, 1),
    })),
  };
}

async function findByKey(db: Queryable, awarderKey: string, key: string): Promise<SupportAwardRow | undefined> {
  const [row] = await db
    .select()
    .from(supportAwards)
    .where(and(eq(supportAwards.awarderKey, awarderKey), eq(supportAwards.idempotencyKey, key)));
  return row;
}

/**
 * Records an award and its deliverables in one transaction. The receiving organisation is checked at the
 * owner (here): it exists, serves the programme and, for a government purchase, serves the officer's county.
 * A retry with the same key and body returns the first award; the unique (awarding side, key) index is the
 * last guard under concurrency.
 */
export async function recordSupportAward(db: Database, claims: Claims, input: RecordSupportAwardInput): Promise<SupportAwardRow> {
  const awarder = requireAwarder(claims, input.kind);
  const key = idempotencyKey(input.idempotencyKey);
  const award = normalise(input);
  const hash = requestHash(award);

  const previous = await findByKey(db, awarder.key, key);
  if (previous) return replay(previous, hash);

  return db.transaction(async (tx) => {
    const [organization] = await tx.select().from(organizations).where(eq(organizations.id, award.organizationId));
    if (!organization) throw notFound('Charity organisation');
    if (awarder.countyCode !== null && !servesCounty(organization, awarder.countyCode)) {
      throw badInput('Your county buys services only from organisations serving it; this organisation serves another county.', 'organizationId');
    }
    if (!organization.programmes.includes(award.programme)) {
      throw badInput(`The organisation serves ${organization.programmes.join(', ')}; the award must serve one of them.`, 'programme');
    }
    const { deliverables, ...row } = award;
    const [inserted] = await tx
      .insert(supportAwards)
      .values({ ...row, countyCode: awarder.countyCode, idempotencyKey: key, requestHash: hash, awarderKey: awarder.key, recordedBy: claims.sub })
      .onConflictDoNothing({ target: [supportAwards.awarderKey, supportAwards.idempotencyKey] })
      .returning();
    if (!inserted) return replay((await findByKey(tx, awarder.key, key))!, hash);
    await tx.insert(supportDeliverables).values(deliverables.map((d, i) => ({ ...d, awardId: inserted.id, position: i + 1 })));
    return inserted;
  });
}

const OPEN: ReadonlySet<SupportAwardRow['status']> = new Set(['AWARDED', 'IN_DELIVERY']);

async function lockAward(db: Queryable, id: string): Promise<SupportAwardRow | undefined> {
  const [award] = await db.select().from(supportAwards).where(eq(supportAwards.id, requireId(id, 'id'))).for('update');
  return award;
}

function requireOpen(award: SupportAwardRow, verb: string): void {
  if (!OPEN.has(award.status)) {
    throw domainError(ErrorCode.INVALID_TRANSITION, `An award in ${award.status} cannot be ${verb}; only AWARDED or IN_DELIVERY awards can.`);
  }
}

export interface ReportSupportDeliveryInput {
  awardId: string;
  deliveries: { position: number; deliveredQuantity: number }[];
}

/**
 * The receiving organisation reports cumulative delivered quantities. Quantities only grow: a lower figure
 * than reported before is refused, so a delayed or repeated report can never erase a later one.
 */
export async function reportSupportDelivery(db: Database, claims: Claims, input: ReportSupportDeliveryInput): Promise<SupportAwardRow> {
  const organizationId = actingOrganization(claims);
  if (!organizationId) throw forbidden('Sign in as the member organisation that received the award.');
  const awardId = requireId(input.awardId, 'awardId');
  if (input.deliveries.length === 0) throw badInput('deliveries needs at least one entry.', 'deliveries');
  const positions = input.deliveries.map((d) => d.position);
  if (new Set(positions).size !== positions.length) throw badInput('deliveries lists a deliverable twice.', 'deliveries');
  const deliveries = input.deliveries.map((d, i) => ({ position: d.position, deliveredQuantity: quantity(d.deliveredQuantity, `deliveries[${i}].deliveredQuantity`, 0) }));

  return db.transaction(async (tx) => {
    const award = await lockAward(tx, awardId);
    if (!award || award.organizationId !== organizationId) throw notFound('Support award');
    requireOpen(award, 'reported on');
    const current = new Map(
      (await tx.select().from(supportDeliverables).where(eq(supportDeliverables.awardId, award.id))).map((d) => [d.position, d]),
    );
    const now = new Date();
    for (const delivery of deliveries) {
      const deliverable = current.get(delivery.position);
      if (!deliverable) throw badInput(`The award has no deliverable at position ${delivery.position}.`, 'deliveries');
      if (delivery.deliveredQuantity < deliverable.deliveredQuantity) {
        throw conflict(
          `Deliverable ${delivery.position} already has ${deliverable.deliveredQuantity} ${deliverable.unit} reported: report the cumulative quantity, never a lower one.`,
        );
      }
    }
    // One statement for every reported deliverable: the new quantity chosen by position.
    const quantity = sql.join(
      deliveries.map((d) => sql`when ${d.position} then ${d.deliveredQuantity}`),
      sql` `,
    );
    await tx
      .update(supportDeliverables)
      .set({ deliveredQuantity: sql`(case ${supportDeliverables.position} ${quantity} end)::int`, updatedAt: now })
      .where(and(eq(supportDeliverables.awardId, award.id), inArray(supportDeliverables.position, deliveries.map((d) => d.position))));
    const [updated] = await tx
      .update(supportAwards)
      .set({ status: 'IN_DELIVERY', version: sql`${supportAwards.version} + 1` })
      .where(eq(supportAwards.id, award.id))
      .returning();
    return updated!;
  });
}

/**
 * The awarding side closes an award. COMPLETED is the acceptance (验收): every deliverable must have reached
 * its target; TERMINATED stops it early. Either way a reason is published with it. An award of another
 * awarding side reads as not found.
 */
export async function closeSupportAward(
  db: Database,
  claims: Claims,
  id: string,
  outcome: 'COMPLETED' | 'TERMINATED',
  reasonInput: string,
): Promise<SupportAwardRow> {
  const reason = publicText(reasonInput, 'reason', { min: 2, max: 500 });
  return db.transaction(async (tx) => {
    const award = await lockAward(tx, id);
    if (!award || !isActingSideOf(claims, award.awarderKey)) throw notFound('Support award');
    requireOpen(award, 'closed');
    if (outcome === 'COMPLETED') {
      const short = (await deliverablesOf(tx, award.id)).filter((d) => d.deliveredQuantity < d.targetQuantity);
      if (short.length > 0) {
        throw domainError(
          ErrorCode.INVALID_TRANSITION,
          `The award cannot be accepted as completed: ${short.map((d) => `deliverable ${d.position} has ${d.deliveredQuantity} of ${d.targetQuantity} ${d.unit}`).join('; ')}.`,
        );
      }
    }
    const [updated] = await tx
      .update(supportAwards)
      .set({ status: outcome, closingReason: reason, closedAt: new Date(), version: sql`${supportAwards.version} + 1` })
      .where(eq(supportAwards.id, award.id))
      .returning();
    return updated!;
  });
}

function deliverablesOf(db: Queryable, awardId: string): Promise<SupportDeliverableRow[]> {
  return db.select().from(supportDeliverables).where(eq(supportDeliverables.awardId, awardId)).orderBy(asc(supportDeliverables.position));
}

/** Awards, newest service period first, as a cursor-paginated connection; every award is public. */
export async function listSupportAwards(
  db: Queryable,
  args: {
    first?: number | null;
    after?: string | null;
    filter?: { kind?: SupportAwardRow['kind'] | null; organizationId?: string | null; status?: SupportAwardRow['status'] | null } | null;
  },
) {
  const size = pageSize(args.first);
  const filter = args.filter ?? {};
  const conditions: SQL[] = [];
  if (filter.kind) conditions.push(eq(supportAwards.kind, filter.kind));
  if (filter.status) conditions.push(eq(supportAwards.status, filter.status));
  if (filter.organizationId) {
    if (!isUuid(filter.organizationId)) return toConnection([], size, () => []);
    conditions.push(eq(supportAwards.organizationId, filter.organizationId));
  }
  if (args.after) {
    const [periodStart, id] = decodeCursor(args.after, 2) as [string, string];
    conditions.push(or(lt(supportAwards.periodStart, periodStart), and(eq(supportAwards.periodStart, periodStart), lt(supportAwards.id, id)))!);
  }
  const rows = await db
    .select()
    .from(supportAwards)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(supportAwards.periodStart), desc(supportAwards.id))
    .limit(size + 1);
  return toConnection(rows, size, (row) => [row.periodStart, row.id]);
}
