/** Registering professionals with a consortium and taking them off (or back on) cases. */
import { eq } from 'drizzle-orm';
import { requireId } from '@aid/shared/domain/input.js';
import type { Programme } from '@aid/shared/domain/vocabulary.js';
import { badInput, conflict, notFound } from '@aid/shared/errors/domain-errors.js';
import { managesOrganization } from './access.js';
import { consortiumForWrite, registeringOrganization, requireMembers, requireNingboRegion } from './consortia.js';
import type { ServicesContext } from './context.js';
import { professionals, professionalServiceAreas, type ProfessionalRow } from './db/schema.js';
import { distinctList, requireMaskedLabel, requireSubject } from './input.js';

type ProfessionalKind = ProfessionalRow['kind'];

/** The kind a professional's display label names after the masked surname, e.g. 王** (社工). */
export const PROFESSIONAL_KIND_LABEL: Readonly<Record<ProfessionalKind, string>> = {
  SOCIAL_WORKER: '社工',
  PSYCHOLOGICAL_COUNSELLOR: '心理咨询师',
  LAWYER: '律师',
  OTHER: '康复师',
};

/** A qualification certificate number: letters, digits and dashes, 6-40, kept upper-cased. */
function requireQualificationNumber(value: string, field: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z0-9-]{6,40}$/.test(code)) throw badInput(`${field} must be 6-40 letters, digits or dashes.`, field);
  return code;
}

export async function registerProfessional(
  context: ServicesContext,
  {
    input,
  }: {
    input: {
      kind: ProfessionalKind;
      maskedName: string;
      qualificationNumber: string;
      consortiumId: string;
      organizationId?: string | null;
      programmes: Programme[];
      serviceAreas: string[];
      accountSubject?: string | null;
    };
  },
): Promise<ProfessionalRow> {
  const mask = requireMaskedLabel(input.maskedName, 'maskedName');
  const qualificationCode = requireQualificationNumber(input.qualificationNumber, 'qualificationNumber');
  const consortiumId = requireId(input.consortiumId, 'consortiumId');
  const programmes = distinctList(input.programmes, 'programmes', 8);
  if (programmes.length === 0) throw badInput('programmes must name at least one programme.', 'programmes');
  const serviceAreas = distinctList(input.serviceAreas, 'serviceAreas', 20).map((code) => requireNingboRegion(code.trim(), 'serviceAreas'));
  if (serviceAreas.length === 0) throw badInput('serviceAreas must name at least one region.', 'serviceAreas');
  const accountSubject = input.accountSubject ? requireSubject(input.accountSubject, 'accountSubject') : null;
  const organizationId = registeringOrganization(context, input.organizationId, true)!;
  const consortium = await consortiumForWrite(context.db, consortiumId, () => true);
  await requireMembers(context.db, [organizationId], consortium, 'consortiumId');
  const county = consortium.regionCode.slice(0, 6);
  if (serviceAreas.some((code) => !code.startsWith(county))) throw badInput("serviceAreas must lie within the consortium's county.", 'serviceAreas');
  return context.db.transaction(async (tx) => {
    const inserted = tx.insert(professionals).values({
      kind: input.kind,
      maskedLabel: `${mask} (${PROFESSIONAL_KIND_LABEL[input.kind]})`,
      qualificationCode,
      organizationId,
      consortiumId,
      programmes,
      accountSubject,
    });
    const [professional] = accountSubject
      ? await inserted.onConflictDoNothing({ target: professionals.accountSubject }).returning()
      : await inserted.returning();
    if (!professional) throw conflict('A professional with this account is already registered.');
    await tx.insert(professionalServiceAreas).values(serviceAreas.map((regionCode) => ({ professionalId: professional.id, regionCode })));
    return professional;
  });
}

export async function setProfessionalActive(context: ServicesContext, args: { professionalId: string; active: boolean }): Promise<ProfessionalRow> {
  const professionalId = requireId(args.professionalId, 'professionalId');
  const [professional] = await context.db.select().from(professionals).where(eq(professionals.id, professionalId));
  if (!professional || !managesOrganization(context.claims, professional.organizationId)) throw notFound('Professional');
  const [updated] = await context.db.update(professionals).set({ active: args.active }).where(eq(professionals.id, professionalId)).returning();
  return updated!;
}
