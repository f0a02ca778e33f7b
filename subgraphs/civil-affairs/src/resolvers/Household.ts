import { countyName, townName } from '@aid/shared/domain/regions.js';
import { isUuid } from '@aid/shared/domain/ids.js';
import { canSeeHousehold, consentedCategories, holderSeesHousehold, mayReadHouseholdField, type ReachedHousehold } from '../access.js';
import type { CivilAffairsContext } from '../context.js';
import { toIsoDate } from '../dates.js';
import type { ConsentRow, HouseholdRow } from '../db/schema.js';
import { assessEligibility } from '../eligibility.js';
import { actingOrganization } from '@aid/shared/security/claims.js';
import { requireDay } from '@aid/shared/domain/input.js';
import type { HouseholdEligibilityArgs, HouseholdHistoryKind, HouseholdResolvers } from '../generated/graphql.js';

/**
 * Row level for a household: staff of its region, or a charity organisation holding one of its referrals
 * under active consent. Everyone else gets null, as for a missing household.
 */
export async function visibleHousehold(context: CivilAffairsContext, household: HouseholdRow | null): Promise<ReachedHousehold | null> {
  if (!household) return null;
  if (canSeeHousehold(context.claims, household)) return household;
  const org = actingOrganization(context.claims);
  if (!org) return null;
  const held = (await context.loaders.referralsByHousehold.load(household.id)).filter((r) => r.organizationId === org);
  const consents = await Promise.all(held.map((r) => context.loaders.consentById.load(r.consentId)));
  const covering = consents.filter((consent, i): consent is ConsentRow => holderSeesHousehold(context.claims, held[i]!, consent ?? null));
  // The holder reads only the fields of the categories its consents cover (see mayReadHouseholdField).
  return covering.length > 0 ? { ...household, consentedCategories: consentedCategories(covering) } : null;
}

/** A field of a consent category (null: staff only): its value for callers who may read it, else `denied`. */
function gated<T, D, Args = unknown>(category: string | null, denied: D, read: (household: ReachedHousehold, args: Args, context: CivilAffairsContext) => T) {
  return (household: ReachedHousehold, args: Args, context: CivilAffairsContext): T | D =>
    mayReadHouseholdField(context.claims, household, category) ? read(household, args, context) : denied;
}

export const Household = {
  async __resolveReference(reference: { id: string }, context: CivilAffairsContext) {
    if (!isUuid(reference.id)) return null;
    return visibleHousehold(context, await context.loaders.householdById.load(reference.id));
  },
  countyName: (household: HouseholdRow) => countyName(household.countyCode) ?? household.countyCode,
  townName: (household: HouseholdRow) => townName(household.townCode) ?? household.townCode,
  villageCode: gated('ADDRESS', null, (household) => household.villageCode),
  address: gated('ADDRESS', null, (household, _, context) =>
    context.accessLog.record(
      { recordType: 'Household', recordId: household.id, householdId: household.id, villageCode: household.villageCode, field: 'address' },
      household.address,
    )),
  size: gated('HOUSEHOLD_COMPOSITION', null, async (household, _, context) => (await context.loaders.membersByHousehold.load(household.id)).length),
  annualIncomeFen: gated(null, null, (household) => Math.min(household.annualIncomeFen, 2_147_483_647)),
  members: gated(null, [], (household, _, context) => context.loaders.membersByHousehold.load(household.id)),
  categories: gated(null, [], (household, _, context) => context.loaders.categoriesByHousehold.load(household.id)),
  eligibility: gated(null, null, async (household, args: HouseholdEligibilityArgs, context) => {
    const asOf = args.asOf ? requireDay(args.asOf, 'asOf') : toIsoDate(new Date());
    const [members, categories] = await Promise.all([
      context.loaders.membersByHousehold.load(household.id),
      context.loaders.categoriesByHousehold.load(household.id),
    ]);
    return assessEligibility({ size: members.length, annualIncomeFen: household.annualIncomeFen }, categories, asOf);
  }),
  aidRecords: gated(null, [], (household, _, context) => context.loaders.aidByHousehold.load(household.id)),
  needs: gated(null, [], (household, _, context) => context.loaders.needsByHousehold.load(household.id)),
  consents: gated(null, [], (household, _, context) => context.loaders.consentsByHousehold.load(household.id)),
  referrals: gated(null, [], (household, _, context) => context.loaders.referralsByHousehold.load(household.id)),
  history: gated(null, [], (household, _, context) => householdHistory(household, context)),
  registeredAt: gated(null, null, (household) => household.registeredAt.toISOString()),
} satisfies HouseholdResolvers;

/** One line of the household's history, before its instant is serialised. */
interface HistoryEntry {
  at: Date;
  kind: HouseholdHistoryKind;
  summary: string;
  recordId: string;
}

async function householdHistory(household: HouseholdRow, context: CivilAffairsContext) {
  const l = context.loaders;
  const [categories, aid, needs, consents, checks, transitions] = await Promise.all([
    l.categoriesByHousehold.load(household.id),
    l.aidByHousehold.load(household.id),
    l.needsByHousehold.load(household.id),
    l.consentsByHousehold.load(household.id),
    l.checksByHousehold.load(household.id),
    l.transitionsByHousehold.load(household.id),
  ]);
  const entries: HistoryEntry[] = [
    { at: household.registeredAt, kind: 'REGISTERED', summary: 'Household registered.', recordId: household.id },
    ...categories.map((c): HistoryEntry => ({ at: c.recordedAt, kind: 'CATEGORY', summary: `Category ${c.category} from ${c.since}${c.until ? ` to ${c.until}` : ''}.`, recordId: c.id })),
    ...aid.map((a): HistoryEntry => ({ at: a.recordedAt, kind: 'AID', summary: `${a.type} ${a.amountFen} fen for ${a.periodStart} to ${a.periodEnd} (${a.status}).`, recordId: a.id })),
    ...needs.map((n): HistoryEntry => ({ at: n.collectedAt, kind: 'NEED', summary: `${n.programme} need (${n.priority}), gap ${n.gapFen} fen.`, recordId: n.id })),
    ...consents.map((c): HistoryEntry => ({ at: c.recordedAt, kind: 'CONSENT_GIVEN', summary: `Consent to referral (${c.method}) until ${c.validUntil.toISOString()}.`, recordId: c.id })),
    ...consents
      .filter((c) => c.withdrawnAt)
      .map((c): HistoryEntry => ({ at: c.withdrawnAt!, kind: 'CONSENT_WITHDRAWN', summary: 'Consent withdrawn.', recordId: c.id })),
    ...checks.map((c): HistoryEntry => ({ at: c.checkedAt, kind: 'PRE_AID_CHECK', summary: `Pre-aid check ${c.programme} ${c.windowStart} to ${c.windowEnd}.`, recordId: c.id })),
    ...transitions.map((t): HistoryEntry => ({
      at: t.at,
      kind: 'REFERRAL',
      summary: `Referral ${t.action}: ${t.fromStatus ?? 'new'} → ${t.toStatus}${t.reason ? ` (${t.reason})` : ''}.`,
      recordId: t.referralId,
    })),
  ];
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime()).map((e) => ({ ...e, at: e.at.toISOString() }));
}
