import type { EnvReader } from '@aid/shared/runtime/config.js';
import { MAX_FEN, PROGRAMMES, type Programme } from '@aid/shared/domain/vocabulary.js';

/** The civil-affairs subgraph's own settings (validated at startup by main.ts). */
export interface CivilAffairsConfig {
  /** A claim not accepted within this time returns to the pool. */
  claimTimeoutMs: number;
  /** How often main.ts sweeps expired claims back to the pool. */
  claimSweepIntervalMs: number;
  /** A referral may be requested only with a pre-aid check of its household and programme this recent. */
  preAidCheckMaxAgeMs: number;
  /** Cap per programme in fen: aid of the programme from all sources in a window stays below it (量力而行). */
  programmeCapsFen: Record<Programme, number>;
  /** Indicator groups with fewer referrals than this are suppressed (small-count disclosure control). */
  indicatorMinCount: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Default caps per programme, in fen (e.g. 善医 100,000 CNY, 善领 micro-wishes 1,000 CNY). */
export const DEFAULT_PROGRAMME_CAPS_FEN: Record<Programme, number> = {
  HOUSING: 5_000_000,
  EDUCATION: 2_000_000,
  MEDICAL: 10_000_000,
  EMPLOYMENT: 1_000_000,
  ELDERLY_CARE: 1_000_000,
  PSYCHOLOGICAL: 500_000,
  MICRO_WISH: 100_000,
  BASIC_ASSISTANCE: 500_000,
};

export const DEFAULT_CONFIG: CivilAffairsConfig = {
  claimTimeoutMs: 72 * HOUR,
  claimSweepIntervalMs: 60_000,
  preAidCheckMaxAgeMs: 30 * DAY,
  programmeCapsFen: DEFAULT_PROGRAMME_CAPS_FEN,
  indicatorMinCount: 5,
};

/**
 * Reads CIVIL_AFFAIRS_CLAIM_TIMEOUT_MINUTES, CIVIL_AFFAIRS_CLAIM_SWEEP_SECONDS,
 * CIVIL_AFFAIRS_PRE_AID_CHECK_MAX_AGE_DAYS, CIVIL_AFFAIRS_INDICATOR_MIN_COUNT and CIVIL_AFFAIRS_CAP_<PROGRAMME>_FEN (e.g. CIVIL_AFFAIRS_CAP_MEDICAL_FEN).
 * Problems are collected by the reader; the caller calls `reader.done()`.
 */
export function civilAffairsConfigFromEnv(reader: EnvReader): CivilAffairsConfig {
  const caps = {} as Record<Programme, number>;
  for (const programme of PROGRAMMES) {
    caps[programme] = reader.int(`CIVIL_AFFAIRS_CAP_${programme}_FEN`, DEFAULT_PROGRAMME_CAPS_FEN[programme], { min: 1, max: MAX_FEN });
  }
  return {
    claimTimeoutMs: reader.int('CIVIL_AFFAIRS_CLAIM_TIMEOUT_MINUTES', DEFAULT_CONFIG.claimTimeoutMs / 60_000, { min: 1, max: 60 * 24 * 90 }) * 60_000,
    claimSweepIntervalMs: reader.int('CIVIL_AFFAIRS_CLAIM_SWEEP_SECONDS', DEFAULT_CONFIG.claimSweepIntervalMs / 1000, { min: 1, max: 86_400 }) * 1000,
    preAidCheckMaxAgeMs: reader.int('CIVIL_AFFAIRS_PRE_AID_CHECK_MAX_AGE_DAYS', DEFAULT_CONFIG.preAidCheckMaxAgeMs / DAY, { min: 1, max: 365 }) * DAY,
    programmeCapsFen: caps,
    indicatorMinCount: reader.int('CIVIL_AFFAIRS_INDICATOR_MIN_COUNT', DEFAULT_CONFIG.indicatorMinCount, { min: 2, max: 1000 }),
  };
}
