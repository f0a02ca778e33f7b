import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, type CodegenConfig } from '@graphql-codegen/cli';
import type { GeneratedFile } from './generated-files.js';
import type { TypeScriptResolversPluginConfig } from '@graphql-codegen/typescript-resolvers';

/**
 * Typed resolvers for each subgraph, generated from its SDL by graphql-codegen:
 *   npm run codegen          write subgraphs/<name>/src/generated/graphql.ts (scripts/codegen.ts, with the client's files)
 *   npm run codegen:check    fail when a committed file is out of step with its schema (schema/codegen.test.ts too)
 *
 * Each subgraph gets the `Resolvers` type of its schema (federation-aware: `__resolveReference` and the keys of
 * its entities), typed with its per-request context. Mappers name what resolvers really hand on for a GraphQL
 * type, mostly the drizzle row (`../db/schema.js#HouseholdRow`), so a field resolver receives that row as its
 * parent; their paths are relative to the generated file. Enums are string unions, equal to the shared
 * vocabulary's where they share a name (checked in schema/codegen.test.ts).
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The generated file of each subgraph, and the schema it comes from. */
export const GENERATED_FILES = {
  'civil-affairs': resolve(ROOT, 'subgraphs/civil-affairs/src/generated/graphql.ts'),
  charity: resolve(ROOT, 'subgraphs/charity/src/generated/graphql.ts'),
  services: resolve(ROOT, 'subgraphs/services/src/generated/graphql.ts'),
} as const;

function subgraph(name: keyof typeof GENERATED_FILES, context: string, mappers: Record<string, string>) {
  const config: TypeScriptResolversPluginConfig & { enumsAsTypes: boolean } = {
    federation: true,
    contextType: `../context.js#${context}`,
    mappers,
    mapperTypeSuffix: 'Model',
    enumsAsTypes: true,
    useTypeImports: true,
    useIndexSignature: false,
  };
  return { schema: resolve(ROOT, `subgraphs/${name}/schema.graphql`), plugins: ['typescript', 'typescript-resolvers'], config };
}

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    [GENERATED_FILES['civil-affairs']]: {
      ...subgraph('civil-affairs', 'CivilAffairsContext', {
        Household: '../access.js#ReachedHousehold',
        Person: '../db/schema.js#PersonRow',
        HouseholdCategory: '../db/schema.js#HouseholdCategoryRow',
        AidRecord: '../db/schema.js#AidRecordRow',
        Need: '../db/schema.js#NeedRow',
        NeedCoverage: '../db/schema.js#NeedRow',
        Consent: '../db/schema.js#ConsentRow',
        Referral: '../db/schema.js#ReferralRow',
        ReferralTransition: '../db/schema.js#ReferralTransitionRow',
        ReferralEvent: '../db/schema.js#ReferralEventRow',
        PreAidCheck: '../resolvers/PreAidCheck.js#PreAidCheckParent',
        AccessLogEntry: '../db/schema.js#AccessLogRow',
        DuplicateIdReview: '../resolvers/records.js#ReviewedDuplicate',
        ReferralPoolItem: '../resolvers/Query.js#PoolEntry',
        ReferralIndicators: '../indicators.js#ReferralIndicators',
        OfficerWorkList: '../work-lists.js#WorkListScope',
        LapsedReferral: '../work-lists.js#LapsedReferralRow',
      }),
    },
    [GENERATED_FILES['charity']]: {
      ...subgraph('charity', 'CharityContext', {
        CharityOrganization: '../db/schema.js#OrganizationRow',
        CharityQualification: '../db/schema.js#QualificationRow',
        CharityResource: '../db/schema.js#ResourceRow',
        CharityProject: '../db/schema.js#ProjectRow',
        FundraisingPlan: '../db/schema.js#ProjectRow',
        ProjectTransition: '../db/schema.js#ProjectTransitionRow',
        PublicDonor: '../db/schema.js#DonationRow',
        Donation: '../db/schema.js#DonationRow',
        Disbursement: '../db/schema.js#DisbursementRow',
        CharityAidItem: '../db/schema.js#DisbursementRow',
        Need: '../resolvers/Need.js#NeedReference',
        PreAidCheck: '../resolvers/PreAidCheck.js#PreAidCheckKey',
        CharityFund: '../db/schema.js#FundRow',
        SupportAward: '../db/schema.js#SupportAwardRow',
        SupportDeliverable: '../db/schema.js#SupportDeliverableRow',
        Commendation: '../db/schema.js#CommendationRow',
        SupervisionVisit: '../db/schema.js#SupervisionVisitRow',
        ProjectOperationRow: '../indicators.js#OperationRow',
      }),
    },
    [GENERATED_FILES['services']]: {
      ...subgraph('services', 'ServicesContext', {
        ServiceConsortium: '../db/schema.js#ConsortiumRow',
        ConsortiumMember: '../db/schema.js#ConsortiumMemberRow',
        ServiceLocation: '../db/schema.js#ServiceLocationRow',
        Service: '../db/schema.js#ServiceOfferingRow',
        ServiceAtLocation: '../db/schema.js#ServiceAtLocationRow',
        Professional: '../db/schema.js#ProfessionalRow',
        CaseAssignment: '../db/schema.js#CaseAssignmentRow',
        Volunteer: '../db/schema.js#VolunteerRow',
        VolunteerTeam: '../db/schema.js#VolunteerTeamRow',
        VolunteerTeamMembership: '../db/schema.js#TeamMembershipRow',
        ServiceRecord: '../db/schema.js#ServiceRecordRow',
        ServiceReceivedItem: '../db/schema.js#ServiceRecordRow',
        PsychologicalFile: '../db/schema.js#PsychFileRow',
        PsychologicalFileEntry: '../db/schema.js#PsychFileEntryRow',
        MicroWish: '../db/schema.js#MicroWishRow',
        MicroWishEvent: '../db/schema.js#MicroWishEventRow',
        Feedback: '../db/schema.js#FeedbackRow',
        PreAidCheck: '../resolvers/PreAidCheck.js#ResolvedCheck',
        PsychologicalFileHandover: '../db/schema.js#PsychFileHandoverRow',
        Meeting: '../db/schema.js#MeetingRow',
        MeetingAttendee: '../db/schema.js#MeetingAttendeeRow',
        AgendaItem: '../db/schema.js#AgendaItemRow',
        MeetingDecision: '../db/schema.js#MeetingDecisionRow',
        FollowUpAction: '../db/schema.js#FollowUpActionRow',
        Training: '../db/schema.js#TrainingRow',
      }),
    },
  },
};

export default config;

/** The resolver types of the three subgraphs, generated in memory (`writeOrCheck` writes or checks them). */
export async function generatedResolverFiles(): Promise<GeneratedFile[]> {
  const outputs: GeneratedFile[] = await generate({ ...config, silent: true }, false);
  return outputs.map(({ filename, content }) => ({ filename, content }));
}
