import { assignCase, recordService } from '../cases.js';
import { recordFeedback } from '../feedback.js';
import { cancelMicroWish, claimMicroWish, collectMicroWish, confirmMicroWish, deliverMicroWish } from '../micro-wishes.js';
import { addServiceLocation, admitOrganization, createConsortium, setConsortiumBrand } from '../consortia.js';
import { addAgendaItem, recordMeetingDecision, scheduleMeeting, updateFollowUpAction } from '../coordination.js';
import { registerProfessional, setProfessionalActive } from '../professionals.js';
import { addPsychologicalFileEntry, closePsychologicalFile, openPsychologicalFile, reassignPsychologicalFile } from '../psychological-files.js';
import { recordTraining, recordTrainingAttendance } from '../trainings.js';
import { createVolunteerTeam, linkVolunteerToHousehold, registerVolunteer } from '../volunteers.js';
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
} satisfies MutationResolvers;
