import { and, asc, eq, gt, or, type SQL } from 'drizzle-orm';
import { decodeCursor, pageSize, toConnection } from '@aid/shared/database/pagination.js';
import { isUuid } from '@aid/shared/domain/ids.js';
import type { Claims } from '@aid/shared/security/auth.js';
import type { Database, Queryable } from '@aid/shared/database/database.js';
import type { Programme } from '@aid/shared/domain/vocabulary.js';
import { badInput, conflict, forbidden, notFound } from '@aid/shared/errors/domain-errors.js';
import { notInFuture, requireDay, requireId } from '@aid/shared/domain/input.js';
import { chinaDayStart } from '@aid/shared/domain/calendar.js';
import { isNingboCounty } from '@aid/shared/domain/regions.js';
import { servesCounty } from './access.js';
import { funds, organizations, qualifications, type FundRow } from './db/schema.js';
import { holdsQualification } from './organizations.js';
import { nonEmptyDistinct, publicText } from './validation.js';

/**
 * Funds (基金): special social-assistance funds (社会救助专项基金) and named charity funds (慈善冠名基金),
 * held by a certified member organisation. A fund keeps no money of its own: its projects raise into it and pay
 * out of it (`projects.fund_id`), so its totals are always the sum of its projects' and never drift.
 */

export interface EstablishFundInput {
  kind: FundRow['kind'];
  name: string;
  organizationId: string;
  sponsor?: string | null;
  programmes: Programme[];
  countyCode: string;
  purpose: string;
  establishedOn: string;
}

/** The charity federation establishes a fund; the holder must be a certified charity serving the county. */
export async function establishFund(db: Database, claims: Claims, input: EstablishFundInput): Promise<FundRow> {
  const title = publicText(input.name, 'name', { min: 4, max: 100 });
  const organizationId = requireId(input.organizationId, 'organizationId');
  const sponsorText = input.sponsor?.trim() ? input.sponsor : null;
  if (input.kind === 'NAMED' && sponsorText === null) throw badInput('A named fund (慈善冠名基金) needs the sponsor it is called after.', 'sponsor');
  if (input.kind === 'SPECIAL_ASSISTANCE' && sponsorText !== null) {
    throw badInput('A special social-assistance fund carries no sponsor\'s name: leave sponsor out.', 'sponsor');
  }
  const sponsor = sponsorText === null ? null : publicText(sponsorText, 'sponsor', { min: 2, max: 100 });
  const programmes = nonEmptyDistinct(input.programmes, 'programmes');
  const countyCode = input.countyCode.trim();
  if (!isNingboCounty(countyCode)) throw badInput('countyCode must be the 6-digit code of a Ningbo county.', 'countyCode');
  const purpose = publicText(input.purpose, 'purpose', { min: 2, max: 500 });
  const establishedOn = requireDay(input.establishedOn, 'establishedOn');
  notInFuture(chinaDayStart(establishedOn), 'establishedOn');

  return db.transaction(async (tx) => {
    // The holder is locked so a qualification recorded at the same moment is seen either before or after.
    const [holder] = await tx.select().from(organizations).where(eq(organizations.id, organizationId)).for('update');
    if (!holder) throw notFound('Charity organisation');
    const held = await tx.select().from(qualifications).where(eq(qualifications.organizationId, holder.id));
    // 慈善法: a charitable fund is held by a charity organisation; the certification must be valid today.
    if (!holdsQualification(held, 'CERTIFIED_CHARITY')) {
      throw forbidden('A fund is held by a certified charity organisation (认定慈善组织); this organisation holds no valid certification.');
    }
    if (!servesCounty(holder, countyCode)) throw badInput('The holding organisation does not serve this county.', 'countyCode');
    const outside = programmes.filter((p) => !holder.programmes.includes(p));
    if (outside.length > 0) throw badInput(`The holding organisation does not serve ${outside.join(', ')}.`, 'programmes');
    const [inserted] = await tx
      .insert(funds)
      .values({ kind: input.kind, title, organizationId, sponsor, programmes, regionCode: countyCode, purpose, establishedOn, recordedBy: claims.sub })
      .onConflictDoNothing({ target: funds.title })
      .returning();
    if (!inserted) throw conflict('A fund with this name already exists: choose another name.');
    return inserted;
  });
}

/**
 * The fund a project of `organizationId` and `programme` may join, checked at the owner: the fund exists, is
 * held by the project's organisation and is open to the programme. A fund of another organisation reads as
 * not found.
 */
export async function fundForProject(db: Queryable, fundId: string | null | undefined, organizationId: string, programme: Programme): Promise<string | null> {
  if (fundId === null || fundId === undefined || fundId === '') return null;
  const id = requireId(fundId, 'fundId');
  const [fund] = await db.select().from(funds).where(eq(funds.id, id));
  if (!fund || fund.organizationId !== organizationId) throw notFound('Charity fund');
  if (!fund.programmes.includes(programme)) {
    throw badInput(`This fund serves ${fund.programmes.join(', ')}; the project's programme must be one of them.`, 'fundId');
  }
  return fund.id;
}

/** Funds, oldest established first, as a cursor-paginated connection; every fund is public. */
export async function listFunds(
  db: Queryable,
  args: { first?: number | null; after?: string | null; filter?: { kind?: FundRow['kind'] | null; organizationId?: string | null } | null },
) {
  const size = pageSize(args.first);
  const conditions: SQL[] = [];
  if (args.filter?.kind) conditions.push(eq(funds.kind, args.filter.kind));
  if (args.filter?.organizationId) {
    if (!isUuid(args.filter.organizationId)) return toConnection([], size, () => []);
    conditions.push(eq(funds.organizationId, args.filter.organizationId));
  }
  if (args.after) {
    const [establishedOn, id] = decodeCursor(args.after, 2) as [string, string];
    conditions.push(or(gt(funds.establishedOn, establishedOn), and(eq(funds.establishedOn, establishedOn), gt(funds.id, id)))!);
  }
  const rows = await db
    .select()
    .from(funds)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(funds.establishedOn), asc(funds.id))
    .limit(size + 1);
  return toConnection(rows, size, (row) => [row.establishedOn, row.id]);
}
