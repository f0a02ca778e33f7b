import type { Outcome } from '@aid/shared/domain/vocabulary.js';
import { badInput, notFound } from '@aid/shared/errors/domain-errors.js';
import { isUuid } from '@aid/shared/domain/ids.js';
import type { CivilAffairsContext } from '../context.js';
import { submitPerson } from '../person-registration.js';
import { createReferral, requestReferral, transitionReferral, type TRANSITIONS } from '../referral-workflow.js';
import { recordConsent, withdrawConsent } from '../consent-registry.js';
import { addHouseholdCategory, recordAid, registerHousehold } from '../households.js';
import { recordNeed } from '../needs.js';
import { runPreAidCheck } from '../pre-aid-checks.js';
import type { MutationResolvers } from '../generated/graphql.js';
import { delegate } from '@aid/shared/runtime/subgraph.js';

function transition(action: keyof typeof TRANSITIONS) {
  return (_: unknown, args: { id: string; reason?: string | null; outcome?: Outcome | null }, context: CivilAffairsContext) => {
    if (!isUuid(args.id)) throw notFound('Referral');
    return transitionReferral(context.db, context.config, context.claims, args.id, action, { reason: args.reason ?? null, outcome: args.outcome ?? null });
  };
}


export const Mutation = {
  registerHousehold: delegate(registerHousehold),

  /** The answer never tells whether the ID number is registered elsewhere (see person-registration.ts). */
  addPerson: (_, { input }, context) =>
    submitPerson(context.db, context.claims, input),

  addHouseholdCategory: delegate(addHouseholdCategory),
  recordAid: delegate(recordAid),
  recordNeed: delegate(recordNeed),
  recordConsent: delegate(recordConsent),
  withdrawConsent: delegate(withdrawConsent),
  runPreAidCheck: delegate(runPreAidCheck),

  async createReferral(_, { input }, context) {
    if (!isUuid(input.needId)) throw notFound('Need');
    if (!isUuid(input.consentId)) throw notFound('Consent');
    if (input.directedToOrganizationId && !isUuid(input.directedToOrganizationId)) {
      throw badInput('directedToOrganizationId must be an organisation id.', 'directedToOrganizationId');
    }
    return createReferral(context.db, context.claims, input);
  },

  requestReferral: (_, args, context) => requestReferral(context, args),
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
} satisfies MutationResolvers;
