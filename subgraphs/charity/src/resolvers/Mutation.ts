import type { CharityContext } from '../context.js';
import { recordDisbursement, type RecordDisbursementInput } from '../disbursements.js';
import { recordDonation, type RecordDonationInput } from '../donations.js';
import {
  addResource,
  recordQualification,
  registerOrganization,
  type AddResourceInput,
  type RecordQualificationInput,
  type RegisterOrganizationInput,
} from '../organizations.js';
import { recordCommendation, type RecordCommendationInput } from '../commendations.js';
import { establishFund, type EstablishFundInput } from '../funds.js';
import {
  publishSupervisionResult,
  recordSupervisionVisit,
  reportSupervisionFollowUp,
  type RecordSupervisionVisitInput,
} from '../supervision.js';
import {
  closeSupportAward,
  recordSupportAward,
  reportSupportDelivery,
  type RecordSupportAwardInput,
  type ReportSupportDeliveryInput,
} from '../support.js';
import { createProject, transitionProject, updateProject, type ProjectInput } from '../projects.js';

export const Mutation = {
  registerCharityOrganization: (_: unknown, args: { input: RegisterOrganizationInput }, context: CharityContext) =>
    registerOrganization(context.db, args.input),
  recordOrganizationQualification: (_: unknown, args: { input: RecordQualificationInput }, context: CharityContext) =>
    recordQualification(context.db, args.input),
  addCharityResource: (_: unknown, args: { input: AddResourceInput }, context: CharityContext) =>
    addResource(context.db, context.claims, args.input),
  createCharityProject: (_: unknown, args: { input: ProjectInput }, context: CharityContext) =>
    createProject(context.db, context.claims, args.input),
  updateCharityProject: (_: unknown, args: { id: string; expectedVersion: number; input: ProjectInput }, context: CharityContext) =>
    updateProject(context.db, context.claims, args.id, args.expectedVersion, args.input),
  submitCharityProject: (_: unknown, args: { id: string }, context: CharityContext) =>
    transitionProject(context.db, context.claims, args.id, 'SUBMIT'),
  approveCharityProject: (_: unknown, args: { id: string }, context: CharityContext) =>
    transitionProject(context.db, context.claims, args.id, 'APPROVE'),
  rejectCharityProject: (_: unknown, args: { id: string; reason: string }, context: CharityContext) =>
    transitionProject(context.db, context.claims, args.id, 'REJECT', args.reason),
  closeCharityProject: (_: unknown, args: { id: string; reason: string }, context: CharityContext) =>
    transitionProject(context.db, context.claims, args.id, 'CLOSE', args.reason),
  establishCharityFund: (_: unknown, args: { input: EstablishFundInput }, context: CharityContext) =>
    establishFund(context.db, context.claims, args.input),
  recordSupportAward: (_: unknown, args: { input: RecordSupportAwardInput }, context: CharityContext) =>
    recordSupportAward(context.db, context.claims, args.input),
  reportSupportDelivery: (_: unknown, args: { input: ReportSupportDeliveryInput }, context: CharityContext) =>
    reportSupportDelivery(context.db, context.claims, args.input),
  closeSupportAward: (_: unknown, args: { id: string; outcome: 'COMPLETED' | 'TERMINATED'; reason: string }, context: CharityContext) =>
    closeSupportAward(context.db, context.claims, args.id, args.outcome, args.reason),
  recordCommendation: (_: unknown, args: { input: RecordCommendationInput }, context: CharityContext) =>
    recordCommendation(context.db, context.claims, args.input),
  recordSupervisionVisit: (_: unknown, args: { input: RecordSupervisionVisitInput }, context: CharityContext) =>
    recordSupervisionVisit(context.db, context.claims, args.input),
  reportSupervisionFollowUp: (_: unknown, args: { visitId: string; report: string }, context: CharityContext) =>
    reportSupervisionFollowUp(context.db, context.claims, args.visitId, args.report),
  publishSupervisionResult: (_: unknown, args: { visitId: string }, context: CharityContext) =>
    publishSupervisionResult(context.db, context.claims, args.visitId),
  recordDonation: (_: unknown, args: { input: RecordDonationInput }, context: CharityContext) =>
    recordDonation(context.db, context.claims, args.input),
  recordDisbursement: (_: unknown, args: { input: RecordDisbursementInput }, context: CharityContext) =>
    recordDisbursement(context.db, context.claims, args.input, context.referralSync, context.logger),
};
