import { and, asc, desc, eq, gt, inArray, like, lt, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { isCalendarDay } from '@aid/shared/domain/calendar.js';
import { badInput } from '@aid/shared/errors/domain-errors.js';
import { isUuid } from '@aid/shared/domain/ids.js';
import { decodeCursor, pageSize, toConnection } from '@aid/shared/database/pagination.js';
import { ownFollowUpActions, visibleMeetings, visibleServiceRecords } from '../access.js';
import { OPEN_FOLLOW_UPS } from '../coordination.js';
import type { ServicesContext } from '../context.js';
import {
  consortia,
  followUpActions,
  meetings,
  microWishes,
  psychFiles,
  serviceOfferings,
  serviceRecords,
  trainings,
  type FollowUpActionRow,
  type MeetingRow,
  type MicroWishRow,
  type TrainingRow,
} from '../db/schema.js';
import { visibleMeeting } from './Meeting.js';
import type { Programme } from '@aid/shared/domain/vocabulary.js';
import { readablePsychFile } from './PsychologicalFile.js';
import { volunteerDeliveries } from '../micro-wishes.js';
import { visibleServiceRecord } from './ServiceRecord.js';
import { regionCodeArgument } from '@aid/shared/domain/regions.js';
import type { QueryResolvers } from '../generated/graphql.js';

interface Page {
  first?: number | null;
  after?: string | null;
}

function regionPrefix(code: string | null | undefined, field = 'regionCode'): string | null {
  return regionCodeArgument(code, field, ['county', 'town', 'village']);
}

function countyFilter(code: string | null | undefined): string | null {
  return regionCodeArgument(code, 'countyCode', ['county']);
}

/** Keyset condition for a (timestamp or day, id) order, newest first. */
function afterNewest(at: AnyColumn, id: AnyColumn, cursor: string, asDay = false): SQL {
  const [key, lastId] = decodeCursor(cursor, 2) as [string, string];
  const time = asDay ? key : new Date(key);
  const valid = asDay ? isCalendarDay(String(key)) : !Number.isNaN((time as Date).getTime());
  if (!valid || !isUuid(lastId)) throw badInput('The cursor is not valid: pass an endCursor from a previous page.', 'after');
  return or(lt(at, time), and(eq(at, time), lt(id, lastId)))!;
}

/** An optional id filter: a malformed id matches nothing (as an unknown one). */
const idFilter = (column: AnyColumn, id: string | null | undefined): SQL | null =>
  id === null || id === undefined ? null : isUuid(id) ? eq(column, id.toLowerCase()) : sql`false`;

async function microWishPage(context: ServicesContext, conditions: SQL[], page: Page) {
  const size = pageSize(page.first);
  if (page.after) conditions.push(afterNewest(microWishes.publishedAt, microWishes.id, page.after));
  const rows = await context.db
    .select()
    .from(microWishes)
    .where(and(...conditions))
    .orderBy(desc(microWishes.publishedAt), desc(microWishes.id))
    .limit(size + 1);
  for (const row of rows) context.loaders.microWishById.prime(row.id, row);
  return toConnection(rows, size, (row: MicroWishRow) => [row.publishedAt.toISOString(), row.id]);
}

export const Query = {
  consortium: (_, args, context) =>
    isUuid(args.id) ? context.loaders.consortiumById.load(args.id) : null,

  async consortia(_, args, context) {
    const size = pageSize(args.first);
    const region = regionPrefix(args.regionCode);
    const conditions: SQL[] = [];
    if (args.tier) conditions.push(eq(consortia.tier, args.tier));
    if (region) conditions.push(like(consortia.regionCode, `${region}%`));
    if (args.after) {
      const [last] = decodeCursor(args.after, 1) as [string];
      conditions.push(gt(consortia.regionCode, String(last)));
    }
    const rows = await context.db
      .select()
      .from(consortia)
      .where(and(...conditions))
      .orderBy(asc(consortia.regionCode))
      .limit(size + 1);
    for (const row of rows) context.loaders.consortiumById.prime(row.id, row);
    return toConnection(rows, size, (row) => [row.regionCode]);
  },

  async services(_, args, context) {
    const size = pageSize(args.first);
    const region = regionPrefix(args.regionCode);
    const conditions: SQL[] = [];
    if (args.programme) conditions.push(eq(serviceOfferings.programme, args.programme));
    if (region) {
      const inRegion = context.db.select({ id: consortia.id }).from(consortia).where(like(consortia.regionCode, `${region}%`));
      conditions.push(inArray(serviceOfferings.consortiumId, inRegion));
    }
    if (args.after) {
      const [title, id] = decodeCursor(args.after, 2) as [string, string];
      if (!isUuid(id)) throw badInput('The cursor is not valid: pass an endCursor from a previous page.', 'after');
      conditions.push(or(gt(serviceOfferings.title, String(title)), and(eq(serviceOfferings.title, String(title)), gt(serviceOfferings.id, id)))!);
    }
    const rows = await context.db
      .select()
      .from(serviceOfferings)
      .where(and(...conditions))
      .orderBy(asc(serviceOfferings.title), asc(serviceOfferings.id))
      .limit(size + 1);
    return toConnection(rows, size, (row) => [row.title, row.id]);
  },

  professional: (_, args, context) =>
    isUuid(args.id) ? context.loaders.professionalById.load(args.id) : null,

  myProfessionalProfile: async (_: unknown, __: unknown, context: ServicesContext) => (await context.viewer()).professional,

  volunteer: (_, args, context) =>
    isUuid(args.id) ? context.loaders.volunteerById.load(args.id) : null,

  volunteerTeam: (_, args, context) =>
    isUuid(args.id) ? context.loaders.teamById.load(args.id) : null,

  serviceRecord: (_, args, context) => visibleServiceRecord(args.id, context),

  async serviceRecords(_, args, context) {
    const size = pageSize(args.first);
    const visible = visibleServiceRecords(context.claims, await context.viewer());
    if (!visible) return toConnection([], size, () => []);
    const conditions: SQL[] = [visible];
    if (args.programme) conditions.push(eq(serviceRecords.programme, args.programme));
    if (args.after) conditions.push(afterNewest(serviceRecords.startedAt, serviceRecords.id, args.after));
    const rows = await context.db
      .select()
      .from(serviceRecords)
      .where(and(...conditions))
      .orderBy(desc(serviceRecords.startedAt), desc(serviceRecords.id))
      .limit(size + 1);
    return toConnection(rows, size, (row) => [row.startedAt.toISOString(), row.id]);
  },

  psychologicalFile: (_, args, context) => readablePsychFile(args.id, context),

  async myPsychologicalFiles(_: unknown, __: unknown, context: ServicesContext) {
    const { professional } = await context.viewer();
    if (professional?.kind !== 'PSYCHOLOGICAL_COUNSELLOR') return [];
    return context.db.select().from(psychFiles).where(eq(psychFiles.counsellorId, professional.id)).orderBy(desc(psychFiles.openedAt));
  },

  myDeliveries: (_, args, context) => volunteerDeliveries(context, args),

  microWish: (_, args, context) =>
    isUuid(args.id) ? context.loaders.microWishById.load(args.id) : null,

  publishedMicroWishes(_, args, context) {
    const county = countyFilter(args.countyCode);
    const conditions: SQL[] = [eq(microWishes.status, 'PUBLISHED')];
    if (county) conditions.push(eq(microWishes.countyCode, county));
    return microWishPage(context, conditions, args);
  },

  microWishes(_, args, context) {
    const county = countyFilter(args.countyCode);
    const conditions: SQL[] = [];
    if (args.status) conditions.push(eq(microWishes.status, args.status));
    if (county) conditions.push(eq(microWishes.countyCode, county));
    return microWishPage(context, conditions, args);
  },

  meeting: (_: unknown, args: { id: string }, context: ServicesContext) => visibleMeeting(args.id, context),

  async meetings(_: unknown, args: Page & { consortiumId?: string | null; kind?: MeetingRow['kind'] | null }, context: ServicesContext) {
    const size = pageSize(args.first);
    const visible = visibleMeetings(context.claims);
    if (!visible) return toConnection([], size, () => []);
    const conditions: SQL[] = [visible];
    const consortium = idFilter(meetings.consortiumId, args.consortiumId);
    if (consortium) conditions.push(consortium);
    if (args.kind) conditions.push(eq(meetings.kind, args.kind));
    if (args.after) conditions.push(afterNewest(meetings.scheduledAt, meetings.id, args.after));
    const rows = await context.db
      .select()
      .from(meetings)
      .where(and(...conditions))
      .orderBy(desc(meetings.scheduledAt), desc(meetings.id))
      .limit(size + 1);
    for (const row of rows) context.loaders.meetingById.prime(row.id, row);
    return toConnection(rows, size, (row: MeetingRow) => [row.scheduledAt.toISOString(), row.id]);
  },

  myFollowUpActions(_: unknown, args: { status?: FollowUpActionRow['status'] | null }, context: ServicesContext) {
    const own = ownFollowUpActions(context.claims, { officer: followUpActions.ownerOfficerSubject, organization: followUpActions.ownerOrganizationId });
    if (!own) return [];
    const statuses = args.status ? [args.status] : [...OPEN_FOLLOW_UPS];
    return context.db
      .select()
      .from(followUpActions)
      .where(and(own, inArray(followUpActions.status, statuses)))
      .orderBy(asc(followUpActions.dueOn), asc(followUpActions.id))
      .limit(500);
  },

  async trainings(_: unknown, args: Page & { consortiumId?: string | null; kind?: TrainingRow['kind'] | null }, context: ServicesContext) {
    const size = pageSize(args.first);
    const conditions: SQL[] = [];
    const consortium = idFilter(trainings.consortiumId, args.consortiumId);
    if (consortium) conditions.push(consortium);
    if (args.kind) conditions.push(eq(trainings.kind, args.kind));
    if (args.after) conditions.push(afterNewest(trainings.heldOn, trainings.id, args.after, true));
    const rows = await context.db
      .select()
      .from(trainings)
      .where(and(...conditions))
      .orderBy(desc(trainings.heldOn), desc(trainings.id))
      .limit(size + 1);
    return toConnection(rows, size, (row: TrainingRow) => [row.heldOn, row.id]);
  },
} satisfies QueryResolvers;
