/**
 * The example client from the command line:
 *   npx tsx examples/web-client/src/main.ts [--url http://localhost:4000/graphql] [--token <jwt>] [--household <id>]
 * The token may also come from AID_TOKEN (e.g. AID_TOKEN=$(npm run -s token -- --role civil_officer)).
 */
import { parseArgs } from 'node:util';
import { runExample } from './example.js';

const { values } = parseArgs({
  options: { url: { type: 'string' }, token: { type: 'string' }, household: { type: 'string' } },
});
const token = values.token ?? process.env.AID_TOKEN;
await runExample({
  url: values.url ?? process.env.AID_GRAPHQL_URL ?? 'http://localhost:4000/graphql',
  ...(token ? { token } : {}),
  ...(values.household ? { householdId: values.household } : {}),
});
