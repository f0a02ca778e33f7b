import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import type { CivilAffairsContext } from '../context.js';
import { AidRecord, AccessLogEntry, HouseholdCategory, ReferralEvent } from './records.js';
import { Consent } from './Consent.js';
import { Household } from './Household.js';
import { Mutation } from './Mutation.js';
import { Need } from './Need.js';
import { Person } from './Person.js';
import { PreAidCheck } from './PreAidCheck.js';
import { Query } from './Query.js';
import { Referral, ReferralTransition } from './Referral.js';

export const resolvers = {
  Query,
  Mutation,
  Household,
  HouseholdCategory,
  Person,
  AidRecord,
  Need,
  Consent,
  Referral,
  ReferralTransition,
  ReferralEvent,
  PreAidCheck,
  AccessLogEntry,
} as unknown as GraphQLResolverMap<CivilAffairsContext>;
