import type { Resolvers } from '../generated/graphql.js';
import { CharityOrganization, CharityQualification } from './CharityOrganization.js';
import { CharityProject, FundraisingPlan, ProjectTransition, PublicDonor } from './CharityProject.js';
import { CharityFund } from './CharityFund.js';
import { Commendation } from './Commendation.js';
import { CharityAidItem, Disbursement } from './Disbursement.js';
import { Donation } from './Donation.js';
import { Household } from './Household.js';
import { Mutation } from './Mutation.js';
import { Need } from './Need.js';
import { PreAidCheck } from './PreAidCheck.js';
import { ProjectOperationRow } from './ProjectOperationRow.js';
import { Query } from './Query.js';
import { Referral } from './Referral.js';
import { SupervisionVisit } from './SupervisionVisit.js';
import { SupportAward } from './SupportAward.js';

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
  CharityFund,
  SupportAward,
  Commendation,
  SupervisionVisit,
  ProjectOperationRow,
} satisfies Resolvers;
