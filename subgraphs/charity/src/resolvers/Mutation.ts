import { recordDisbursement } from '../disbursements.js';
import { recordDonation } from '../donations.js';
import { addResource, recordQualification, registerOrganization } from '../organizations.js';
import { createProject, transitionProject, updateProject } from '../projects.js';
import type { MutationResolvers } from '../generated/graphql.js';

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
  recordDonation: (_, args, context) =>
    recordDonation(context.db, context.claims, args.input),
  recordDisbursement: (_, args, context) =>
    recordDisbursement(context.db, context.claims, args.input, context.referralSync, context.logger),
} satisfies MutationResolvers;
