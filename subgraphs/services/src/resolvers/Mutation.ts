import type { ServicesContext } from '../context.js';
import { assignCase, recordService } from '../cases.js';
import { recordFeedback } from '../feedback.js';
import { cancelMicroWish, claimMicroWish, collectMicroWish, confirmMicroWish, deliverMicroWish } from '../micro-wishes.js';
import { addServiceLocation, admitOrganization, createConsortium, setConsortiumBrand } from '../consortia.js';
import { addAgendaItem, recordMeetingDecision, scheduleMeeting, updateFollowUpAction } from '../coordination.js';
import { registerProfessional, setProfessionalActive } from '../professionals.js';
import { addPsychologicalFileEntry, closePsychologicalFile, openPsychologicalFile, reassignPsychologicalFile } from '../psychological-files.js';
import { recordTraining, recordTrainingAttendance } from '../trainings.js';
import { createVolunteerTeam, linkVolunteerToHousehold, registerVolunteer } from '../volunteers.js';

/** A resolver that hands its arguments and context to the domain function that owns the write. */
const delegate =
  <Args, Result>(write: (context: ServicesContext, args: Args) => Result) =>
  (_: unknown, args: Args, context: ServicesContext): Result =>
    write(context, args);

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
  createConsortium: delegate(createConsortium),
  setConsortiumBrand: delegate(setConsortiumBrand),
  admitOrganization: delegate(admitOrganization),
  addServiceLocation: delegate(addServiceLocation),
  registerProfessional: delegate(registerProfessional),
  setProfessionalActive: delegate(setProfessionalActive),
  createVolunteerTeam: delegate(createVolunteerTeam),
  closePsychologicalFile: delegate(closePsychologicalFile),
  reassignPsychologicalFile: delegate(reassignPsychologicalFile),
  scheduleMeeting: delegate(scheduleMeeting),
  addAgendaItem: delegate(addAgendaItem),
  recordMeetingDecision: delegate(recordMeetingDecision),
  updateFollowUpAction: delegate(updateFollowUpAction),
  recordTraining: delegate(recordTraining),
  recordTrainingAttendance: delegate(recordTrainingAttendance),
};
