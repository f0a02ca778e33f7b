import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import type { CivilAffairsContext } from '../context.js';
import { Household } from './Household.js';
import { Person } from './Person.js';
import { Query } from './Query.js';

export const resolvers = { Query, Household, Person } as unknown as GraphQLResolverMap<CivilAffairsContext>;
