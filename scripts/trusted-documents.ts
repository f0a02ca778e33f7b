/**
 * Writes gateway/trusted-documents.json (an Apollo persisted query manifest) from the documents agreed with
 * machine clients below: `npm run trusted-documents`. Ids are the sha256 of each body, as the format asks.
 */
import { writeFileSync } from 'node:fs';
import { parse } from 'graphql';
import { manifestId, TRUSTED_DOCUMENTS_FILE } from '../gateway/src/trusted-documents.js';

/** The provincial aid information system (省大救助信息系统): the referral feed, its aid outcomes and the indicators. */
const DOCUMENTS: Record<string, string> = {
  ProvincialReferralFeed: `query($after: String) { referralEvents(after: $after) {
            events { sequence referralId householdId townCode programme action fromStatus status organizationId outcome }
            endCursor hasMore
          } }`,
  ProvincialReferralFeedPage: `query ProvincialReferralFeedPage($after: String, $first: Int) {
  referralEvents(after: $after, first: $first) {
    events { sequence cursor referralId needId householdId townCode programme action fromStatus status organizationId outcome reason occurredAt }
    endCursor
    hasMore
  }
}`,
  // The feed with the aid outcomes joined through the graph: civil-affairs' referral, charity's
  // fundings, services' records and feedback. Non-personal fields only: no household, no notes, no donors.
  ProvincialReferralOutcomes: `query ProvincialReferralOutcomes($after: String, $first: Int) {
  referralEvents(after: $after, first: $first) {
    events {
      sequence
      cursor
      referralId
      townCode
      programme
      action
      status
      outcome
      occurredAt
      referral {
        id
        status
        programme
        outcome
        createdAt
        updatedAt
        need { programme subType gapFen priority }
        fundings { id programme amountFen purpose disbursedOn project { id name programme } organization { id } }
        serviceRecords { id programme serviceType startedAt endedAt hours outcome }
        feedback { respondentType satisfaction needMet recordedAt }
      }
    }
    endCursor
    hasMore
  }
}`,
  ProvincialIndicators: `query ProvincialIndicators($from: String, $to: String, $countyCode: String) {
  referralIndicators(from: $from, to: $to, countyCode: $countyCode) {
    from
    to
    countyCode
    minimumGroupSize
    byProgramme { programme suppressed created requested claimed completed failed cancelled completionRate medianHoursToClaim p90HoursToClaim gapCoveredFen }
    byCounty { countyCode countyName suppressed created requested claimed completed failed cancelled completionRate medianHoursToClaim p90HoursToClaim gapCoveredFen }
  }
}`,
};

const operations = Object.entries(DOCUMENTS).map(([name, body]) => {
  parse(body); // refuses a document that is not valid GraphQL
  return { id: manifestId(body), name, type: 'query', body };
});
writeFileSync(TRUSTED_DOCUMENTS_FILE, `${JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations }, null, 2)}\n`);
console.log(`Wrote ${operations.length} trusted documents.`);
