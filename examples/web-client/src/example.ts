/**
 * What a frontend page does with the typed documents: the public projects page (no token), and with an
 * officer's token their referral dashboard, one household's page and its pre-aid check. Enum values are shown
 * with their zh-CN labels, amounts in yuan, errors with their code and what to do.
 */
import { createAidClient, type AidError, type AidResult } from './client.js';
import { zhCN } from './labels.js';
import { HouseholdOverview, OfficerReferralDashboard, PublishedProjects, RunPreAidCheck } from './operations.js';

export interface ExampleOptions {
  url: string;
  /** A county officer's token (`npm run token -- --role civil_officer`); without one only public pages run. */
  token?: string;
  /** The household to open; by default the one of the first referral on the dashboard. */
  householdId?: string;
  /** Where lines go (console.log by default). */
  print?: (line: string) => void;
}

/** 1,234.56 yuan from 123456 fen (money is integer fen on the wire). */
export const yuan = (fen: number) => `¥${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** One line per error: its code, the UI's message for it, whether to retry, and where. */
export function describeErrors(errors: AidError[]): string[] {
  return errors.map((e) => `  ! ${e.code}${e.path ? ` at ${e.path.join('.')}` : ''}: ${e.message}${e.retry ? ' (retry later)' : ''}`);
}

/** Runs the example pages and prints them; returns every result for whoever wants to look closer. */
export async function runExample(options: ExampleOptions) {
  const print = options.print ?? ((line: string) => console.log(line));
  const report = <T>(title: string, result: AidResult<T>) => {
    print(`\n${title}${result.errors.length ? ` (HTTP ${result.status})` : ''}`);
    for (const line of describeErrors(result.errors)) print(line);
    return result.data;
  };

  // 信息公开: anyone may see published projects, so this page sends no token.
  const anonymous = createAidClient({ url: options.url });
  const projects = await anonymous.execute(PublishedProjects, { first: 5 });
  for (const { node } of report('Published projects (信息公开)', projects)?.charityProjects.edges ?? []) {
    print(`  ${node.name} [${zhCN('Programme', node.programme)} · ${zhCN('FundraisingMode', node.fundraisingMode)}] ${node.organization.name}: raised ${yuan(node.raisedFen)} of ${yuan(node.targetFen)}, paid out ${yuan(node.disbursedFen)}`);
  }
  if (!options.token) return { projects };

  const officer = createAidClient({ url: options.url, token: options.token });
  const dashboard = await officer.execute(OfficerReferralDashboard, { first: 5 });
  const referrals = report('Referrals of my county (转介看板)', dashboard)?.referrals.edges ?? [];
  for (const { node } of referrals) {
    print(`  ${zhCN('ReferralStatus', node.status)} ${zhCN('Programme', node.programme)}/${zhCN('NeedSubType', node.need.subType)} ${node.need.townName}: gap ${yuan(node.need.gapFen)}, priority ${zhCN('NeedPriority', node.need.priority)}${node.claimedBy ? `, claimed by ${node.claimedBy.name}` : ''}`);
  }

  const householdId = options.householdId ?? referrals[0]?.node.household?.id;
  if (!householdId) return { projects, dashboard };
  const household = await officer.execute(HouseholdOverview, { id: householdId });
  const page = report(`Household ${householdId}`, household)?.household;
  if (page) {
    print(`  ${page.countyName} ${page.townName}, ${page.size ?? '?'} people; ${page.categories.map((c) => zhCN('AidCategory', c.category)).join('、') || 'no aid category'}`);
    for (const member of page.members) print(`  ${zhCN('Relation', member.relation)} ${member.maskedName}, ${member.age}`);
    for (const aid of page.aidRecords) print(`  ${zhCN('AidType', aid.type)} ${yuan(aid.amountFen)} (${zhCN('AidStatus', aid.status)})`);
  }

  // 救前查询 over the last year, for the programme of the household's first referral (善医 if it has none).
  // Days are calendar days in China Standard Time (UTC+8), as the graph counts them.
  const chinaDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
  const today = chinaDay(Date.now());
  const yearAgo = chinaDay(Date.now() - 365 * 86_400_000);
  const programme = page?.referrals[0]?.programme ?? 'MEDICAL';
  const check = await officer.execute(RunPreAidCheck, { householdId, programme, windowStart: yearAgo, windowEnd: today });
  const verdict = report(`Pre-aid check (救前查询), ${zhCN('Programme', programme)}, ${yearAgo}..${today}`, check)?.runPreAidCheck;
  if (verdict) {
    print(`  verdict: ${verdict.verdict ? zhCN('PreAidVerdict', verdict.verdict) : 'unknown'} (cap ${yuan(verdict.capFen)})`);
    for (const aid of verdict.governmentAid) print(`  government: ${zhCN('AidType', aid.type)} ${yuan(aid.amountFen)}`);
    for (const aid of verdict.charityAid ?? []) print(`  charity: ${aid.organization.name} ${zhCN('DisbursementPurpose', aid.purpose)} ${yuan(aid.amountFen)}`);
    for (const service of verdict.servicesReceived ?? []) print(`  services: ${zhCN('ServiceType', service.serviceType)} ${service.hours} h`);
  }
  return { projects, dashboard, household, check };
}
