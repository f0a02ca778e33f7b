/**
 * What charity and services hold of a household in a pre-aid check's window, asked of them at the moment a
 * write relies on it (量力而行: `requestReferral` is blocked by an OVER_CAP or SAME_PROGRAMME_ACTIVE verdict).
 * Each owner answers for its own rows, as the caller: the caller's own token is sent, so charity and services
 * apply their row rules for that caller exactly as they do through the gateway. A source that does not answer
 * gives no verdict (SUBGRAPH_UNAVAILABLE, retryable): nothing is written on partial data.
 */
import { domainError, ErrorCode } from '@aid/shared/errors/domain-errors.js';
import { postGraphQL, ServiceUnreachableError } from '@aid/shared/runtime/graphql-client.js';
import type { PreAidCheckRow } from './db/schema.js';
import type { CharityAidItem, ServiceReceivedItem } from './pre-aid.js';

export interface PreAidSourcesReply {
  charityAid: CharityAidItem[];
  servicesReceived: ServiceReceivedItem[];
}

export interface PreAidSources {
  /** Charity's aid and services' records in the check's window, as the caller (`token`) may read them. */
  gather(check: PreAidCheckRow, token: string | undefined): Promise<PreAidSourcesReply>;
}

export interface HttpPreAidSourcesOptions {
  /** The charity and services subgraph endpoints (or functions, for a test that starts them later). */
  charityUrl: string | (() => string);
  servicesUrl: string | (() => string);
  timeoutMs?: number;
}

const unavailable = () =>
  domainError(ErrorCode.SUBGRAPH_UNAVAILABLE, 'No verdict: charity or services data is unavailable right now; try again shortly.', {
    retryable: true,
  });

/** The same representation the gateway sends when it resolves a check's `charityAid` or `servicesReceived`. */
function representation(check: PreAidCheckRow) {
  return { __typename: 'PreAidCheck', id: check.id, householdId: check.householdId, windowStart: check.windowStart, windowEnd: check.windowEnd };
}

const CHARITY_QUERY = 'query PreAidCharityAid($r: [_Any!]!) { _entities(representations: $r) { ... on PreAidCheck { charityAid { programme amountFen } } } }';
const SERVICES_QUERY =
  'query PreAidServicesReceived($r: [_Any!]!) { _entities(representations: $r) { ... on PreAidCheck { servicesReceived { programme hours } } } }';

/** Asks charity and services over HTTP, in parallel. */
export function httpPreAidSources(options: HttpPreAidSourcesOptions): PreAidSources {
  const urlOf = (url: string | (() => string)) => (typeof url === 'function' ? url() : url);
  const ask = async <T>(url: string, query: string, field: string, check: PreAidCheckRow, token: string): Promise<T[]> => {
    try {
      const reply = await postGraphQL<{ _entities?: (Record<string, T[] | null> | null)[] }>({
        url,
        query,
        variables: { r: [representation(check)] },
        token,
        timeoutMs: options.timeoutMs ?? 5000,
      });
      const items = reply.data?._entities?.[0]?.[field];
      if (!Array.isArray(items) || reply.codes.length > 0) throw unavailable();
      return items;
    } catch (error) {
      if (error instanceof ServiceUnreachableError) throw unavailable();
      throw error;
    }
  };
  return {
    async gather(check, token) {
      // In-process calls (tests, scripts) have no token to send: no verdict without the owners.
      if (!token) throw unavailable();
      const [charityAid, servicesReceived] = await Promise.all([
        ask<CharityAidItem>(urlOf(options.charityUrl), CHARITY_QUERY, 'charityAid', check, token),
        ask<ServiceReceivedItem>(urlOf(options.servicesUrl), SERVICES_QUERY, 'servicesReceived', check, token),
      ]);
      return { charityAid, servicesReceived };
    },
  };
}

/** For a deployment or test with no charity or services to ask: every request gets no verdict. */
export const NO_PRE_AID_SOURCES: PreAidSources = {
  gather: async () => {
    throw unavailable();
  },
};
