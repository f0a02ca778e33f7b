import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { demoId } from '@aid/shared/demo/ids.js';
import type { GatewayContext } from './context.js';

/** The query the Sandbox opens with: a demo household joined across all three subgraphs. */
export const SANDBOX_FIRST_QUERY = `# A household of Haishu district (海曙区) with what charity and services gave it.
# Put a token in the Authorization header first (Bearer <token>): for this household, a Haishu officer's
#   npm run token -- --role civil_officer
# (other roles: npm run token -- --role <role>).
query FirstLook {
  household(id: "${demoId('household', 0)}") {
    countyName
    townName
    eligibility { eligible reasons { basis category applies explanation } }
    members { maskedName maskedPhone age isMinor }
    referrals { status programme }
    charityAid { programme amountFen disbursedOn }
    servicesReceived { programme serviceType hours }
  }
}
`;

/**
 * What a browser gets at /graphql: the Sandbox opened on the first query when `sandbox` is on (development),
 * nothing otherwise. The page is the same for everyone who can reach the gateway, so it never embeds a
 * token: a developer mints one (`npm run token`) and pastes it into the Authorization header.
 */
export function landingPagePlugin(sandbox: boolean): ApolloServerPlugin<GatewayContext> {
  // Landing-page plugins are context-agnostic (typed for BaseContext).
  return (
    sandbox ? ApolloServerPluginLandingPageLocalDefault({ embed: true, document: SANDBOX_FIRST_QUERY, footer: false }) : ApolloServerPluginLandingPageDisabled()
  ) as ApolloServerPlugin<GatewayContext>;
}
