import { and, desc, like, lt, or, eq } from 'drizzle-orm';
import { decodeCursor, pageSize, toConnection } from '@aid/shared/pagination.js';
import { isUuid } from '@aid/shared/ids.js';
import { badInput } from '@aid/shared/errors.js';
import { canSeeHousehold, listableRegion } from '../access.js';
import type { CivilAffairsContext } from '../context.js';
import { households } from '../db/schema.js';

export const Query = {
  async household(_: unknown, args: { id: string }, context: CivilAffairsContext) {
    if (!isUuid(args.id)) return null;
    const household = await context.loaders.householdById.load(args.id);
    return household && canSeeHousehold(context.claims, household) ? household : null;
  },

  async households(
    _: unknown,
    args: { first?: number | null; after?: string | null; regionCode?: string | null },
    context: CivilAffairsContext,
  ) {
    const size = pageSize(args.first);
    if (args.regionCode && !/^\d{6}(\d{3}(\d{3})?)?$/.test(args.regionCode)) {
      throw badInput('regionCode must be a 6-, 9- or 12-digit region code.', 'regionCode');
    }
    const region = listableRegion(context.claims, args.regionCode);
    if (region === null) return toConnection([], size, () => []);
    const conditions = [like(households.villageCode, `${region}%`)];
    if (args.after) {
      const [registeredAt, id] = decodeCursor(args.after, 2) as [string, string];
      const at = new Date(registeredAt);
      conditions.push(or(lt(households.registeredAt, at), and(eq(households.registeredAt, at), lt(households.id, id)))!);
    }
    const rows = await context.db
      .select()
      .from(households)
      .where(and(...conditions))
      .orderBy(desc(households.registeredAt), desc(households.id))
      .limit(size + 1);
    for (const row of rows) context.loaders.householdById.prime(row.id, row);
    return toConnection(rows, size, (row) => [row.registeredAt.toISOString(), row.id]);
  },
};
