/**
 * The portability check: a second router (Hive Gateway, configured by scripts/hive-gateway-config.ts) serving
 * the committed supergraph unchanged must give the same answers as this gateway, for queries of every kind
 * of caller, anonymous included, and refuse what this gateway refuses. Run by `npm run bench` (first, or
 * alone with `-- --portability`); prints a pass/fail table.
 */
import { readFileSync } from 'node:fs';
import { demoId } from '@aid/shared/demo/ids.js';
import { REPO_ROOT } from '@aid/shared/runtime/paths.js';
import { mintToken, type DevKeys } from '@aid/shared/security/auth.js';
import { DEMO_ORG, DEMO_REGION } from '@aid/shared/demo/dev-identities.js';

/** The provincial system's feed page, as its trusted-document manifest holds it. */
const FEED_PAGE = (JSON.parse(readFileSync(`${REPO_ROOT}gateway/trusted-documents.json`, 'utf8')) as { operations: { name: string; body: string }[] }).operations.find(
  (o) => o.name === 'ProvincialReferralFeedPage',
)!.body;

interface Case {
  caller: string;
  what: string;
  query: string;
  variables?: Record<string, unknown>;
  token?: string;
  /** A refusal: both routers must return no data for the field and an error. */
  refused?: string;
  /** Served by this gateway only, by design: the other router must be refused. */
  oursOnly?: string;
}

async function cases(keys: DevKeys): Promise<Case[]> {
  const officer = await mintToken(keys.privateJwk, { role: 'civil_officer', region: DEMO_REGION.civil_officer!, expiresIn: '1h' });
  const org = await mintToken(keys.privateJwk, { role: 'charity_org', org: DEMO_ORG.charity_org!, expiresIn: '1h' });
  const professional = await mintToken(keys.privateJwk, { role: 'professional', expiresIn: '1h' });
  const province = await mintToken(keys.privateJwk, { role: 'provincial_system', expiresIn: '1h' });
  return [
    {
      caller: 'county officer',
      what: 'a household across three subgraphs',
      token: officer,
      query: `query($id: ID!) { household(id: $id) { id countyName members { maskedName age } charityAid { programme amountFen } servicesReceived { programme hours } } }`,
      variables: { id: demoId('household', 0) },
    },
    {
      caller: 'county officer',
      what: 'referral dashboard (W1, 10 rows)',
      token: officer,
      query: `{ referrals(first: 10) { edges { node { id status need { gapFen } household { townName } claimedBy { name } fundings { amountFen } serviceRecords { hours } } } } }`,
    },
    {
      caller: 'charity organisation',
      what: 'the referral pool (policy charity_member)',
      token: org,
      query: `{ referralPool(first: 10) { edges { node { referralId programme gapFen priority townName } } } }`,
    },
    {
      caller: 'charity organisation',
      what: 'its own organisation and projects',
      token: org,
      query: `query($id: ID!) { charityOrganization(id: $id) { id name } }`,
      variables: { id: DEMO_ORG.charity_org },
    },
    {
      caller: 'professional',
      what: 'service records of assigned cases',
      token: professional,
      query: `{ serviceRecords(first: 10) { edges { node { id serviceType hours referral { id } } } } }`,
    },
    {
      caller: 'provincial system',
      what: 'referral feed page (its trusted document; only through this gateway, by design)',
      token: province,
      query: FEED_PAGE,
      variables: { first: 20 },
      oursOnly: 'referralEvents',
    },
    {
      caller: 'anonymous',
      what: 'published projects with their organisation',
      query: `{ charityProjects(first: 10) { edges { node { id name programme raisedFen organization { name } } } } }`,
    },
    {
      caller: 'anonymous',
      what: 'published micro-wishes',
      query: `{ publishedMicroWishes(first: 10) { edges { node { id publicTitle category valueFen } } } }`,
    },
    {
      caller: 'anonymous',
      what: 'a household is refused',
      query: `query($id: ID!) { household(id: $id) { id members { maskedName } } }`,
      variables: { id: demoId('household', 0) },
      refused: 'household',
    },
    {
      caller: 'charity organisation',
      what: "a household's members are refused",
      token: org,
      query: `query($id: ID!) { household(id: $id) { id members { fullName } } }`,
      variables: { id: demoId('household', 0) },
      refused: 'household',
    },
  ];
}

async function ask(url: string, c: Case): Promise<{ data?: Record<string, unknown> | null; errors?: { message: string }[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(c.token ? { authorization: `Bearer ${c.token}` } : {}) },
    body: JSON.stringify({ query: c.query, variables: c.variables ?? {} }),
  });
  return (await response.json()) as never;
}

/** Hive's answers against ours for every case; a table row each. */
export async function runPortabilityCheck(options: { ours: string; hive: string; keys: DevKeys; print: (line: string) => void }) {
  const { print } = options;
  print('| caller | query | this gateway | Hive Gateway | result |');
  print('|---|---|---|---|---|');
  let passed = 0;
  const all = await cases(options.keys);
  for (const c of all) {
    const [ours, hive] = await Promise.all([ask(options.ours, c), ask(options.hive, c)]);
    const describe = (a: typeof ours) => {
      const rows = JSON.stringify(a.data ?? null).match(/"id"|"referralId"|"sequence"/g)?.length ?? 0;
      return `${a.data && Object.values(a.data).some((v) => v !== null) ? `data (${rows} ids)` : 'no data'}${a.errors?.length ? `, ${a.errors.length} error(s)` : ''}`;
    };
    let ok: boolean;
    if (c.oursOnly) {
      ok = !ours.errors?.length && (ours.data?.[c.oursOnly] ?? null) !== null && (hive.data?.[c.oursOnly] ?? null) === null && (hive.errors?.length ?? 0) > 0;
    } else if (c.refused) {
      const none = (a: typeof ours) => (a.data?.[c.refused!] ?? null) === null && (a.errors?.length ?? 0) > 0;
      ok = none(ours) && none(hive);
    } else {
      ok = !ours.errors?.length && !hive.errors?.length && JSON.stringify(ours.data) === JSON.stringify(hive.data) && JSON.stringify(ours.data).length > 20;
    }
    if (ok) passed += 1;
    print(`| ${c.caller} | ${c.what} | ${describe(ours)} | ${describe(hive)} | ${ok ? 'pass' : '**FAIL**'} |`);
    if (!ok) print(`|  | | ${JSON.stringify(ours).slice(0, 160)} | ${JSON.stringify(hive).slice(0, 160)} | |`);
  }
  print(`\n${passed} of ${all.length} cases pass.`);
  return { passed, total: all.length };
}
