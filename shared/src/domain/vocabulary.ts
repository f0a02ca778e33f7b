/**
 * Vocabulary shared by all three subgraphs. The GraphQL enums of the same names (docs/contracts.md) list
 * exactly these values in every subgraph that uses them.
 */

/** The eight programmes (八大善扶工程). */
export const PROGRAMMES = [
  'HOUSING', // 善居
  'EDUCATION', // 善学
  'MEDICAL', // 善医
  'EMPLOYMENT', // 善业
  'ELDERLY_CARE', // 善养
  'PSYCHOLOGICAL', // 善解
  'MICRO_WISH', // 善领
  'BASIC_ASSISTANCE', // 善助
] as const;
export type Programme = (typeof PROGRAMMES)[number];

/** Referral states: the HL7 FHIR SDOH (Gravity) Task workflow with a claim step. */
export const REFERRAL_STATUSES = [
  'DRAFT',
  'REQUESTED',
  'RECEIVED',
  'ACCEPTED',
  'IN_PROGRESS',
  'ON_HOLD',
  'COMPLETED',
  'FAILED',
  'REJECTED',
  'CANCELLED',
  'ENTERED_IN_ERROR',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/**
 * The named sets of referral states, each defined once. Every rule that asks "is this referral open /
 * being worked / claimed" reads one of these.
 */
export const ReferralStates = {
  /** Not yet ended: a consent withdrawal cancels these. */
  open: new Set<ReferralStatus>(['DRAFT', 'REQUESTED', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD']),
  /** In the pool or with an organisation: the need counts as referred. */
  working: new Set<ReferralStatus>(['REQUESTED', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD']),
  /** Accepted by the holding organisation, which works the case: it may see consented fields, pay, assign. */
  accepted: new Set<ReferralStatus>(['ACCEPTED', 'IN_PROGRESS', 'ON_HOLD']),
  /** Claimed by an organisation at some point (held now, or ended while held). */
  claimed: new Set<ReferralStatus>(['RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'FAILED']),
  /** Ended: no further transition but ENTERED_IN_ERROR corrections. */
  ended: new Set<ReferralStatus>(['COMPLETED', 'FAILED', 'REJECTED', 'CANCELLED', 'ENTERED_IN_ERROR']),
} as const satisfies Record<string, ReadonlySet<ReferralStatus>>;

/** How a referral or a service ended. */
export const OUTCOMES = [
  'GOT_HELP',
  'PARTLY_HELPED',
  'COULD_NOT_CONTACT',
  'NOT_ELIGIBLE',
  'NO_CAPACITY',
  'DECLINED',
  'REFERRED_ELSEWHERE',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Largest single amount in fen that GraphQL `Int` carries (about 21.47 million CNY). */
export const MAX_FEN = 2_147_483_647;
