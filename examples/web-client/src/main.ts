/**
 * The example client from the command line:
 *   npx tsx examples/web-client/src/main.ts [--url http://localhost:4000/graphql] [--token <jwt>] [--household <id>]
 * The token may also come from AID_TOKEN (e.g. AID_TOKEN=$(npm run -s token -- --role civil_officer)).
 */
import { parseArgs } from 'node:util';
import { runExample } from './example.js';

const USAGE =
  'Usage: npx tsx examples/web-client/src/main.ts [--url <graphql url>] [--token <jwt>] [--household <id>]\n' +
  'Without a token only the public pages run; AID_TOKEN and AID_GRAPHQL_URL may stand for --token and --url.';

let values: { url?: string; token?: string; household?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: { url: { type: 'string' }, token: { type: 'string' }, household: { type: 'string' }, help: { type: 'boolean' } },
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const token = values.token ?? process.env.AID_TOKEN;
const url = values.url ?? process.env.AID_GRAPHQL_URL ?? 'http://localhost:4000/graphql';
try {
  await runExample({ url, ...(token ? { token } : {}), ...(values.household ? { householdId: values.household } : {}) });
} catch (error) {
  // fetch rejects only when no answer came at all (the gateway is not running, a wrong host).
  console.error(`Cannot reach ${url} (${(error as Error).message}): is \`npm start\` running?`);
  process.exitCode = 1;
}
