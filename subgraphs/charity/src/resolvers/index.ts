import type { Resolvers } from '../generated/graphql.js';
import { CharityOrganization, CharityQualification } from './CharityOrganization.js';
import { CharityProject, FundraisingPlan, ProjectTransition, PublicDonor } from './CharityProject.js';
import { CharityAidItem, Disbursement } from './Disbursement.js';
import { Donation } from './Donation.js';
import { Household } from './Household.js';
import { Mutation } from './Mutation.js';
import { Need } from './Need.js';
import { PreAidCheck } from './PreAidCheck.js';
import { Query } from './Query.js';
import { Referral } from './Referral.js';

export const resolvers = {
  Query,
  Mutation,
  CharityOrganization,
  CharityQualification,
  CharityProject,
  FundraisingPlan,
  ProjectTransition,
  PublicDonor,
  Donation,
  Disbursement,
  CharityAidItem,
  Household,
  PreAidCheck,
  Referral,
  Need,
} satisfies Resolvers;
