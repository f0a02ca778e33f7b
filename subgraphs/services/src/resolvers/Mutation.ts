import { assignCase, recordService } from '../cases.js';
import { recordFeedback } from '../feedback.js';
import { cancelMicroWish, claimMicroWish, collectMicroWish, confirmMicroWish, deliverMicroWish } from '../micro-wishes.js';
import { addPsychologicalFileEntry, openPsychologicalFile } from '../psychological-files.js';
import { linkVolunteerToHousehold, registerVolunteer } from '../volunteers.js';
import type { MutationResolvers } from '../generated/graphql.js';
import { delegate } from '@aid/shared/runtime/subgraph.js';


/** The services subgraph's writes: each resolver hands its arguments to the domain module that owns the write. */
export const Mutation = {
  assignCase: delegate(assignCase),
  recordService: delegate(recordService),
  openPsychologicalFile: delegate(openPsychologicalFile),
  addPsychologicalFileEntry: delegate(addPsychologicalFileEntry),
  collectMicroWish: delegate(collectMicroWish),
  claimMicroWish: delegate(claimMicroWish),
  deliverMicroWish: delegate(deliverMicroWish),
  confirmMicroWish: delegate(confirmMicroWish),
  cancelMicroWish: delegate(cancelMicroWish),
  recordFeedback: delegate(recordFeedback),
  registerVolunteer: delegate(registerVolunteer),
  linkVolunteerToHousehold: delegate(linkVolunteerToHousehold),
} satisfies MutationResolvers;
