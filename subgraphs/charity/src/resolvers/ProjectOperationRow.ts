import type { CharityContext } from '../context.js';
import type { ProjectOperationRowResolvers } from '../generated/graphql.js';
import type { OperationRow } from '../indicators.js';

export const ProjectOperationRow = {
  // Only published and closed projects are counted, so every project here is public.
  project: (row: OperationRow, _: unknown, context: CharityContext) => (row.projectId ? context.loaders.projectById.load(row.projectId) : null),
  organization: (row: OperationRow, _: unknown, context: CharityContext) =>
    row.organizationId ? context.loaders.organizationById.load(row.organizationId) : null,
} satisfies ProjectOperationRowResolvers;
