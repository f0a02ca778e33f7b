import { eq } from 'drizzle-orm';
import type { Outcome, Programme } from '@aid/shared/domain/vocabulary.js';
import { MAX_FEN } from '@aid/shared/domain/vocabulary.js';
import { badInput, conflict, forbidden, notFound } from '@aid/shared/errors/domain-errors.js';
import { isUuid } from '@aid/shared/domain/ids.js';
import { isNingboCounty, townName } from '@aid/shared/domain/regions.js';
import { canSeeHousehold, isCivilStaff } from '../access.js';
import type { CivilAffairsContext } from '../context.js';
import { addYears, toIsoDate } from '../dates.js';
import {
  aidRecords,
  consents,
  householdCategories,
  households,
  needs,
  preAidChecks,
  type AidRecordRow,
  type ConsentRow,
  type HouseholdRow,
  type NeedRow,
} from '../db/schema.js';
import type { AidCategory } from '../eligibility.js';
import { isMinorOn } from '../identity.js';
import { containsPersonalData, NEED_SUB_TYPES, needGapFen, PRIORITY_RANK, type NeedPriority } from '../need-library.js';
import { submitPerson, type PersonSubmissionInput } from '../person-registration.js';
import { cancelReferralsOfConsent, createReferral, transitionReferral, type TRANSITIONS } from '../referral-workflow.js';
import { requireDay, requireDayOrInstant, requireFen, requireText } from '@aid/shared/domain/input.js';

/** A household the caller may write to (staff of its region), or NOT_FOUND. */
async function writableHousehold(context: CivilAffairsContext, id: string): Promise<HouseholdRow> {
  if (!isCivilStaff(context.claims)) throw forbidden();
  const household = isUuid(id) ? await context.loaders.householdById.load(id) : null;
  if (!household || !canSeeHousehold(context.claims, household)) throw notFound('Household');
  return household;
}

function transition(action: keyof typeof TRANSITIONS) {
  return (_: unknown, args: { id: string; reason?: string | null; outcome?: Outcome | null }, context: CivilAffairsContext) => {
    if (!isUuid(args.id)) throw notFound('Referral');
    return transitionReferral(context.db, context.config, context.claims, args.id, action, { reason: args.reason ?? null, outcome: args.outcome ?? null });
  };
}

