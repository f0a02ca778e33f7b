/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query OfficerReferralDashboard($first: Int = 10, $after: String, $status: ReferralStatus) {\n    referrals(first: $first, after: $after, filter: { status: $status }) {\n      edges {\n        node {\n          id\n          status\n          programme\n          updatedAt\n          household {\n            id\n          }\n          need {\n            subType\n            priority\n            gapFen\n            townName\n          }\n          claimedBy {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OfficerReferralDashboardDocument,
    "\n  query HouseholdOverview($id: ID!) {\n    household(id: $id) {\n      id\n      countyName\n      townName\n      size\n      categories {\n        category\n      }\n      members {\n        maskedName\n        relation\n        age\n      }\n      aidRecords {\n        type\n        programme\n        amountFen\n        status\n      }\n      referrals {\n        id\n        status\n        programme\n      }\n    }\n  }\n": typeof types.HouseholdOverviewDocument,
    "\n  mutation RunPreAidCheck($householdId: ID!, $programme: Programme!, $windowStart: String!, $windowEnd: String!) {\n    runPreAidCheck(householdId: $householdId, programme: $programme, windowStart: $windowStart, windowEnd: $windowEnd) {\n      id\n      programme\n      verdict\n      explanation\n      capFen\n      governmentAid {\n        type\n        programme\n        amountFen\n      }\n      charityAid {\n        programme\n        amountFen\n        purpose\n        organization {\n          name\n        }\n      }\n      servicesReceived {\n        programme\n        serviceType\n        hours\n      }\n    }\n  }\n": typeof types.RunPreAidCheckDocument,
    "\n  query PublishedProjects($first: Int = 10, $programme: Programme) {\n    charityProjects(first: $first, filter: { status: PUBLISHED, programme: $programme }) {\n      edges {\n        node {\n          id\n          name\n          programme\n          fundraisingMode\n          status\n          targetFen\n          raisedFen\n          disbursedFen\n          organization {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PublishedProjectsDocument,
};
const documents: Documents = {
    "\n  query OfficerReferralDashboard($first: Int = 10, $after: String, $status: ReferralStatus) {\n    referrals(first: $first, after: $after, filter: { status: $status }) {\n      edges {\n        node {\n          id\n          status\n          programme\n          updatedAt\n          household {\n            id\n          }\n          need {\n            subType\n            priority\n            gapFen\n            townName\n          }\n          claimedBy {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OfficerReferralDashboardDocument,
    "\n  query HouseholdOverview($id: ID!) {\n    household(id: $id) {\n      id\n      countyName\n      townName\n      size\n      categories {\n        category\n      }\n      members {\n        maskedName\n        relation\n        age\n      }\n      aidRecords {\n        type\n        programme\n        amountFen\n        status\n      }\n      referrals {\n        id\n        status\n        programme\n      }\n    }\n  }\n": types.HouseholdOverviewDocument,
    "\n  mutation RunPreAidCheck($householdId: ID!, $programme: Programme!, $windowStart: String!, $windowEnd: String!) {\n    runPreAidCheck(householdId: $householdId, programme: $programme, windowStart: $windowStart, windowEnd: $windowEnd) {\n      id\n      programme\n      verdict\n      explanation\n      capFen\n      governmentAid {\n        type\n        programme\n        amountFen\n      }\n      charityAid {\n        programme\n        amountFen\n        purpose\n        organization {\n          name\n        }\n      }\n      servicesReceived {\n        programme\n        serviceType\n        hours\n      }\n    }\n  }\n": types.RunPreAidCheckDocument,
    "\n  query PublishedProjects($first: Int = 10, $programme: Programme) {\n    charityProjects(first: $first, filter: { status: PUBLISHED, programme: $programme }) {\n      edges {\n        node {\n          id\n          name\n          programme\n          fundraisingMode\n          status\n          targetFen\n          raisedFen\n          disbursedFen\n          organization {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PublishedProjectsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerReferralDashboard($first: Int = 10, $after: String, $status: ReferralStatus) {\n    referrals(first: $first, after: $after, filter: { status: $status }) {\n      edges {\n        node {\n          id\n          status\n          programme\n          updatedAt\n          household {\n            id\n          }\n          need {\n            subType\n            priority\n            gapFen\n            townName\n          }\n          claimedBy {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql.js').OfficerReferralDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdOverview($id: ID!) {\n    household(id: $id) {\n      id\n      countyName\n      townName\n      size\n      categories {\n        category\n      }\n      members {\n        maskedName\n        relation\n        age\n      }\n      aidRecords {\n        type\n        programme\n        amountFen\n        status\n      }\n      referrals {\n        id\n        status\n        programme\n      }\n    }\n  }\n"): typeof import('./graphql.js').HouseholdOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunPreAidCheck($householdId: ID!, $programme: Programme!, $windowStart: String!, $windowEnd: String!) {\n    runPreAidCheck(householdId: $householdId, programme: $programme, windowStart: $windowStart, windowEnd: $windowEnd) {\n      id\n      programme\n      verdict\n      explanation\n      capFen\n      governmentAid {\n        type\n        programme\n        amountFen\n      }\n      charityAid {\n        programme\n        amountFen\n        purpose\n        organization {\n          name\n        }\n      }\n      servicesReceived {\n        programme\n        serviceType\n        hours\n      }\n    }\n  }\n"): typeof import('./graphql.js').RunPreAidCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedProjects($first: Int = 10, $programme: Programme) {\n    charityProjects(first: $first, filter: { status: PUBLISHED, programme: $programme }) {\n      edges {\n        node {\n          id\n          name\n          programme\n          fundraisingMode\n          status\n          targetFen\n          raisedFen\n          disbursedFen\n          organization {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PublishedProjectsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
