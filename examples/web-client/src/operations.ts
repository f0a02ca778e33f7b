/**
 * The operations a frontend team writes, each with `graphql()` from the generated `gql/`: codegen reads them
 * and types each document's variables and result.
 */
import { graphql } from './gql/index.js';

/** A county officer's dashboard (转介看板): referrals of their county, a page at a time, optionally by status. */
export const OfficerReferralDashboard = graphql(`
  query OfficerReferralDashboard($first: Int = 10, $after: String, $status: ReferralStatus) {
    referrals(first: $first, after: $after, filter: { status: $status }) {
      edges {
        node {
          id
          status
          programme
          updatedAt
          household {
            id
          }
          need {
            subType
            priority
            gapFen
            townName
          }
          claimedBy {
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A household's page: who it is (masked), what it gets, and its referrals. */
export const HouseholdOverview = graphql(`
  query HouseholdOverview($id: ID!) {
    household(id: $id) {
      id
      countyName
      townName
      size
      categories {
        category
      }
      members {
        maskedName
        relation
        age
      }
      aidRecords {
        type
        programme
        amountFen
        status
      }
      referrals {
        id
        status
        programme
      }
    }
  }
`);

/** The pre-aid check (救前查询) before planning aid: what the household already gets from everyone, and a verdict. */
export const RunPreAidCheck = graphql(`
  mutation RunPreAidCheck($householdId: ID!, $programme: Programme!, $windowStart: String!, $windowEnd: String!) {
    runPreAidCheck(householdId: $householdId, programme: $programme, windowStart: $windowStart, windowEnd: $windowEnd) {
      id
      programme
      verdict
      explanation
      capFen
      governmentAid {
        type
        programme
        amountFen
      }
      charityAid {
        programme
        amountFen
        purpose
        organization {
          name
        }
      }
      servicesReceived {
        programme
        serviceType
        hours
      }
    }
  }
`);

/** The public disclosure page (信息公开), no token: published projects with what they raised and paid out. */
export const PublishedProjects = graphql(`
  query PublishedProjects($first: Int = 10, $programme: Programme) {
    charityProjects(first: $first, filter: { status: PUBLISHED, programme: $programme }) {
      edges {
        node {
          id
          name
          programme
          fundraisingMode
          status
          targetFen
          raisedFen
          disbursedFen
          organization {
            name
          }
        }
      }
    }
  }
`);