export const Mutation = {
  async registerHousehold(
    _: unknown,
    { input }: { input: { villageCode: string; address: string; annualIncomeFen: number } },
    context: CivilAffairsContext,
  ) {
    if (!isCivilStaff(context.claims)) throw forbidden();
    if (!/^\d{12}$/.test(input.villageCode) || !isNingboCounty(input.villageCode.slice(0, 6)) || !townName(input.villageCode)) {
      throw badInput('villageCode must be the 12-digit code of a village in a known Ningbo town.', 'villageCode');
    }
    if (!input.villageCode.startsWith(context.claims.region!)) throw badInput('villageCode must lie within your region.', 'villageCode');
    const address = requireText(input.address, 'address', { min: 4, max: 200 });
    requireFen(input.annualIncomeFen, 'annualIncomeFen', { allowZero: true });
    const [row] = await context.db
      .insert(households)
      .values({
        countyCode: input.villageCode.slice(0, 6),
        townCode: input.villageCode.slice(0, 9),
        villageCode: input.villageCode,
        address,
        annualIncomeFen: input.annualIncomeFen,
        registeredAt: new Date(),
      })
      .returning();
    return row;
  },

  /** The answer never tells whether the ID number is registered elsewhere (see person-registration.ts). */
  addPerson: (_: unknown, { input }: { input: PersonSubmissionInput }, context: CivilAffairsContext) =>
    submitPerson(context.db, context.claims, input),

  async addHouseholdCategory(
    _: unknown,
    { input }: { input: { householdId: string; category: AidCategory; since: string; until?: string | null } },
    context: CivilAffairsContext,
  ) {
    const since = requireDay(input.since, 'since');
    const until = input.until ? requireDay(input.until, 'until') : null;
    if (until !== null && until < since) throw badInput('until must not be before since.', 'until');
    if (since > toIsoDate(new Date())) throw badInput('since must not be in the future.', 'since');
    const household = await writableHousehold(context, input.householdId);
    await context.db.insert(householdCategories).values({ householdId: household.id, category: input.category, since, until });
    return household;
  },

  async recordAid(
    _: unknown,
    { input }: { input: { householdId: string; type: AidRecordRow['type']; amountFen: number; periodStart: string; periodEnd: string } },
    context: CivilAffairsContext,
  ) {
    requireFen(input.amountFen, 'amountFen');
    const periodStart = requireDay(input.periodStart, 'periodStart');
    const periodEnd = requireDay(input.periodEnd, 'periodEnd');
    if (periodEnd < periodStart) throw badInput('periodEnd must not be before periodStart.', 'periodEnd');
    const household = await writableHousehold(context, input.householdId);
    const [row] = await context.db
      .insert(aidRecords)
      .values({ householdId: household.id, type: input.type, amountFen: input.amountFen, periodStart, periodEnd })
      .returning();
    return row;
  },

  async recordNeed(
    _: unknown,
    {
      input,
    }: {
      input: {
        householdId: string;
        programme: Programme;
        subType: string;
        publicSummary: string;
        estimatedCostFen: number;
        basicMedicalInsuranceFen?: number | null;
        criticalIllnessInsuranceFen?: number | null;
        medicalAssistanceFen?: number | null;
        otherGovernmentAidFen?: number | null;
        priority: NeedPriority;
        channel: NeedRow['channel'];
      };
    },
    context: CivilAffairsContext,
  ) {
    if (!NEED_SUB_TYPES[input.programme].includes(input.subType)) {
      throw badInput(`subType ${input.subType} does not belong to ${input.programme}; use one of ${NEED_SUB_TYPES[input.programme].join(', ')}.`, 'subType');
    }
    const summary = requireText(input.publicSummary, 'publicSummary', { min: 4, max: 500 });
    const cost = requireFen(input.estimatedCostFen, 'estimatedCostFen');
    const lines = {
      basicMedicalInsuranceFen: requireFen(input.basicMedicalInsuranceFen ?? 0, 'basicMedicalInsuranceFen', { allowZero: true }),
      criticalIllnessInsuranceFen: requireFen(input.criticalIllnessInsuranceFen ?? 0, 'criticalIllnessInsuranceFen', { allowZero: true }),
      medicalAssistanceFen: requireFen(input.medicalAssistanceFen ?? 0, 'medicalAssistanceFen', { allowZero: true }),
      otherGovernmentAidFen: requireFen(input.otherGovernmentAidFen ?? 0, 'otherGovernmentAidFen', { allowZero: true }),
    };
    const household = await writableHousehold(context, input.householdId);
    const members = await context.loaders.membersByHousehold.load(household.id);
    if (containsPersonalData(summary, members.map((m) => m.fullName))) {
      throw badInput('publicSummary must not contain personal data (names, ID numbers or phone numbers): it is shown to charities.', 'publicSummary');
    }
    const [row] = await context.db
      .insert(needs)
      .values({
        householdId: household.id,
        villageCode: household.villageCode,
        programme: input.programme,
        subType: input.subType,
        publicSummary: summary,
        estimatedCostFen: cost,
        ...lines,
        gapFen: needGapFen(cost, Object.values(lines)),
        priority: input.priority,
        priorityRank: PRIORITY_RANK[input.priority],
        channel: input.channel,
        collectedBy: context.claims.sub,
        collectedAt: new Date(),
      })
      .returning();
    return row;
  },

  async recordConsent(
    _: unknown,
    {
      input,
    }: {
      input: {
        householdId: string;
        subjectId: string;
        givenById: string;
        purposes: string[];
        dataCategories: string[];
        allFederationMembers: boolean;
        recipientOrganizationIds?: string[] | null;
        method: ConsentRow['method'];
        validFrom?: string | null;
        validUntil: string;
      };
    },
    context: CivilAffairsContext,
  ) {
    const now = new Date();
    if (!input.purposes.includes('REFERRAL')) throw badInput('A consent to referral must include the purpose REFERRAL.', 'purposes');
    if (input.dataCategories.length === 0) throw badInput('Name at least one data category the consent covers.', 'dataCategories');
    const recipients = [...new Set(input.recipientOrganizationIds ?? [])];
    if (recipients.some((id) => !isUuid(id))) throw badInput('recipientOrganizationIds must be organisation ids.', 'recipientOrganizationIds');
    if (input.allFederationMembers && recipients.length > 0) {
      throw badInput('Give either allFederationMembers or named recipients, not both.', 'recipientOrganizationIds');
    }
    if (!input.allFederationMembers && (recipients.length === 0 || recipients.length > 50)) {
      throw badInput('Name 1 to 50 recipient organisations, or set allFederationMembers.', 'recipientOrganizationIds');
    }
    const validFrom = input.validFrom ? requireDayOrInstant(input.validFrom, 'validFrom') : now;
    const validUntil = requireDayOrInstant(input.validUntil, 'validUntil');
    if (validUntil <= validFrom || validUntil <= now) throw badInput('validUntil must be after validFrom and in the future.', 'validUntil');
    if (toIsoDate(validUntil) > addYears(toIsoDate(validFrom), 3)) throw badInput('A consent is valid for at most 3 years.', 'validUntil');
    const household = await writableHousehold(context, input.householdId);
    const [subject, givenBy] = await Promise.all([
      isUuid(input.subjectId) ? context.loaders.personById.load(input.subjectId) : null,
      isUuid(input.givenById) ? context.loaders.personById.load(input.givenById) : null,
    ]);
    if (!subject || subject.householdId !== household.id) throw badInput('The subject must be a member of the household.', 'subjectId');
    if (!givenBy || givenBy.householdId !== household.id) throw badInput('The consent must be given by a member of the household.', 'givenById');
    if (isMinorOn(subject.birthDate, now)) {
      // PIPL art. 31: a child under 14 consents through the guardian.
      if (subject.guardianId !== givenBy.id) throw badInput("The subject is under 14: the consent must be given by the child's guardian.", 'givenById');
    } else if (subject.id !== givenBy.id) {
      throw badInput('An adult subject gives consent in person: givenById must be the subject.', 'givenById');
    }
    const [row] = await context.db
      .insert(consents)
      .values({
        householdId: household.id,
        subjectId: subject.id,
        givenById: givenBy.id,
        purposes: [...new Set(input.purposes)],
        dataCategories: [...new Set(input.dataCategories)],
        allFederationMembers: input.allFederationMembers,
        recipientOrganizationIds: recipients,
        method: input.method,
        validFrom,
        validUntil,
        recordedBy: context.claims.sub,
        recordedAt: now,
      })
      .returning();
    return row;
  },

  async withdrawConsent(_: unknown, args: { id: string; reason: string }, context: CivilAffairsContext) {
    const reason = requireText(args.reason, 'reason', { min: 1, max: 1000 });
    if (!isCivilStaff(context.claims) || !isUuid(args.id)) throw notFound('Consent');
    const now = new Date();
    return context.db.transaction(async (tx) => {
      // Lock order: the consent, then its referrals (see referral-workflow.ts).
      const [consent] = await tx.select().from(consents).where(eq(consents.id, args.id)).for('update');
      if (!consent) throw notFound('Consent');
      const [household] = await tx.select().from(households).where(eq(households.id, consent.householdId));
      if (!household || !canSeeHousehold(context.claims, household)) throw notFound('Consent');
      if (consent.withdrawnAt) throw conflict('This consent has already been withdrawn.');
      const [updated] = await tx
        .update(consents)
        .set({ withdrawnAt: now, withdrawalReason: reason })
        .where(eq(consents.id, consent.id))
        .returning();
      await cancelReferralsOfConsent(tx, consent.id, context.claims, now);
      return updated;
    });
  },

  async runPreAidCheck(
    _: unknown,
    args: { householdId: string; programme: Programme; windowStart: string; windowEnd: string },
    context: CivilAffairsContext,
  ) {
    const windowStart = requireDay(args.windowStart, 'windowStart');
    const windowEnd = requireDay(args.windowEnd, 'windowEnd');
    if (windowEnd < windowStart) throw badInput('windowEnd must not be before windowStart.', 'windowEnd');
    if (windowEnd > addYears(windowStart, 3)) throw badInput('A pre-aid check window spans at most 3 years.', 'windowEnd');
    const household = await writableHousehold(context, args.householdId);
    const [row] = await context.db
      .insert(preAidChecks)
      .values({
        householdId: household.id,
        programme: args.programme,
        windowStart,
        windowEnd,
        capFen: context.config.programmeCapsFen[args.programme],
        checkedBy: context.claims.sub,
        checkedAt: new Date(),
      })
      .returning();
    return row;
  },

  async createReferral(
    _: unknown,
    { input }: { input: { needId: string; consentId: string; directedToOrganizationId?: string | null; note?: string | null } },
    context: CivilAffairsContext,
  ) {
    if (!isUuid(input.needId)) throw notFound('Need');
    if (!isUuid(input.consentId)) throw notFound('Consent');
    if (input.directedToOrganizationId && !isUuid(input.directedToOrganizationId)) {
      throw badInput('directedToOrganizationId must be an organisation id.', 'directedToOrganizationId');
    }
    return createReferral(context.db, context.claims, input);
  },

  requestReferral: transition('request'),
  claimReferral: transition('claim'),
  releaseReferral: transition('release'),
  acceptReferral: transition('accept'),
  rejectReferral: transition('reject'),
  startReferral: transition('start'),
  holdReferral: transition('hold'),
  resumeReferral: transition('resume'),
  completeReferral: transition('complete'),
  failReferral: transition('fail'),
  cancelReferral: transition('cancel'),
  markReferralEnteredInError: transition('enterInError'),
};
