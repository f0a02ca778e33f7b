import type { ServicesContext } from '../context.js';
import { assignCase, recordService } from '../cases.js';
import { recordFeedback } from '../feedback.js';
import { cancelMicroWish, claimMicroWish, collectMicroWish, confirmMicroWish, deliverMicroWish } from '../micro-wishes.js';
import { addPsychologicalFileEntry, openPsychologicalFile } from '../psychological-files.js';
import { linkVolunteerToHousehold, registerVolunteer } from '../volunteers.js';

/** The services subgraph's writes: each resolver hands its arguments to the domain module that owns the write. */
export const Mutation = {
  assignCase: (_: unknown, args: Parameters<typeof assignCase>[1], context: ServicesContext) => assignCase(context, args),
  recordService: (_: unknown, args: Parameters<typeof recordService>[1], context: ServicesContext) => recordService(context, args),
  openPsychologicalFile: (_: unknown, args: Parameters<typeof openPsychologicalFile>[1], context: ServicesContext) => openPsychologicalFile(context, args),
  addPsychologicalFileEntry: (_: unknown, args: Parameters<typeof addPsychologicalFileEntry>[1], context: ServicesContext) => addPsychologicalFileEntry(context, args),
  collectMicroWish: (_: unknown, args: Parameters<typeof collectMicroWish>[1], context: ServicesContext) => collectMicroWish(context, args),
  claimMicroWish: (_: unknown, args: Parameters<typeof claimMicroWish>[1], context: ServicesContext) => claimMicroWish(context, args),
  deliverMicroWish: (_: unknown, args: Parameters<typeof deliverMicroWish>[1], context: ServicesContext) => deliverMicroWish(context, args),
  confirmMicroWish: (_: unknown, args: Parameters<typeof confirmMicroWish>[1], context: ServicesContext) => confirmMicroWish(context, args),
  cancelMicroWish: (_: unknown, args: Parameters<typeof cancelMicroWish>[1], context: ServicesContext) => cancelMicroWish(context, args),
  recordFeedback: (_: unknown, args: Parameters<typeof recordFeedback>[1], context: ServicesContext) => recordFeedback(context, args),
  registerVolunteer: (_: unknown, args: Parameters<typeof registerVolunteer>[1], context: ServicesContext) => registerVolunteer(context, args),
  linkVolunteerToHousehold: (_: unknown, args: Parameters<typeof linkVolunteerToHousehold>[1], context: ServicesContext) => linkVolunteerToHousehold(context, args),
};
