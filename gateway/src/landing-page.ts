import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { demoId } from '@aid/shared/demo/ids.js';
import type { ExplorerKind } from './config.js';
import type { GatewayContext } from './context.js';

/** The query the explorer (and the Sandbox) opens with: a demo household joined across all three subgraphs. */
export const FIRST_QUERY = `# A household of Haishu district (海曙区) with what charity and services gave it.
# Put a token in the Authorization header first (Bearer <token>): for this household, a Haishu officer's
#   npm run token -- --role civil_officer
# (other roles: npm run token -- --role <role>; in development, on this machine, the explorer's
# "Dev token" picker puts one in the Headers tab for you).
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
 * The landing page for the chosen explorer. `graphiqlHtml` is the self-hosted explorer's page (see
 * `explorer/page.ts`). Every page is the same for everyone who can reach the gateway, so none embeds a token.
 */
export function landingPagePlugin(explorer: ExplorerKind, graphiqlHtml?: string): ApolloServerPlugin<GatewayContext> {
  if (explorer === 'graphiql') {
    if (graphiqlHtml === undefined) throw new Error('The self-hosted explorer needs its page.');
    return {
      async serverWillStart() {
        return { async renderLandingPage() { return { html: graphiqlHtml }; } };
      },
    };
  }
  // Apollo's landing-page plugins are context-agnostic (typed for BaseContext).
  return (
    explorer === 'sandbox' ? ApolloServerPluginLandingPageLocalDefault({ embed: true, document: FIRST_QUERY, footer: false }) : ApolloServerPluginLandingPageDisabled()
  ) as ApolloServerPlugin<GatewayContext>;
}
