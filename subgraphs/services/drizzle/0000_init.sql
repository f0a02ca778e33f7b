CREATE SCHEMA "services";
--> statement-breakpoint
CREATE TYPE "services"."capacity_unit" AS ENUM('PERSONS_PER_MONTH', 'SESSIONS_PER_MONTH', 'HOURS_PER_MONTH');--> statement-breakpoint
CREATE TYPE "services"."consortium_tier" AS ENUM('COUNTY', 'TOWN', 'VILLAGE');--> statement-breakpoint
CREATE TYPE "services"."consortium_member_role" AS ENUM('LEAD', 'MEMBER');--> statement-breakpoint
CREATE TYPE "services"."micro_wish_category" AS ENUM('STUDY_SUPPLIES', 'BOOKS', 'CLOTHING', 'DAILY_NECESSITIES', 'FOOD', 'SMALL_APPLIANCE', 'TOYS', 'OTHER');--> statement-breakpoint
CREATE TYPE "services"."micro_wish_status" AS ENUM('PUBLISHED', 'CLAIMED', 'DELIVERED', 'CONFIRMED', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "services"."outcome" AS ENUM('GOT_HELP', 'PARTLY_HELPED', 'COULD_NOT_CONTACT', 'NOT_ELIGIBLE', 'NO_CAPACITY', 'DECLINED', 'REFERRED_ELSEWHERE');--> statement-breakpoint
CREATE TYPE "services"."professional_kind" AS ENUM('SOCIAL_WORKER', 'PSYCHOLOGICAL_COUNSELLOR', 'LAWYER', 'OTHER');--> statement-breakpoint
CREATE TYPE "services"."programme" AS ENUM('HOUSING', 'EDUCATION', 'MEDICAL', 'EMPLOYMENT', 'ELDERLY_CARE', 'PSYCHOLOGICAL', 'MICRO_WISH', 'BASIC_ASSISTANCE');--> statement-breakpoint
CREATE TYPE "services"."psych_file_status" AS ENUM('OPEN', 'CLOSED');--> statement-breakpoint
CREATE TYPE "services"."psych_session_mode" AS ENUM('HOTLINE', 'CASEWORK', 'HOME_VISIT', 'GROUP_COUNSELLING', 'ONLINE');--> statement-breakpoint
CREATE TYPE "services"."respondent_type" AS ENUM('HOUSEHOLD', 'CHARITY_ORGANIZATION', 'CIVIL_AFFAIRS_WORKER', 'PROFESSIONAL', 'VOLUNTEER');--> statement-breakpoint
CREATE TYPE "services"."risk_level" AS ENUM('LOW', 'MEDIUM', 'HIGH', 'CRISIS');--> statement-breakpoint
CREATE TYPE "services"."service_status" AS ENUM('ACTIVE', 'INACTIVE', 'TEMPORARILY_CLOSED', 'DEFUNCT');--> statement-breakpoint
CREATE TYPE "services"."service_type" AS ENUM('VISITING_CARE', 'PSYCHOLOGICAL_COMFORT', 'REHABILITATION', 'SOCIAL_INTEGRATION', 'CAPACITY_BUILDING', 'RESOURCE_LINKING', 'MEAL_DELIVERY', 'HOSPICE', 'HOTLINE', 'CASEWORK', 'LECTURE', 'GROUP_COUNSELLING');--> statement-breakpoint
CREATE TYPE "services"."team_role" AS ENUM('LEADER', 'MEMBER');--> statement-breakpoint
CREATE TYPE "services"."volunteer_skill" AS ENUM('ELDERLY_CARE', 'CHILD_TUTORING', 'PSYCHOLOGICAL_SUPPORT', 'MEDICAL_ESCORT', 'HOUSING_REPAIR', 'LEGAL_AID', 'DELIVERY', 'COOKING', 'DIGITAL_HELP', 'EVENT_ORGANISING', 'OTHER');--> statement-breakpoint
CREATE TABLE "services"."case_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"professional_id" uuid NOT NULL,
	"referral_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"assigned_by_subject" varchar(200) NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "services"."consortia" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tier" "services"."consortium_tier" NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"title" text NOT NULL,
	"parent_id" uuid,
	"established_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services"."consortium_members" (
	"consortium_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"role" "services"."consortium_member_role" DEFAULT 'MEMBER' NOT NULL,
	"joined_on" date NOT NULL,
	CONSTRAINT "consortium_members_consortium_id_organization_id_pk" PRIMARY KEY("consortium_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "services"."feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"organization_id" uuid,
	"respondent_type" "services"."respondent_type" NOT NULL,
	"satisfaction" integer NOT NULL,
	"need_met" boolean NOT NULL,
	"recorded_by_subject" varchar(200) NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_satisfaction_range" CHECK ("services"."feedback"."satisfaction" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "services"."micro_wish_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"wish_id" uuid NOT NULL,
	"from_status" "services"."micro_wish_status",
	"to_status" "services"."micro_wish_status" NOT NULL,
	"actor_subject" varchar(200) NOT NULL,
	"actor_role" varchar(40) NOT NULL,
	"reason" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services"."micro_wishes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"need_id" uuid,
	"household_id" uuid NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"public_title" varchar(40) NOT NULL,
	"category" "services"."micro_wish_category" NOT NULL,
	"value_fen" integer NOT NULL,
	"status" "services"."micro_wish_status" DEFAULT 'PUBLISHED' NOT NULL,
	"collected_by_subject" varchar(200) NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_by_subject" varchar(200),
	"claimed_by_organization_id" uuid,
	"claimed_at" timestamp with time zone,
	"delivered_by_team_id" uuid,
	"delivered_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "micro_wishes_value" CHECK ("services"."micro_wishes"."value_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "services"."professional_service_areas" (
	"professional_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	CONSTRAINT "professional_service_areas_professional_id_region_code_pk" PRIMARY KEY("professional_id","region_code")
);
--> statement-breakpoint
CREATE TABLE "services"."professionals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "services"."professional_kind" NOT NULL,
	"masked_label" text NOT NULL,
	"qualification_code" varchar(40) NOT NULL,
	"organization_id" uuid NOT NULL,
	"consortium_id" uuid NOT NULL,
	"programmes" "services"."programme"[] NOT NULL,
	"account_subject" varchar(200),
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services"."psych_file_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_id" uuid NOT NULL,
	"session_mode" "services"."psych_session_mode" NOT NULL,
	"risk_level" "services"."risk_level" NOT NULL,
	"summary" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services"."psych_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"person_id" uuid,
	"referral_id" uuid,
	"counsellor_id" uuid NOT NULL,
	"status" "services"."psych_file_status" DEFAULT 'OPEN' NOT NULL,
	"risk_level" "services"."risk_level" NOT NULL,
	"assessment" text NOT NULL,
	"next_review_on" date,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "services"."service_locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consortium_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"region_code" varchar(12) NOT NULL,
	"latitude" double precision,
	"longitude" double precision
);
--> statement-breakpoint
CREATE TABLE "services"."service_offerings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consortium_id" uuid NOT NULL,
	"organization_id" uuid,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"programme" "services"."programme" NOT NULL,
	"service_types" "services"."service_type"[] NOT NULL,
	"eligibility_description" text NOT NULL,
	"capacity_maximum" integer NOT NULL,
	"capacity_unit" "services"."capacity_unit" NOT NULL,
	"status" "services"."service_status" DEFAULT 'ACTIVE' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_offerings_capacity_positive" CHECK ("services"."service_offerings"."capacity_maximum" > 0)
);
--> statement-breakpoint
CREATE TABLE "services"."service_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid,
	"need_id" uuid,
	"household_id" uuid NOT NULL,
	"programme" "services"."programme" NOT NULL,
	"service_type" "services"."service_type" NOT NULL,
	"professional_id" uuid,
	"team_id" uuid,
	"volunteer_id" uuid,
	"organization_id" uuid,
	"region_code" varchar(12) NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"outcome" "services"."outcome" NOT NULL,
	"notes" text,
	"recorded_by_subject" varchar(200) NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_records_one_performer" CHECK (("services"."service_records"."professional_id" is null) <> ("services"."service_records"."team_id" is null)),
	CONSTRAINT "service_records_volunteer_in_team" CHECK ("services"."service_records"."volunteer_id" is null or "services"."service_records"."team_id" is not null),
	CONSTRAINT "service_records_subject" CHECK ("services"."service_records"."referral_id" is not null or "services"."service_records"."need_id" is not null),
	CONSTRAINT "service_records_period" CHECK ("services"."service_records"."ended_at" > "services"."service_records"."started_at"),
	CONSTRAINT "service_records_duration" CHECK ("services"."service_records"."duration_minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "services"."services_at_location" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "services"."team_memberships" (
	"team_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"role" "services"."team_role" DEFAULT 'MEMBER' NOT NULL,
	"joined_on" date NOT NULL,
	"left_on" date,
	CONSTRAINT "team_memberships_team_id_volunteer_id_pk" PRIMARY KEY("team_id","volunteer_id")
);
--> statement-breakpoint
CREATE TABLE "services"."volunteer_teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"consortium_id" uuid NOT NULL,
	"organization_id" uuid,
	"skills" "services"."volunteer_skill"[] NOT NULL,
	"founded_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services"."volunteers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"masked_label" text NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"skills" "services"."volunteer_skill"[] NOT NULL,
	"account_subject" varchar(200),
	"household_id" uuid,
	"joined_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "services"."case_assignments" ADD CONSTRAINT "case_assignments_professional_id_professionals_id_fk" FOREIGN KEY ("professional_id") REFERENCES "services"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."consortium_members" ADD CONSTRAINT "consortium_members_consortium_id_consortia_id_fk" FOREIGN KEY ("consortium_id") REFERENCES "services"."consortia"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."micro_wish_events" ADD CONSTRAINT "micro_wish_events_wish_id_micro_wishes_id_fk" FOREIGN KEY ("wish_id") REFERENCES "services"."micro_wishes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."micro_wishes" ADD CONSTRAINT "micro_wishes_delivered_by_team_id_volunteer_teams_id_fk" FOREIGN KEY ("delivered_by_team_id") REFERENCES "services"."volunteer_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."professional_service_areas" ADD CONSTRAINT "professional_service_areas_professional_id_professionals_id_fk" FOREIGN KEY ("professional_id") REFERENCES "services"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."professionals" ADD CONSTRAINT "professionals_consortium_id_consortia_id_fk" FOREIGN KEY ("consortium_id") REFERENCES "services"."consortia"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."psych_file_entries" ADD CONSTRAINT "psych_file_entries_file_id_psych_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "services"."psych_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."psych_files" ADD CONSTRAINT "psych_files_counsellor_id_professionals_id_fk" FOREIGN KEY ("counsellor_id") REFERENCES "services"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."service_locations" ADD CONSTRAINT "service_locations_consortium_id_consortia_id_fk" FOREIGN KEY ("consortium_id") REFERENCES "services"."consortia"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."service_offerings" ADD CONSTRAINT "service_offerings_consortium_id_consortia_id_fk" FOREIGN KEY ("consortium_id") REFERENCES "services"."consortia"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."service_records" ADD CONSTRAINT "service_records_professional_id_professionals_id_fk" FOREIGN KEY ("professional_id") REFERENCES "services"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."service_records" ADD CONSTRAINT "service_records_team_id_volunteer_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "services"."volunteer_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."service_records" ADD CONSTRAINT "service_records_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "services"."volunteers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."services_at_location" ADD CONSTRAINT "services_at_location_service_id_service_offerings_id_fk" FOREIGN KEY ("service_id") REFERENCES "services"."service_offerings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."services_at_location" ADD CONSTRAINT "services_at_location_location_id_service_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "services"."service_locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."team_memberships" ADD CONSTRAINT "team_memberships_team_id_volunteer_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "services"."volunteer_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."team_memberships" ADD CONSTRAINT "team_memberships_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "services"."volunteers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."volunteer_teams" ADD CONSTRAINT "volunteer_teams_consortium_id_consortia_id_fk" FOREIGN KEY ("consortium_id") REFERENCES "services"."consortia"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_assignments_key" ON "services"."case_assignments" USING btree ("professional_id","referral_id");--> statement-breakpoint
CREATE INDEX "case_assignments_referral_idx" ON "services"."case_assignments" USING btree ("referral_id");--> statement-breakpoint
CREATE UNIQUE INDEX "consortia_region_key" ON "services"."consortia" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "consortia_region_prefix_idx" ON "services"."consortia" USING btree ("region_code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "consortia_parent_idx" ON "services"."consortia" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "consortia_tier_region_idx" ON "services"."consortia" USING btree ("tier","region_code");--> statement-breakpoint
CREATE INDEX "consortium_members_org_idx" ON "services"."consortium_members" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_referral_respondent_key" ON "services"."feedback" USING btree ("referral_id","respondent_type");--> statement-breakpoint
CREATE INDEX "micro_wish_events_wish_idx" ON "services"."micro_wish_events" USING btree ("wish_id","occurred_at");--> statement-breakpoint
CREATE INDEX "micro_wishes_status_idx" ON "services"."micro_wishes" USING btree ("status","published_at","id");--> statement-breakpoint
CREATE INDEX "micro_wishes_published_idx" ON "services"."micro_wishes" USING btree ("published_at","id");--> statement-breakpoint
CREATE INDEX "micro_wishes_county_idx" ON "services"."micro_wishes" USING btree ("county_code","status","published_at");--> statement-breakpoint
CREATE INDEX "micro_wishes_need_idx" ON "services"."micro_wishes" USING btree ("need_id");--> statement-breakpoint
CREATE INDEX "micro_wishes_household_idx" ON "services"."micro_wishes" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "professional_service_areas_region_idx" ON "services"."professional_service_areas" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "professionals_account_key" ON "services"."professionals" USING btree ("account_subject");--> statement-breakpoint
CREATE INDEX "professionals_org_idx" ON "services"."professionals" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "professionals_consortium_idx" ON "services"."professionals" USING btree ("consortium_id");--> statement-breakpoint
CREATE INDEX "psych_file_entries_file_idx" ON "services"."psych_file_entries" USING btree ("file_id","occurred_at");--> statement-breakpoint
CREATE INDEX "psych_files_counsellor_idx" ON "services"."psych_files" USING btree ("counsellor_id","opened_at");--> statement-breakpoint
CREATE INDEX "psych_files_household_idx" ON "services"."psych_files" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "service_locations_consortium_idx" ON "services"."service_locations" USING btree ("consortium_id");--> statement-breakpoint
CREATE INDEX "service_offerings_consortium_idx" ON "services"."service_offerings" USING btree ("consortium_id");--> statement-breakpoint
CREATE INDEX "service_offerings_org_idx" ON "services"."service_offerings" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "service_offerings_programme_idx" ON "services"."service_offerings" USING btree ("programme");--> statement-breakpoint
CREATE INDEX "service_offerings_title_idx" ON "services"."service_offerings" USING btree ("title","id");--> statement-breakpoint
CREATE INDEX "service_records_referral_idx" ON "services"."service_records" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "service_records_need_idx" ON "services"."service_records" USING btree ("need_id");--> statement-breakpoint
CREATE INDEX "service_records_household_idx" ON "services"."service_records" USING btree ("household_id","started_at");--> statement-breakpoint
CREATE INDEX "service_records_professional_idx" ON "services"."service_records" USING btree ("professional_id","started_at");--> statement-breakpoint
CREATE INDEX "service_records_team_idx" ON "services"."service_records" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "service_records_volunteer_idx" ON "services"."service_records" USING btree ("volunteer_id");--> statement-breakpoint
CREATE INDEX "service_records_org_idx" ON "services"."service_records" USING btree ("organization_id","started_at");--> statement-breakpoint
CREATE INDEX "service_records_region_idx" ON "services"."service_records" USING btree ("region_code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "service_records_started_idx" ON "services"."service_records" USING btree ("started_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "services_at_location_key" ON "services"."services_at_location" USING btree ("service_id","location_id");--> statement-breakpoint
CREATE INDEX "services_at_location_location_idx" ON "services"."services_at_location" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "team_memberships_volunteer_idx" ON "services"."team_memberships" USING btree ("volunteer_id");--> statement-breakpoint
CREATE INDEX "volunteer_teams_consortium_idx" ON "services"."volunteer_teams" USING btree ("consortium_id");--> statement-breakpoint
CREATE INDEX "volunteer_teams_org_idx" ON "services"."volunteer_teams" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteers_account_key" ON "services"."volunteers" USING btree ("account_subject");--> statement-breakpoint
CREATE INDEX "volunteers_household_idx" ON "services"."volunteers" USING btree ("household_id");