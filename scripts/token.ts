/**
 * Mints a development token: npm run token -- --role civil_officer [--region 330203] [--org <id>]
 * [--scopes "a b"] [--sub <id>] [--expires 8h]. Signed with the local dev key pair (created on first use).
 */
import { parseArgs } from 'node:util';
import { loadOrCreateDevKeys, mintToken } from '@aid/shared/security/auth.js';
import { devKeysFile } from '@aid/shared/runtime/paths.js';
import { isRole, ROLES } from '@aid/shared/security/roles.js';
import { demoTokenOptions } from '@aid/shared/demo/dev-identities.js';

const USAGE = `Usage: npm run token -- --role <${ROLES.join('|')}> [--region <code>] [--org <id>] [--scopes "<s1> <s2>"] [--sub <id>] [--expires 8h]`;

let values: { role?: string; region?: string; org?: string; scopes?: string; sub?: string; expires?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      role: { type: 'string' },
      region: { type: 'string' },
      org: { type: 'string' },
      scopes: { type: 'string' },
      sub: { type: 'string' },
      expires: { type: 'string', default: '8h' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!values.role || !isRole(values.role)) {
  console.error(USAGE);
  process.exit(2);
}
const role = values.role;
const keys = await loadOrCreateDevKeys(devKeysFile());
const token = await mintToken(keys.privateJwk, {
  ...demoTokenOptions(role, { region: values.region, org: values.org }),
  expiresIn: values.expires!,
  ...(values.sub ? { sub: values.sub } : {}),
  ...(values.scopes !== undefined ? { scopes: values.scopes.split(/\s+/).filter(Boolean) } : {}),
});
console.log(token);
