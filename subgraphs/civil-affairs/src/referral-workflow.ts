import { and, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { hasRole, type Claims } from '@aid/shared/security/auth.js';
import type { Database, Queryable } from '@aid/shared/database/database.js';
import type { Outcome, ReferralStatus } from '@aid/shared/domain/vocabulary.js';
import { badInput, conflict, domainError, ErrorCode, forbidden, notFound } from '@aid/shared/errors/domain-errors.js';
import { canSeeHousehold, claimerSeesReferral, holdsReferral, isCivilStaff } from './access.js';
import type { CivilAffairsConfig } from './config.js';
import { consentAllowsReferral, consentCoversRecipient } from './consent.js';
import { consents, needs, preAidChecks, referrals, referralTransitions, type PreAidCheckRow, type ReferralRow } from './db/schema.js';
import type { CivilAffairsContext } from './context.js';
import { assessPreAid, type PreAidVerdict } from './pre-aid.js';
import { movesNeed, settleNeeds } from './need-lifecycle.js';
import { appendReferralEvents, type NewReferralEvent } from './outbox.js';
import { ReferralStates } from '@aid/shared/domain/vocabulary.js';
import { isUuid } from '@aid/shared/domain/ids.js';
import { actingOrganization, actsForOrganization } from '@aid/shared/security/claims.js';

/** Who may take an action: civil-affairs staff of the region, the organisation holding the referral, ... */
type ActorKind = 'civil_staff' | 'claimer' | 'holder' | 'pool_or_holder' | 'system';

interface TransitionRule {
  from: readonly ReferralStatus[];
  to: ReferralStatus;
  actor: ActorKind;
  reason: 'required' | 'optional';
  outcome?: true;
  /**
   * What the transition does to the claim: `take`, the claiming organisation becomes the holder and the
   * acceptance clock starts; `drop`, the referral goes back to the pool with no holder; `settle`, the
   * acceptance clock stops (the holder answered).
   */
  claim?: 'take' | 'drop' | 'settle';
}

/** Open states: a referral in one of them still depends on its consent. */

/**
 * The referral state machine: DRAFT → REQUESTED → RECEIVED (claimed) → ACCEPTED →
 * IN_PROGRESS ⇄ ON_HOLD → COMPLETED | FAILED, plus REJECTED, CANCELLED and ENTERED_IN_ERROR. A claim
 * released or not accepted in time returns to REQUESTED.
 */
export const TRANSITIONS = {
  request: { from: ['DRAFT'], to: 'REQUESTED', actor: 'civil_staff', reason: 'optional' },
  claim: { from: ['REQUESTED'], to: 'RECEIVED', actor: 'claimer', reason: 'optional', claim: 'take' },
  release: { from: ['RECEIVED'], to: 'REQUESTED', actor: 'holder', reason: 'required', claim: 'drop' },
  expire: { from: ['RECEIVED'], to: 'REQUESTED', actor: 'system', reason: 'optional', claim: 'drop' },
  accept: { from: ['RECEIVED'], to: 'ACCEPTED', actor: 'holder', reason: 'optional', claim: 'settle' },
  reject: { from: ['REQUESTED', 'RECEIVED'], to: 'REJECTED', actor: 'pool_or_holder', reason: 'required', claim: 'settle' },
  start: { from: ['ACCEPTED'], to: 'IN_PROGRESS', actor: 'holder', reason: 'optional' },
  hold: { from: ['IN_PROGRESS'], to: 'ON_HOLD', actor: 'holder', reason: 'required' },
  resume: { from: ['ON_HOLD'], to: 'IN_PROGRESS', actor: 'holder', reason: 'optional' },
  complete: { from: ['IN_PROGRESS'], to: 'COMPLETED', actor: 'holder', reason: 'optional', outcome: true },
  fail: { from: ['ACCEPTED', 'IN_PROGRESS', 'ON_HOLD'], to: 'FAILED', actor: 'holder', reason: 'required', outcome: true },
  cancel: { from: [...ReferralStates.open], to: 'CANCELLED', actor: 'civil_staff', reason: 'required' },
  enterInError: {
    from: ['DRAFT', 'REQUESTED', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'FAILED', 'REJECTED', 'CANCELLED'],
    to: 'ENTERED_IN_ERROR',
    actor: 'civil_staff',
    reason: 'required',
  },
} as const satisfies Record<string, TransitionRule>;

export type ReferralAction = keyof typeof TRANSITIONS | 'create' | 'consentWithdrawn';

export const SYSTEM_ACTOR = { actor: 'system', actorRole: 'system', actorOrganizationId: null } as const;

function actorOf(claims: Claims) {
  return { actor: claims.sub, actorRole: claims.roles.join(','), actorOrganizationId: claims.org ?? null };
}

export function eventOf(row: ReferralRow, action: ReferralAction, from: ReferralStatus | null, reason: string | null): NewReferralEvent {
  return {
    referralId: row.id,
    needId: row.needId,
    householdId: row.householdId,
    townCode: row.villageCode.slice(0, 9),
    programme: row.programme,
    action,
    fromStatus: from,
    status: row.status,
    organizationId: row.organizationId,
    outcome: row.outcome,
    reason,
  };
}

/** Writes one transition row and its outbox event (the caller's transaction). */
async function record(
  tx: Queryable,
  rows: { row: ReferralRow; from: ReferralStatus | null; action: ReferralAction; reason: string | null; preAid?: PreAidAssessment | undefined }[],
  actor: { actor: string; actorRole: string; actorOrganizationId: string | null },
  at: Date,
): Promise<void> {
  if (rows.length === 0) return;
  await tx.insert(referralTransitions).values(
    rows.map(({ row, from, action, reason, preAid }) => ({
      referralId: row.id,
      fromStatus: from,
      toStatus: row.status,
      action,
      reason,
      preAidVerdict: preAid?.verdict ?? null,
      overrideReason: preAid?.overrideReason ?? null,
      at,
      ...actor,
    })),
  );
  await appendReferralEvents(
    tx,
    rows.map(({ row, from, action, reason }) => eventOf(row, action, from, reason)),
  );
}

function cleanText(value: string | null | undefined, field: string, required: boolean): string | null {
  const text = value?.trim() ?? '';
  if (text.length === 0) {
    if (required) throw badInput(`Give a ${field} for this step.`, field);
    return null;
  }
  if (text.length > 1000) throw badInput(`${field} must be at most 1000 characters.`, field);
  return text;
}

export interface TransitionInput {
  reason?: string | null;
  outcome?: Outcome | null;
  /** For `request` only: the pre-aid assessment it was judged by (see requestReferral). */
  preAid?: PreAidAssessment | undefined;
}

/** The pre-aid check a request was judged by, its verdict, and the officer's override of a blocking verdict. */
export interface PreAidAssessment {
  checkId: string;
  verdict: PreAidVerdict;
  overrideReason: string | null;
}

/** Verdicts that block a request unless an officer overrides them with a reason (量力而行). */
export const BLOCKING_VERDICTS: ReadonlySet<PreAidVerdict> = new Set(['OVER_CAP', 'SAME_PROGRAMME_ACTIVE']);

/**
 * Applies one transition in one transaction: locks the referral row (SELECT ... FOR UPDATE, so concurrent
 * actions on one referral run one after the other), checks the actor, the state and the action's
 * preconditions, updates the row, and writes the transition and its outbox event. Any failure writes nothing.
 */
export async function transitionReferral(
  db: Database,
  config: CivilAffairsConfig,
  claims: Claims,
  id: string,
  action: keyof typeof TRANSITIONS,
  input: TransitionInput = {},
  now = new Date(),
): Promise<ReferralRow> {
  const rule: TransitionRule = TRANSITIONS[action];
  const reason = cleanText(input.reason, 'reason', rule.reason === 'required');
  if (rule.outcome && !input.outcome) throw badInput('Give the outcome of the referral.', 'outcome');
  return db.transaction(async (tx) => {
    const [locked] = await tx.select().from(referrals).where(eq(referrals.id, id)).for('update');
    if (!locked) throw notFound('Referral');
    let row = locked;
    authorise(claims, rule.actor, row);
    if (action === 'claim') {
      // A referral the organisation may not know of answers as an unknown id, whatever its state.
      const [consent] = await tx.select().from(consents).where(eq(consents.id, row.consentId));
      if (!claimerSeesReferral(claims, row, consent ?? null, now)) throw notFound('Referral');
    }

    // A claim that lapsed unaccepted goes back to the pool first (lazily, at claim time).
    if (action === 'claim' && row.status === 'RECEIVED' && row.claimExpiresAt && row.claimExpiresAt <= now) {
      row = await applyUpdate(tx, row, 'expire', { reason: 'The claim was not accepted in time.' }, SYSTEM_ACTOR, config, now);
    }

    if (!rule.from.includes(row.status)) {
      if (action === 'claim' && ReferralStates.claimed.has(row.status) && !holdsReferral(claims, row)) {
        throw conflict('Another organisation has already claimed this referral.');
      }
      throw domainError(
        ErrorCode.INVALID_TRANSITION,
        `A referral in ${row.status} cannot be moved by "${action}"; it is allowed from ${rule.from.join(', ')}.`,
      );
    }
    if (action === 'reject' && row.status === 'REQUESTED' && !hasRole(claims, 'charity_federation')) {
      throw forbidden('Only the charity federation rejects a referral from the pool; an organisation must claim it first.');
    }
    if (action === 'reject' && row.status === 'RECEIVED' && !holdsReferral(claims, row)) throw notFound('Referral');
    if (action === 'request') await checkRequestPreconditions(tx, config, row, now, input.preAid);
    if (action === 'claim') await checkClaimPreconditions(tx, claims, row, now);

    return applyUpdate(
      tx,
      row,
      action,
      { reason, outcome: input.outcome ?? null, preAid: input.preAid },
      actorOf(claims),
      config,
      now,
      actingOrganization(claims),
    );
  });
}

function authorise(claims: Claims, actor: ActorKind, row: ReferralRow): void {
  switch (actor) {
    case 'civil_staff':
      if (!canSeeHousehold(claims, row)) throw notFound('Referral');
      return;
    case 'claimer':
      if (!actingOrganization(claims)) throw forbidden('Only a member organisation named in the token can claim.');
      if (row.directedToOrganizationId && !actsForOrganization(claims, row.directedToOrganizationId)) throw notFound('Referral');
      return;
    case 'holder':
      if (!holdsReferral(claims, row)) throw notFound('Referral');
      return;
    case 'pool_or_holder':
      if (!hasRole(claims, 'charity_federation') && !holdsReferral(claims, row)) throw notFound('Referral');
      return;
    case 'system':
      throw forbidden();
  }
}

/** The columns a rule's claim effect sets (see `TransitionRule.claim`). */
function claimChanges(rule: TransitionRule, now: Date, claimTimeoutMs: number, taker: string | null): Partial<typeof referrals.$inferInsert> {
  switch (rule.claim) {
    case 'take':
      if (!taker) throw forbidden('Only a member organisation named in the token can claim.');
      return { organizationId: taker, claimedAt: now, claimExpiresAt: new Date(now.getTime() + claimTimeoutMs) };
    case 'drop':
      return { organizationId: null, claimedAt: null, claimExpiresAt: null };
    case 'settle':
      return { claimExpiresAt: null };
    default:
      return {};
  }
}

async function applyUpdate(
  tx: Queryable,
  row: ReferralRow,
  action: keyof typeof TRANSITIONS,
  input: { reason: string | null; outcome?: Outcome | null; preAid?: PreAidAssessment | undefined },
  actor: { actor: string; actorRole: string; actorOrganizationId: string | null },
  config: CivilAffairsConfig,
  now: Date,
  /** The organisation that takes the referral when the rule's claim effect is `take`. */
  taker: string | null = null,
): Promise<ReferralRow> {
  const rule: TransitionRule = TRANSITIONS[action];
  const changes: Partial<typeof referrals.$inferInsert> = {
    status: rule.to,
    statusReason: input.reason,
    updatedAt: now,
    version: row.version + 1,
  };
  Object.assign(changes, claimChanges(rule, now, config.claimTimeoutMs, taker));
  if (rule.outcome) changes.outcome = input.outcome ?? null;
  // The row is locked; the version guard only documents the optimistic check.
  const [updated] = await tx
    .update(referrals)
    .set(changes)
    .where(and(eq(referrals.id, row.id), eq(referrals.version, row.version)))
    .returning();
  if (!updated) throw conflict('The referral changed meanwhile; reload it and try again.');
  // The need follows its referral in the same transaction (docs/civil-affairs.md, "Need lifecycle").
  if (movesNeed(row.status, updated.status)) await settleNeeds(tx, [row.needId]);
  await record(tx, [{ row: updated, from: row.status, action, reason: input.reason, preAid: input.preAid }], actor, now);
  return updated;
}

/** The most recent pre-aid check of a household and programme young enough for a request, if any. */
async function latestCheck(q: Queryable, config: CivilAffairsConfig, row: ReferralRow, now: Date): Promise<PreAidCheckRow | undefined> {
  const since = new Date(now.getTime() - config.preAidCheckMaxAgeMs);
  const [check] = await q
    .select()
    .from(preAidChecks)
    .where(and(eq(preAidChecks.householdId, row.householdId), eq(preAidChecks.programme, row.programme), gte(preAidChecks.checkedAt, since), lte(preAidChecks.checkedAt, now)))
    .orderBy(desc(preAidChecks.checkedAt))
    .limit(1);
  return check;
}

function checkRequired(config: CivilAffairsConfig) {
  const days = Math.round(config.preAidCheckMaxAgeMs / 86_400_000);
  return domainError(
    ErrorCode.INVALID_TRANSITION,
    `Run the pre-aid check for this household and programme first (one from the last ${days} days is needed).`,
    { reason: 'PRE_AID_CHECK_REQUIRED' },
  );
}

/** Before a request: a consent covering the recipients, and the recent pre-aid check it was judged by. */
async function checkRequestPreconditions(
  tx: Queryable,
  config: CivilAffairsConfig,
  row: ReferralRow,
  now: Date,
  preAid: PreAidAssessment | undefined,
): Promise<void> {
  // A withdrawal committing after this read still cancels the referral: it waits for this row's lock.
  const [consent] = await tx.select().from(consents).where(eq(consents.id, row.consentId));
  if (!consent || !consentAllowsReferral(consent, row.directedToOrganizationId, now)) {
    throw domainError(
      ErrorCode.CONSENT_REQUIRED,
      'The household has no active consent to referral covering its recipients: record a consent first.',
    );
  }
  const check = await latestCheck(tx, config, row, now);
  if (!check) throw checkRequired(config);
  // Judged before the transaction (the owners were asked then); a newer check run meanwhile is judged anew.
  if (!preAid || preAid.checkId !== check.id) {
    throw conflict('A newer pre-aid check was recorded meanwhile; request the referral again.');
  }
  await tx.update(referrals).set({ preAidCheckId: check.id }).where(eq(referrals.id, row.id));
}

/**
 * DRAFT → REQUESTED, within means (量力而行): the referral's need must have a gap, and the most recent pre-aid
 * check is judged with what charity and services hold now (asked of them as the caller, before the
 * transaction, so no row lock waits on another service). A verdict of OVER_CAP or SAME_PROGRAMME_ACTIVE blocks
 * the request unless a civil-affairs officer gives `overrideReason`; the verdict and the override are kept
 * in the referral's history. Charity or services not answering gives no verdict, and nothing is written.
 */
export async function requestReferral(
  context: Pick<CivilAffairsContext, 'db' | 'config' | 'claims' | 'loaders' | 'preAidSources' | 'callerToken'>,
  args: { id: string; reason?: string | null; overrideReason?: string | null },
  now = new Date(),
): Promise<ReferralRow> {
  const { db, config, claims } = context;
  if (!isUuid(args.id)) throw notFound('Referral');
  const overrideReason = cleanText(args.overrideReason, 'overrideReason', false);
  if (overrideReason && !hasRole(claims, 'civil_officer')) {
    throw forbidden('Only a civil-affairs officer may override a pre-aid verdict.');
  }
  const [row] = await db.select().from(referrals).where(eq(referrals.id, args.id));
  if (!row || !canSeeHousehold(claims, row)) throw notFound('Referral');
  // Any other state is answered by the transition itself (INVALID_TRANSITION), with nothing asked of anyone.
  if (!(TRANSITIONS.request as TransitionRule).from.includes(row.status)) return transitionReferral(db, config, claims, row.id, 'request', { reason: args.reason ?? null }, now);
  // The need is read directly, not through its loader: the request moves it to REFERRED, and the answer must
  // show the need as it is after the transaction, not a copy cached before it.
  const [[need], check] = await Promise.all([
    db.select({ gapFen: needs.gapFen }).from(needs).where(eq(needs.id, row.needId)),
    latestCheck(db, config, row, now),
  ]);
  if (!need || need.gapFen <= 0) throw noGap();
  let preAid: PreAidAssessment | undefined;
  if (check) {
    const [owners, aid] = await Promise.all([
      context.preAidSources.gather(check, context.callerToken),
      context.loaders.aidByHousehold.load(check.householdId),
    ]);
    const { verdict, explanation } = assessPreAid(check, aid, owners.charityAid, owners.servicesReceived);
    if (BLOCKING_VERDICTS.has(verdict) && !overrideReason) {
      throw domainError(
        ErrorCode.INVALID_TRANSITION,
        `The pre-aid verdict is ${verdict}: ${explanation} A civil-affairs officer may request it anyway with overrideReason.`,
        { reason: verdict },
      );
    }
    if (!BLOCKING_VERDICTS.has(verdict) && overrideReason) {
      throw badInput(`The pre-aid verdict is ${verdict}: there is nothing to override; leave overrideReason out.`, 'overrideReason');
    }
    preAid = { checkId: check.id, verdict, overrideReason };
  }
  return transitionReferral(db, config, claims, row.id, 'request', { reason: args.reason ?? null, preAid }, now);
}

/** A need whose gap is zero: government aid covers it, there is nothing to refer. */
function noGap() {
  return domainError(ErrorCode.INVALID_TRANSITION, 'The need has no gap left for charity to cover; it cannot be referred.', { reason: 'NO_GAP' });
}

async function checkClaimPreconditions(tx: Queryable, claims: Claims, row: ReferralRow, now: Date): Promise<void> {
  const [consent] = await tx.select().from(consents).where(eq(consents.id, row.consentId));
  const organization = actingOrganization(claims);
  if (!consent || !organization || !consentCoversRecipient(consent, organization, now)) {
    throw domainError(ErrorCode.CONSENT_REQUIRED, "The household's consent does not cover your organisation; it cannot claim this referral.");
  }
}

/**
 * Returns claims not accepted in time to the pool: one conditional UPDATE (rows accepted meanwhile no longer
 * match `status = 'RECEIVED'`), their transitions and outbox events, in one transaction. Run on a timer by
 * main.ts and callable from tests with a chosen `now`.
 */
export async function releaseExpiredClaims(db: Database, now = new Date(), limit = 500): Promise<number> {
  return db.transaction(async (tx) => {
    const due = tx
      .select({ id: referrals.id })
      .from(referrals)
      .where(and(eq(referrals.status, 'RECEIVED'), lte(referrals.claimExpiresAt, now)))
      .limit(limit);
    const released = await tx
      .update(referrals)
      .set({
        status: TRANSITIONS.expire.to,
        ...claimChanges(TRANSITIONS.expire, now, 0, null),
        statusReason: 'The claim was not accepted in time.',
        updatedAt: now,
        version: sql`${referrals.version} + 1`,
      })
      .where(and(inArray(referrals.id, due), eq(referrals.status, 'RECEIVED'), lte(referrals.claimExpiresAt, now)))
      .returning();
    await record(
      tx,
      released.map((row) => ({ row, from: 'RECEIVED' as const, action: 'expire' as const, reason: row.statusReason })),
      SYSTEM_ACTOR,
      now,
    );
    return released.length;
  });
}

/** Cancels every open referral depending on a consent, in the caller's transaction. */
export async function cancelReferralsOfConsent(tx: Queryable, consentId: string, claims: Claims, now: Date): Promise<ReferralRow[]> {
  const before = await tx
    .select({ id: referrals.id, status: referrals.status })
    .from(referrals)
    .where(and(eq(referrals.consentId, consentId), inArray(referrals.status, [...ReferralStates.open])))
    .for('update');
  if (before.length === 0) return [];
  const reason = 'The household withdrew its consent.';
  const cancelled = await tx
    .update(referrals)
    .set({ status: 'CANCELLED', statusReason: reason, claimExpiresAt: null, updatedAt: now, version: sql`${referrals.version} + 1` })
    .where(inArray(referrals.id, before.map((r) => r.id)))
    .returning();
  await settleNeeds(tx, cancelled.map((row) => row.needId));
  const fromById = new Map(before.map((r) => [r.id, r.status]));
  await record(
    tx,
    cancelled.map((row) => ({ row, from: fromById.get(row.id)!, action: 'consentWithdrawn' as const, reason })),
    actorOf(claims),
    now,
  );
  return cancelled;
}

/** Creates a referral in DRAFT with its first transition and event. */
export async function createReferral(
  db: Database,
  claims: Claims,
  input: { needId: string; consentId: string; directedToOrganizationId?: string | null; note?: string | null },
  now = new Date(),
): Promise<ReferralRow> {
  if (!isCivilStaff(claims)) throw forbidden();
  const note = cleanText(input.note, 'note', false);
  return db.transaction(async (tx) => {
    const [visible] = await tx.select().from(needs).where(eq(needs.id, input.needId));
    if (!visible || !canSeeHousehold(claims, visible)) throw notFound('Need');
    // FOR SHARE: a concurrent withdrawal waits, then sees (and cancels) this referral. Lock order consent →
    // need, as in a withdrawal (consent → referrals → needs), so the two cannot deadlock.
    const [consent] = await tx.select().from(consents).where(eq(consents.id, input.consentId)).for('share');
    if (!consent || consent.householdId !== visible.householdId) throw notFound('Consent');
    const [need] = await tx.select().from(needs).where(eq(needs.id, visible.id)).for('update');
    if (!need) throw notFound('Need');
    if (need.gapFen <= 0) throw noGap();
    if (!consentAllowsReferral(consent, input.directedToOrganizationId ?? null, now)) {
      throw domainError(ErrorCode.CONSENT_REQUIRED, 'The consent is not active for referral to this recipient: record a new consent first.');
    }
    const [open] = await tx
      .select({ id: referrals.id })
      .from(referrals)
      .where(and(eq(referrals.needId, need.id), inArray(referrals.status, [...ReferralStates.open])))
      .limit(1);
    if (open) throw conflict('This need already has an open referral.');
    const [row] = await tx
      .insert(referrals)
      .values({
        needId: need.id,
        householdId: need.householdId,
        consentId: consent.id,
        villageCode: need.villageCode,
        programme: need.programme,
        status: 'DRAFT',
        directedToOrganizationId: input.directedToOrganizationId ?? null,
        statusReason: note,
        createdBy: claims.sub,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await record(tx, [{ row: row!, from: null, action: 'create', reason: note }], actorOf(claims), now);
    return row!;
  });
}
