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

/** Referral states: the HL7 FHIR SDOH (Gravity) Task workflow with a claim step (DESIGN section 3). */
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
