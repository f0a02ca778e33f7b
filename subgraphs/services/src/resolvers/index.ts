import type { Resolvers } from '../generated/graphql.js';
import { CharityOrganization } from './CharityOrganization.js';
import { Feedback } from './Feedback.js';
import { Household } from './Household.js';
import { MicroWish, MicroWishEvent } from './MicroWish.js';
import { AgendaItem, FollowUpAction, Meeting, MeetingAttendee, MeetingDecision } from './Meeting.js';
import { Mutation } from './Mutation.js';
import { Need } from './Need.js';
import { PreAidCheck } from './PreAidCheck.js';
import { CaseAssignment, Professional } from './Professional.js';
import { PsychologicalFile, PsychologicalFileEntry, PsychologicalFileHandover } from './PsychologicalFile.js';
import { Query } from './Query.js';
import { Referral } from './Referral.js';
import { Service, ServiceAtLocation, ServiceLocation } from './Service.js';
import { ConsortiumMember, ServiceConsortium } from './ServiceConsortium.js';
import { ServiceReceivedItem, ServiceRecord } from './ServiceRecord.js';
import { Training } from './Training.js';
import { Volunteer } from './Volunteer.js';
import { VolunteerTeam, VolunteerTeamMembership } from './VolunteerTeam.js';

export const resolvers = {
  Query,
  Mutation,
  ServiceConsortium,
  ConsortiumMember,
  Service,
  ServiceLocation,
  ServiceAtLocation,
  Professional,
  CaseAssignment,
  Volunteer,
  VolunteerTeam,
  VolunteerTeamMembership,
  ServiceRecord,
  ServiceReceivedItem,
  PsychologicalFile,
  PsychologicalFileEntry,
  PsychologicalFileHandover,
  Meeting,
  MeetingAttendee,
  AgendaItem,
  MeetingDecision,
  FollowUpAction,
  Training,
  MicroWish,
  MicroWishEvent,
  Feedback,
  Household,
  PreAidCheck,
  Referral,
  Need,
  CharityOrganization,
} satisfies Resolvers;
