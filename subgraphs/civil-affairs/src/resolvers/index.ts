import type { Resolvers } from '../generated/graphql.js';
import { AidRecord, AccessLogEntry, DuplicateIdReview, HouseholdCategory, ReferralEvent } from './records.js';
import { Consent } from './Consent.js';
import { Household } from './Household.js';
import { Mutation } from './Mutation.js';
import { Need, NeedCoverage } from './Need.js';
import { Person } from './Person.js';
import { PreAidCheck } from './PreAidCheck.js';
import { Query } from './Query.js';
import { Referral, ReferralTransition } from './Referral.js';
import { LapsedReferral, OfficerWorkList } from './WorkList.js';
import { ReferralIndicators } from './Indicators.js';

export const resolvers = {
  Query,
  Mutation,
  Household,
  HouseholdCategory,
  Person,
  AidRecord,
  Need,
  NeedCoverage,
  Consent,
  Referral,
  ReferralTransition,
  ReferralEvent,
  PreAidCheck,
  AccessLogEntry,
  DuplicateIdReview,
  OfficerWorkList,
  LapsedReferral,
  ReferralIndicators,
} satisfies Resolvers;
