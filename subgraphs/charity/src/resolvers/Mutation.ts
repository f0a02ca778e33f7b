import { recordDisbursement } from '../disbursements.js';
import { recordDonation } from '../donations.js';
import { addResource, recordQualification, registerOrganization } from '../organizations.js';
import { createProject, transitionProject, updateProject } from '../projects.js';
import type { MutationResolvers } from '../generated/graphql.js';
import { recordCommendation } from '../commendations.js';
import { establishFund } from '../funds.js';
import { publishSupervisionResult, recordSupervisionVisit, reportSupervisionFollowUp } from '../supervision.js';
import { closeSupportAward, recordSupportAward, reportSupportDelivery } from '../support.js';

export const Mutation = {
  registerCharityOrganization: (_, args, context) =>
    registerOrganization(context.db, args.input),
  recordOrganizationQualification: (_, args, context) =>
    recordQualification(context.db, args.input),
  addCharityResource: (_, args, context) =>
    addResource(context.db, context.claims, args.input),
  createCharityProject: (_, args, context) =>
    createProject(context.db, context.claims, args.input),
  updateCharityProject: (_, args, context) =>
    updateProject(context.db, context.claims, args.id, args.expectedVersion, args.input),
  submitCharityProject: (_, args, context) =>
    transitionProject(context.db, context.claims, args.id, 'SUBMIT'),
  approveCharityProject: (_, args, context) =>
    transitionProject(context.db, context.claims, args.id, 'APPROVE'),
  rejectCharityProject: (_, args, context) =>
    transitionProject(context.db, context.claims, args.id, 'REJECT', args.reason),
  closeCharityProject: (_, args, context) =>
    transitionProject(context.db, context.claims, args.id, 'CLOSE', args.reason),
  establishCharityFund: (_, args, context) =>
    establishFund(context.db, context.claims, args.input),
  recordSupportAward: (_, args, context) =>
    recordSupportAward(context.db, context.claims, args.input),
  reportSupportDelivery: (_, args, context) =>
    reportSupportDelivery(context.db, context.claims, args.input),
  closeSupportAward: (_, args, context) =>
    closeSupportAward(context.db, context.claims, args.id, args.outcome, args.reason),
  recordCommendation: (_, args, context) =>
    recordCommendation(context.db, context.claims, args.input),
  recordSupervisionVisit: (_, args, context) =>
    recordSupervisionVisit(context.db, context.claims, args.input),
  reportSupervisionFollowUp: (_, args, context) =>
    reportSupervisionFollowUp(context.db, context.claims, args.visitId, args.report),
  publishSupervisionResult: (_, args, context) =>
    publishSupervisionResult(context.db, context.claims, args.visitId),
  recordDonation: (_, args, context) =>
    recordDonation(context.db, context.claims, args.input),
  recordDisbursement: (_, args, context) =>
    recordDisbursement(context.db, context.claims, args.input, context.referralSync, context.logger),
} satisfies MutationResolvers;
