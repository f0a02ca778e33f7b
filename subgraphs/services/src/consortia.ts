/**
 * Administration of the consortia (助联体): setting one up for a region, the county's brand (一地一品), an
 * organisation entering one (入驻), service sites. Who may do each is in `src/access.ts`.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '@aid/shared/database/database.js';
import { todayInChina } from '@aid/shared/domain/calendar.js';
import { optionalId, requireId } from '@aid/shared/domain/input.js';
import { isNingboCounty, regionCodeArgument, regionLevel, townName } from '@aid/shared/domain/regions.js';
import { badInput, conflict, forbidden, notFound } from '@aid/shared/errors/domain-errors.js';
import { actingOrganization } from '@aid/shared/security/claims.js';
import { mayManageConsortium, maySetUpConsortium } from './access.js';
import type { ServicesContext } from './context.js';
import { consortia, consortiumMembers, serviceLocations, type ConsortiumMemberRow, type ConsortiumRow } from './db/schema.js';
import { optionalWorkText, requirePastDay, requireWorkText } from './input.js';

const TIER_OF = { county: 'COUNTY', town: 'TOWN', village: 'VILLAGE' } as const;

/** A region code of Ningbo (a county, one of its towns, or a village of such a town), else BAD_USER_INPUT. */
export function requireNingboRegion(code: string, field: string): string {
  const level = regionLevel(code);
  regionCodeArgument(code, field, ['county', 'town', 'village']);
  const known = level === 'county' ? isNingboCounty(code) : townName(code.slice(0, 9)) !== undefined;
  if (!known) throw badInput(`${field} must be a region code within Ningbo.`, field);
  return code;
}

/** The region codes of a consortium and the tiers above it (county, town, village prefixes of its code). */
function regionAndAbove(regionCode: string): string[] {
  return [6, 9, 12].filter((length) => length <= regionCode.length).map((length) => regionCode.slice(0, length));
}

/**
 * Which of the organisations are members of a consortium or of a consortium above it (a county member works in
 * the county's towns and villages too). Membership is the fact services owns about an organisation (charity
 * owns the organisation itself), so registrations, meetings and trainings lean on it. One statement.
 */
export async function membersOfConsortiumOrAbove(
  db: Queryable,
  organizationIds: readonly string[],
  consortium: { regionCode: string },
): Promise<Set<string>> {
  if (organizationIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ organizationId: consortiumMembers.organizationId })
    .from(consortiumMembers)
    .innerJoin(consortia, eq(consortia.id, consortiumMembers.consortiumId))
    .where(and(inArray(consortiumMembers.organizationId, [...organizationIds]), inArray(consortia.regionCode, regionAndAbove(consortium.regionCode))));
  return new Set(rows.map((row) => row.organizationId));
}

/**
 * Refuses organisations that are not members of the consortium or of one above it (BAD_USER_INPUT on `field`,
 * naming the write that fixes it).
 */
export async function requireMembers(db: Queryable, organizationIds: readonly string[], consortium: { regionCode: string }, field: string): Promise<void> {
  const members = await membersOfConsortiumOrAbove(db, organizationIds, consortium);
  if (organizationIds.some((id) => !members.has(id))) {
    throw badInput(`${field}: every organisation must be a member of the consortium or of one above it; record its entry first (admitOrganization).`, field);
  }
}

/**
 * The consortium a write names, if the caller may administer it (`may`); NOT_FOUND otherwise, as for an unknown
 * id (not allowed and not found look the same).
 */
export async function consortiumForWrite(db: Queryable, id: string, may: (consortium: ConsortiumRow) => boolean): Promise<ConsortiumRow> {
  const [consortium] = await db.select().from(consortia).where(eq(consortia.id, id));
  if (!consortium || !may(consortium)) throw notFound('Consortium');
  return consortium;
}

const requireBrand = (brand: string) => requireWorkText(brand, 'brand', { min: 2, max: 40 });

export async function createConsortium(
  context: ServicesContext,
  { input }: { input: { regionCode: string; title: string; establishedOn: string; brand?: string | null } },
): Promise<ConsortiumRow> {
  const regionCode = requireNingboRegion(input.regionCode.trim(), 'regionCode');
  const tier = TIER_OF[regionLevel(regionCode)!];
  const title = requireWorkText(input.title, 'title', { min: 2, max: 60 });
  const establishedOn = requirePastDay(input.establishedOn, 'establishedOn', todayInChina());
  const brand = input.brand === null || input.brand === undefined ? null : requireBrand(input.brand);
  if (brand !== null && tier !== 'COUNTY') throw badInput('brand is the county consortium\'s (一地一品): leave it out for a town or village.', 'brand');
  // The region is no secret (consortia are public), so a region outside the officer's is plainly refused.
  if (!maySetUpConsortium(context.claims, regionCode)) throw forbidden('Your region does not cover this region.');
  return context.db.transaction(async (tx) => {
    let parentId: string | null = null;
    if (tier !== 'COUNTY') {
      const parentCode = regionCode.slice(0, tier === 'TOWN' ? 6 : 9);
      const [parent] = await tx.select({ id: consortia.id }).from(consortia).where(eq(consortia.regionCode, parentCode));
      if (!parent) throw badInput('Set up the consortium of the region above first.', 'regionCode');
      parentId = parent.id;
    }
    const [created] = await tx
      .insert(consortia)
      .values({ tier, regionCode, title, parentId, brand, establishedOn, createdBySubject: context.claims.sub })
      .onConflictDoNothing({ target: consortia.regionCode })
      .returning();
    if (!created) throw conflict('This region already has a consortium.');
    return created;
  });
}

