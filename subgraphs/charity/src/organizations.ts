import { eq } from 'drizzle-orm';
import type { Claims } from '@aid/shared/security/auth.js';
import type { Programme } from '@aid/shared/domain/vocabulary.js';
import { badInput, conflict, forbidden, notFound } from '@aid/shared/errors/domain-errors.js';
import type { Database, Queryable } from '@aid/shared/database/database.js';
import { actingOrganization } from './access.js';
import { organizations, qualifications, resources, type OrganizationRow, type QualificationRow } from './db/schema.js';
import { describeUsccProblem, LEGAL_FORM_PREFIX, parseUscc, type LegalForm } from './uscc.js';
import { nonEmptyDistinct, publicText, regionForTier, today } from './validation.js';
import { requireDay, requireId, requireText } from '@aid/shared/domain/input.js';

/** Organisations, their qualifications and resource libraries. */

export type QualificationKind = QualificationRow['kind'];

/** True when a qualification is valid on a day (YYYY-MM-DD). */
export function isValidOn(qualification: Pick<QualificationRow, 'validFrom' | 'validUntil'>, day: string): boolean {
  return qualification.validFrom <= day && (qualification.validUntil === null || qualification.validUntil >= day);
}

/** True when one of the qualifications of the kind is valid on the day. */
export function holdsQualification(list: readonly QualificationRow[], kind: QualificationKind, day = today()): boolean {
  return list.some((q) => q.kind === kind && isValidOn(q, day));
}

/** Loads the organisation a charity_org token acts for; a token naming an unknown organisation may do nothing. */
export async function loadActingOrganization(db: Queryable, claims: Claims): Promise<OrganizationRow> {
  const id = actingOrganization(claims);
  if (!id) throw forbidden('Sign in as a member organisation (a charity_org token bound to your organisation).');
  const [organization] = await db.select().from(organizations).where(eq(organizations.id, id));
  if (!organization) throw forbidden('Your organisation is not registered with the charity federation.');
  return organization;
}

export interface RegisterOrganizationInput {
  name: string;
  unifiedSocialCreditCode: string;
  legalForm: LegalForm;
  tier: OrganizationRow['tier'];
  regionCode: string;
  programmes: Programme[];
}

/** Registers an organisation: the USCC must pass both check characters and match the legal form. */
export async function registerOrganization(db: Database, input: RegisterOrganizationInput): Promise<OrganizationRow> {
  const name = requireText(input.name, 'name', { min: 2, max: 100 });
  const parsed = parseUscc(input.unifiedSocialCreditCode);
  if (typeof parsed === 'string') throw badInput(describeUsccProblem(parsed), 'unifiedSocialCreditCode');
  const prefix = LEGAL_FORM_PREFIX[input.legalForm];
  if (!parsed.code.startsWith(prefix)) {
    throw badInput(
      `A ${input.legalForm.toLowerCase().replaceAll('_', ' ')} registered with civil affairs has a unified social credit code starting ${prefix}.`,
      'unifiedSocialCreditCode',
    );
  }
  const regionCode = regionForTier(input.regionCode, input.tier, 'regionCode');
  const programmes = nonEmptyDistinct(input.programmes, 'programmes');
  const [inserted] = await db
    .insert(organizations)
    .values({ name, uscc: parsed.code, legalForm: input.legalForm, tier: input.tier, regionCode, programmes })
    .onConflictDoNothing({ target: organizations.uscc })
    .returning();
  if (!inserted) throw conflict('An organisation with this unified social credit code is already registered.');
  return inserted;
}

export interface RecordQualificationInput {
  organizationId: string;
  kind: QualificationKind;
  certificateNumber: string;
  validFrom: string;
  validUntil?: string | null;
}

export async function recordQualification(db: Database, input: RecordQualificationInput): Promise<OrganizationRow> {
  const organizationId = requireId(input.organizationId, 'organizationId');
  const certificateNumber = requireText(input.certificateNumber, 'certificateNumber', { min: 2, max: 64 });
  const validFrom = requireDay(input.validFrom, 'validFrom');
  const validUntil = input.validUntil ? requireDay(input.validUntil, 'validUntil') : null;
  if (validUntil !== null && validUntil < validFrom) throw badInput('validUntil must not be before validFrom.', 'validUntil');
  return db.transaction(async (tx) => {
    const [organization] = await tx.select().from(organizations).where(eq(organizations.id, organizationId)).for('update');
    if (!organization) throw notFound('Charity organisation');
    await tx.insert(qualifications).values({ organizationId, kind: input.kind, certificateNumber, validFrom, validUntil });
    const [updated] = await tx
      .update(organizations)
      .set({ version: organization.version + 1 })
      .where(eq(organizations.id, organizationId))
      .returning();
    return updated!;
  });
}

export interface AddResourceInput {
  programme: Programme;
  title: string;
  unit: string;
  capacity: number;
}

export async function addResource(db: Database, claims: Claims, input: AddResourceInput) {
  const organization = await loadActingOrganization(db, claims);
  if (!organization.programmes.includes(input.programme)) {
    throw badInput(`Your organisation does not serve ${input.programme}; add one of: ${organization.programmes.join(', ')}.`, 'programme');
  }
  const title = publicText(input.title, 'title', { min: 2, max: 100 });
  const unit = requireText(input.unit, 'unit', { max: 32 });
  if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > 1_000_000) {
    throw badInput('capacity must be a whole number from 1 to 1000000.', 'capacity');
  }
  const [inserted] = await db
    .insert(resources)
    .values({ organizationId: organization.id, programme: input.programme, title, unit, capacity: input.capacity })
    .returning();
  return inserted!;
}
