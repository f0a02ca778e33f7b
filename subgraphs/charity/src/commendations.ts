import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { Claims } from '@aid/shared/security/auth.js';
import type { Database, Queryable } from '@aid/shared/database/database.js';
import { decodeCursor, pageSize, toConnection } from '@aid/shared/database/pagination.js';
import { isUuid } from '@aid/shared/domain/ids.js';
import { chinaDayStart } from '@aid/shared/domain/calendar.js';
import { notInFuture, optionalId, requireDay, requireText } from '@aid/shared/domain/input.js';
import { badInput, forbidden, notFound } from '@aid/shared/errors/domain-errors.js';
import { maskName } from '@aid/shared/security/personal-data-masks.js';
import { actingSideOf, servesCounty } from './access.js';
import { commendations, organizations, type CommendationRow } from './db/schema.js';
import { publicText } from './validation.js';

/**
 * Commendations (表彰) of organisations and of individuals who served. The charity federation commends at city
 * level, a county's civil-affairs bureau at county level. An individual is stored only masked (王**): the
 * full name given in the request is masked before anything is written and is kept nowhere.
 */

export interface RecordCommendationInput {
  title: string;
  honoreeKind: CommendationRow['honoreeKind'];
  organizationId?: string | null;
  individualName?: string | null;
  honoreeRole?: CommendationRow['honoreeRole'];
  citation: string;
  awardedOn: string;
}

/** A person's name as written (Han characters, letters, the middle dot of minority names), no digits. */
const NAME_SHAPE = /^[\p{Script=Han}\p{L}·・ ]{2,20}$/u;

/** The masked display of an individual; the full name is checked for shape, never echoed, and then dropped. */
function maskedIndividual(name: string | null | undefined): string {
  const trimmed = requireText(name ?? '', 'individualName', { min: 2, max: 20 });
  if (!NAME_SHAPE.test(trimmed)) throw badInput('individualName must be a person\'s name: letters only, no digits or symbols.', 'individualName');
  return maskName(trimmed.replace(/\s+/g, ''));
}

export async function recordCommendation(db: Database, claims: Claims, input: RecordCommendationInput): Promise<CommendationRow> {
  const awarder = actingSideOf(claims);
  if (!awarder) throw forbidden('Commendations are recorded by a county civil officer (a 6-digit county region) or the charity federation.');
  const title = publicText(input.title, 'title', { min: 2, max: 100 });
  const citation = publicText(input.citation, 'citation', { min: 2, max: 500 });
  const awardedOn = requireDay(input.awardedOn, 'awardedOn');
  notInFuture(chinaDayStart(awardedOn), 'awardedOn');
  const organizationId = optionalId(input.organizationId, 'organizationId');
  let honoree: { honoreeMasked: string | null; honoreeRole: CommendationRow['honoreeRole'] };
  if (input.honoreeKind === 'ORGANIZATION') {
    if (organizationId === null) throw badInput('A commendation of an organisation names the organisation.', 'organizationId');
    if (input.individualName || input.honoreeRole) {
      throw badInput('A commendation of an organisation carries no individual: leave individualName and honoreeRole out.', 'individualName');
    }
    honoree = { honoreeMasked: null, honoreeRole: null };
  } else {
    if (!input.honoreeRole) throw badInput('A commendation of an individual says what they did (honoreeRole).', 'honoreeRole');
    honoree = { honoreeMasked: maskedIndividual(input.individualName), honoreeRole: input.honoreeRole };
  }

  return db.transaction(async (tx) => {
    if (organizationId !== null) {
      const [organization] = await tx.select().from(organizations).where(eq(organizations.id, organizationId));
      if (!organization) throw notFound('Charity organisation');
      if (awarder.countyCode !== null && !servesCounty(organization, awarder.countyCode)) {
        throw badInput('A county commends organisations serving it; this organisation serves another county.', 'organizationId');
      }
    }
    const [inserted] = await tx
      .insert(commendations)
      .values({
        title,
        level: awarder.side === 'FEDERATION' ? 'CITY' : 'COUNTY',
        countyCode: awarder.countyCode,
        honoreeKind: input.honoreeKind,
        organizationId,
        ...honoree,
        citation,
        awardedOn,
        awarderKey: awarder.key,
        recordedBy: claims.sub,
      })
      .returning();
    return inserted!;
  });
}

/** Commendations, newest first, as a cursor-paginated connection; every commendation is public. */
export async function listCommendations(
  db: Queryable,
  args: { first?: number | null; after?: string | null; filter?: { honoreeKind?: CommendationRow['honoreeKind'] | null; organizationId?: string | null } | null },
) {
  const size = pageSize(args.first);
  const filter = args.filter ?? {};
  const conditions: SQL[] = [];
  if (filter.honoreeKind) conditions.push(eq(commendations.honoreeKind, filter.honoreeKind));
  if (filter.organizationId) {
    if (!isUuid(filter.organizationId)) return toConnection([], size, () => []);
    conditions.push(eq(commendations.organizationId, filter.organizationId));
  }
  if (args.after) {
    const [awardedOn, id] = decodeCursor(args.after, 2) as [string, string];
    conditions.push(or(lt(commendations.awardedOn, awardedOn), and(eq(commendations.awardedOn, awardedOn), lt(commendations.id, id)))!);
  }
  const rows = await db
    .select()
    .from(commendations)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(commendations.awardedOn), desc(commendations.id))
    .limit(size + 1);
  return toConnection(rows, size, (row) => [row.awardedOn, row.id]);
}