export async function setConsortiumBrand(context: ServicesContext, args: { consortiumId: string; brand?: string | null }): Promise<ConsortiumRow> {
  const consortiumId = requireId(args.consortiumId, 'consortiumId');
  const brand = args.brand === null || args.brand === undefined ? null : requireBrand(args.brand);
  const consortium = await consortiumForWrite(context.db, consortiumId, (c) => maySetUpConsortium(context.claims, c.regionCode));
  if (consortium.tier !== 'COUNTY') throw badInput('Only a county consortium carries a brand (一地一品).', 'consortiumId');
  const [updated] = await context.db.update(consortia).set({ brand }).where(eq(consortia.id, consortium.id)).returning();
  return updated!;
}

export async function admitOrganization(
  context: ServicesContext,
  {
    input,
  }: { input: { consortiumId: string; organizationId: string; role?: ConsortiumMemberRow['role'] | null; joinedOn: string; description?: string | null } },
): Promise<ConsortiumMemberRow> {
  const consortiumId = requireId(input.consortiumId, 'consortiumId');
  const organizationId = requireId(input.organizationId, 'organizationId');
  const joinedOn = requirePastDay(input.joinedOn, 'joinedOn', todayInChina());
  const description = optionalWorkText(input.description, 'description');
  const role = input.role ?? 'MEMBER';
  const consortium = await consortiumForWrite(context.db, consortiumId, (c) => mayManageConsortium(context.claims, c));
  if (joinedOn < consortium.establishedOn) throw badInput('joinedOn cannot be before the consortium was established.', 'joinedOn');
  return context.db.transaction(async (tx) => {
    if (role === 'LEAD') {
      const [lead] = await tx
        .select({ organizationId: consortiumMembers.organizationId })
        .from(consortiumMembers)
        .where(and(eq(consortiumMembers.consortiumId, consortiumId), eq(consortiumMembers.role, 'LEAD')));
      if (lead) throw conflict('This consortium already has a lead organisation.');
    }
    const [member] = await tx
      .insert(consortiumMembers)
      .values({ consortiumId, organizationId, role, joinedOn, description, recordedBySubject: context.claims.sub })
      // The primary key (one entry per organisation) and the one-lead index both end here: a lost race is a conflict.
      .onConflictDoNothing()
      .returning();
    if (!member) throw conflict('This organisation is already a member of the consortium, or it has a lead already.');
    return member;
  });
}

/** Ningbo lies within these bounds (WGS 84): a site outside them is a typing error. */
const LATITUDE = [28.8, 30.5] as const;
const LONGITUDE = [120.8, 122.5] as const;

function optionalCoordinate(value: number | null | undefined, field: string, [min, max]: readonly [number, number]): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value) || value < min || value > max) throw badInput(`${field} must be within Ningbo, from ${min} to ${max}.`, field);
  return value;
}

export async function addServiceLocation(
  context: ServicesContext,
  {
    input,
  }: { input: { consortiumId: string; title: string; description?: string | null; regionCode: string; latitude?: number | null; longitude?: number | null } },
) {
  const consortiumId = requireId(input.consortiumId, 'consortiumId');
  const title = requireWorkText(input.title, 'title', { min: 2, max: 60 });
  const description = optionalWorkText(input.description, 'description');
  const regionCode = requireNingboRegion(input.regionCode.trim(), 'regionCode');
  const latitude = optionalCoordinate(input.latitude, 'latitude', LATITUDE);
  const longitude = optionalCoordinate(input.longitude, 'longitude', LONGITUDE);
  const consortium = await consortiumForWrite(context.db, consortiumId, (c) => mayManageConsortium(context.claims, c));
  if (!regionCode.startsWith(consortium.regionCode)) throw badInput("regionCode must be the consortium's region or one within it.", 'regionCode');
  const [location] = await context.db
    .insert(serviceLocations)
    .values({ consortiumId, title, description, regionCode, latitude, longitude })
    .returning();
  return location!;
}

/**
 * The organisation a registration is for: the caller's own (`charity_org`; naming another is NOT_FOUND, as
 * an organisation the caller cannot act for), or the one the federation names (required then).
 */
export function registeringOrganization(context: ServicesContext, organizationId: string | null | undefined, required: boolean): string | null {
  const named = optionalId(organizationId, 'organizationId');
  const own = actingOrganization(context.claims);
  if (own !== null) {
    if (named !== null && named !== own) throw notFound('Organisation');
    return own;
  }
  if (named === null && required) throw badInput('organizationId is required: name the organisation the registration is for.', 'organizationId');
  return named;
}
