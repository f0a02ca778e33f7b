import type { Programme } from '@aid/shared/domain/vocabulary.js';
import type { AidRecordRow, PreAidCheckRow } from './db/schema.js';

/** The programme each kind of government aid counts against in the pre-aid check. */
export const AID_TYPE_PROGRAMME: Record<AidRecordRow['type'], Programme> = {
  ALLOWANCE: 'BASIC_ASSISTANCE',
  EXTREME_POVERTY_SUPPORT: 'BASIC_ASSISTANCE',
  TEMPORARY_AID: 'BASIC_ASSISTANCE',
  MEDICAL: 'MEDICAL',
  EDUCATION: 'EDUCATION',
  HOUSING: 'HOUSING',
  EMPLOYMENT_ASSISTANCE: 'EMPLOYMENT',
};

export interface CharityAidItem {
  programme: Programme;
  amountFen: number;
}
export interface ServiceReceivedItem {
  programme: Programme;
  hours: number;
}

export type PreAidVerdict = 'NONE' | 'SAME_PROGRAMME_ACTIVE' | 'OVER_CAP';

/** Government aid whose period overlaps the check's window (cancelled aid does not exist; suspended counts). */
export function aidInWindow(aid: readonly AidRecordRow[], check: Pick<PreAidCheckRow, 'windowStart' | 'windowEnd'>): AidRecordRow[] {
  return aid.filter((record) => record.periodStart <= check.windowEnd && record.periodEnd >= check.windowStart);
}

/**
 * The pre-aid verdict (救前查询, help each once, within means). For the check's programme:
 * aid in the window from government and charity together reaching the programme's cap is OVER_CAP; any
 * aid or service of the programme in the window is SAME_PROGRAMME_ACTIVE; otherwise NONE.
 */
export function assessPreAid(
  check: Pick<PreAidCheckRow, 'programme' | 'windowStart' | 'windowEnd' | 'capFen'>,
  governmentAid: readonly AidRecordRow[],
  charityAid: readonly CharityAidItem[],
  servicesReceived: readonly ServiceReceivedItem[],
): { verdict: PreAidVerdict; explanation: string } {
  const government = aidInWindow(governmentAid, check)
    .filter((record) => AID_TYPE_PROGRAMME[record.type] === check.programme)
    .reduce((sum, record) => sum + record.amountFen, 0);
  const charity = charityAid.filter((item) => item.programme === check.programme).reduce((sum, item) => sum + item.amountFen, 0);
  const hours = servicesReceived.filter((item) => item.programme === check.programme).reduce((sum, item) => sum + item.hours, 0);
  const total = government + charity;
  const amounts = `government ${government} fen + charity ${charity} fen = ${total} fen against a cap of ${check.capFen} fen; ${hours} service hour(s)`;
  if (total >= check.capFen) {
    return { verdict: 'OVER_CAP', explanation: `${check.programme} aid from all sources reaches the cap: ${amounts}.` };
  }
  if (total > 0 || hours > 0) {
    return { verdict: 'SAME_PROGRAMME_ACTIVE', explanation: `${check.programme} already helps the household in the window: ${amounts}.` };
  }
  return { verdict: 'NONE', explanation: `No ${check.programme} aid or service in the window: ${amounts}.` };
}
