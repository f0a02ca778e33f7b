CREATE SCHEMA "civil_affairs";
--> statement-breakpoint
CREATE TYPE "civil_affairs"."aid_category" AS ENUM('MINIMUM_LIVING_ALLOWANCE', 'NEAR_POVERTY', 'EXTREME_POVERTY', 'ORPHAN', 'CHILD_IN_DIFFICULTY', 'LEFT_BEHIND_CHILD', 'EXITED_AID', 'REFUSED_APPLICANT', 'TEMPORARY_AID', 'OTHER_DEPARTMENT_AID', 'DEPENDANTS_FAMILY', 'LOW_INCOME_FAMILY');--> statement-breakpoint
CREATE TYPE "civil_affairs"."aid_status" AS ENUM('ACTIVE', 'SUSPENDED', 'ENDED');--> statement-breakpoint
CREATE TYPE "civil_affairs"."aid_type" AS ENUM('ALLOWANCE', 'EXTREME_POVERTY_SUPPORT', 'TEMPORARY_AID', 'MEDICAL', 'EDUCATION', 'HOUSING', 'EMPLOYMENT_ASSISTANCE');--> statement-breakpoint
CREATE TYPE "civil_affairs"."consent_method" AS ENUM('WRITTEN', 'ELECTRONIC_SIGNATURE', 'ZHELIJIU_APP', 'ORAL_RECORDED');--> statement-breakpoint
CREATE TYPE "civil_affairs"."intake_channel" AS ENUM('ZHELIJIU_APP', 'HOTLINE_81890', 'HOME_VISIT', 'PROACTIVE_DISCOVERY', 'DEPARTMENT_PUSH');--> statement-breakpoint
CREATE TYPE "civil_affairs"."need_priority" AS ENUM('MAJOR_ILLNESS', 'DISASTER', 'SUDDEN_ACCIDENT', 'ROUTINE');--> statement-breakpoint
CREATE TYPE "civil_affairs"."need_status" AS ENUM('OPEN', 'REFERRED', 'MET', 'CLOSED');--> statement-breakpoint
CREATE TYPE "civil_affairs"."outcome" AS ENUM('GOT_HELP', 'PARTLY_HELPED', 'COULD_NOT_CONTACT', 'NOT_ELIGIBLE', 'NO_CAPACITY', 'DECLINED', 'REFERRED_ELSEWHERE');--> statement-breakpoint
CREATE TYPE "civil_affairs"."programme" AS ENUM('HOUSING', 'EDUCATION', 'MEDICAL', 'EMPLOYMENT', 'ELDERLY_CARE', 'PSYCHOLOGICAL', 'MICRO_WISH', 'BASIC_ASSISTANCE');--> statement-breakpoint
CREATE TYPE "civil_affairs"."referral_status" AS ENUM('DRAFT', 'REQUESTED', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'FAILED', 'REJECTED', 'CANCELLED', 'ENTERED_IN_ERROR');--> statement-breakpoint
CREATE TYPE "civil_affairs"."relation" AS ENUM('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'OTHER');--> statement-breakpoint
CREATE TABLE "civil_affairs"."access_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"actor" text NOT NULL,
	"actor_role" varchar(40) NOT NULL,
	"actor_organization_id" uuid,
	"purpose" text,
	"record_type" varchar(20) NOT NULL,
	"record_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"village_code" varchar(12) NOT NULL,
	"fields" text[] NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "civil_affairs"."aid_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"type" "civil_affairs"."aid_type" NOT NULL,
	"amount_fen" integer NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"status" "civil_affairs"."aid_status" DEFAULT 'ACTIVE' NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "civil_affairs"."consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"given_by_id" uuid NOT NULL,
	"purposes" text[] NOT NULL,
	"data_categories" text[] NOT NULL,
	"all_federation_members" boolean NOT NULL,
	"recipient_organization_ids" uuid[] NOT NULL,
	"method" "civil_affairs"."consent_method" NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawal_reason" text,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "civil_affairs"."household_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"category" "civil_affairs"."aid_category" NOT NULL,
	"since" date NOT NULL,
	"until" date,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "civil_affairs"."households" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"town_code" varchar(9) NOT NULL,
	"village_code" varchar(12) NOT NULL,
	"address" text NOT NULL,
	"annual_income_fen" bigint DEFAULT 0 NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "civil_affairs"."needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"village_code" varchar(12) NOT NULL,
	"programme" "civil_affairs"."programme" NOT NULL,
	"sub_type" varchar(40) NOT NULL,
	"public_summary" text NOT NULL,
	"estimated_cost_fen" integer NOT NULL,
	"basic_medical_insurance_fen" integer DEFAULT 0 NOT NULL,
	"critical_illness_insurance_fen" integer DEFAULT 0 NOT NULL,
	"medical_assistance_fen" integer DEFAULT 0 NOT NULL,
	"other_government_aid_fen" integer DEFAULT 0 NOT NULL,
	"gap_fen" integer NOT NULL,
	"priority" "civil_affairs"."need_priority" NOT NULL,
	"priority_rank" smallint NOT NULL,
	"channel" "civil_affairs"."intake_channel" NOT NULL,
	"status" "civil_affairs"."need_status" DEFAULT 'OPEN' NOT NULL,
	"collected_by" text NOT NULL,
	"collected_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "civil_affairs"."outbox_counters" (
	"name" varchar(40) PRIMARY KEY NOT NULL,
	"value" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "civil_affairs"."persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"relation" "civil_affairs"."relation" NOT NULL,
	"full_name" text NOT NULL,
	"id_number" varchar(18) NOT NULL,
	"birth_date" date NOT NULL,
	"sex" varchar(1) NOT NULL,
	"phone" varchar(20),
	"guardian_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "civil_affairs"."pre_aid_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"programme" "civil_affairs"."programme" NOT NULL,
	"window_start" date NOT NULL,
	"window_end" date NOT NULL,
	"cap_fen" integer NOT NULL,
	"checked_by" text NOT NULL,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "civil_affairs"."referral_events" (
	"sequence" bigint PRIMARY KEY NOT NULL,
	"referral_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"programme" "civil_affairs"."programme" NOT NULL,
	"action" varchar(40) NOT NULL,
	"from_status" "civil_affairs"."referral_status",
	"status" "civil_affairs"."referral_status" NOT NULL,
	"organization_id" uuid,
	"outcome" "civil_affairs"."outcome",
	"reason" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "civil_affairs"."referral_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"from_status" "civil_affairs"."referral_status",
	"to_status" "civil_affairs"."referral_status" NOT NULL,
	"action" varchar(40) NOT NULL,
	"actor" text NOT NULL,
	"actor_role" varchar(40) NOT NULL,
	"actor_organization_id" uuid,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "civil_affairs"."referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"need_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"consent_id" uuid NOT NULL,
	"pre_aid_check_id" uuid,
	"village_code" varchar(12) NOT NULL,
	"programme" "civil_affairs"."programme" NOT NULL,
	"status" "civil_affairs"."referral_status" NOT NULL,
	"directed_to_organization_id" uuid,
	"organization_id" uuid,
	"claimed_at" timestamp with time zone,
	"claim_expires_at" timestamp with time zone,
	"outcome" "civil_affairs"."outcome",
	"status_reason" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "civil_affairs"."aid_records" ADD CONSTRAINT "aid_records_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "civil_affairs"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civil_affairs"."consents" ADD CONSTRAINT "consents_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "civil_affairs"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civil_affairs"."consents" ADD CONSTRAINT "consents_subject_id_persons_id_fk" FOREIGN KEY ("subject_id") REFERENCES "civil_affairs"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civil_affairs"."consents" ADD CONSTRAINT "consents_given_by_id_persons_id_fk" FOREIGN KEY ("given_by_id") REFERENCES "civil_affairs"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civil_affairs"."household_categories" ADD CONSTRAINT "household_categories_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "civil_affairs"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civil_affairs"."needs" ADD CONSTRAINT "needs_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "civil_affairs"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civil_affairs"."persons" ADD CONSTRAINT "persons_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "civil_affairs"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civil_affairs"."pre_aid_checks" ADD CONSTRAINT "pre_aid_checks_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "civil_affairs"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civil_affairs"."referral_transitions" ADD CONSTRAINT "referral_transitions_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "civil_affairs"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civil_affairs"."referrals" ADD CONSTRAINT "referrals_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "civil_affairs"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civil_affairs"."referrals" ADD CONSTRAINT "referrals_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "civil_affairs"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civil_affairs"."referrals" ADD CONSTRAINT "referrals_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "civil_affairs"."consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civil_affairs"."referrals" ADD CONSTRAINT "referrals_pre_aid_check_id_pre_aid_checks_id_fk" FOREIGN KEY ("pre_aid_check_id") REFERENCES "civil_affairs"."pre_aid_checks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_log_record_idx" ON "civil_affairs"."access_log" USING btree ("record_id","at");--> statement-breakpoint
CREATE INDEX "access_log_village_idx" ON "civil_affairs"."access_log" USING btree ("village_code","at");--> statement-breakpoint
CREATE INDEX "aid_records_household_idx" ON "civil_affairs"."aid_records" USING btree ("household_id","period_start");--> statement-breakpoint
CREATE INDEX "consents_household_idx" ON "civil_affairs"."consents" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "household_categories_household_idx" ON "civil_affairs"."household_categories" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "household_categories_category_idx" ON "civil_affairs"."household_categories" USING btree ("category","household_id");--> statement-breakpoint
CREATE INDEX "households_village_idx" ON "civil_affairs"."households" USING btree ("village_code","id");--> statement-breakpoint
CREATE INDEX "households_registered_idx" ON "civil_affairs"."households" USING btree ("registered_at","id");--> statement-breakpoint
CREATE INDEX "needs_household_idx" ON "civil_affairs"."needs" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "needs_order_idx" ON "civil_affairs"."needs" USING btree ("priority_rank","collected_at","id");--> statement-breakpoint
CREATE INDEX "needs_village_idx" ON "civil_affairs"."needs" USING btree ("village_code");--> statement-breakpoint
CREATE INDEX "persons_household_idx" ON "civil_affairs"."persons" USING btree ("household_id");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_id_number_key" ON "civil_affairs"."persons" USING btree ("id_number");--> statement-breakpoint
CREATE INDEX "pre_aid_checks_household_idx" ON "civil_affairs"."pre_aid_checks" USING btree ("household_id","programme","checked_at");--> statement-breakpoint
CREATE INDEX "referral_transitions_referral_idx" ON "civil_affairs"."referral_transitions" USING btree ("referral_id","at");--> statement-breakpoint
CREATE INDEX "referrals_need_idx" ON "civil_affairs"."referrals" USING btree ("need_id");--> statement-breakpoint
CREATE INDEX "referrals_household_idx" ON "civil_affairs"."referrals" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "referrals_consent_idx" ON "civil_affairs"."referrals" USING btree ("consent_id");--> statement-breakpoint
CREATE INDEX "referrals_status_idx" ON "civil_affairs"."referrals" USING btree ("status","claim_expires_at");--> statement-breakpoint
CREATE INDEX "referrals_organization_idx" ON "civil_affairs"."referrals" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "referrals_village_idx" ON "civil_affairs"."referrals" USING btree ("village_code");