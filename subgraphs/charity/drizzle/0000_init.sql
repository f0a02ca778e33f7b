CREATE SCHEMA "charity";
--> statement-breakpoint
CREATE TYPE "charity"."disbursement_purpose" AS ENUM('MEDICAL_EXPENSES', 'EDUCATION_COSTS', 'HOUSING_REPAIR', 'FURNITURE_AND_APPLIANCES', 'EMPLOYMENT_TRAINING', 'ELDERLY_MEALS', 'HOSPICE_CARE', 'PSYCHOLOGICAL_SERVICES', 'MICRO_WISH_GOODS', 'DAILY_NECESSITIES', 'CARE_SERVICES');--> statement-breakpoint
CREATE TYPE "charity"."disbursement_reason" AS ENUM('MAJOR_ILLNESS', 'DISASTER', 'SUDDEN_ACCIDENT', 'GAP_AFTER_GOVERNMENT_AID', 'SCHOOL_COSTS', 'UNSAFE_HOUSING', 'LOSS_OF_INCOME', 'CARE_NEEDS');--> statement-breakpoint
CREATE TYPE "charity"."donation_channel" AS ENUM('BANK_TRANSFER', 'ONLINE_PLATFORM', 'MOBILE_PAYMENT', 'CASH', 'IN_KIND');--> statement-breakpoint
CREATE TYPE "charity"."donor_kind" AS ENUM('INDIVIDUAL', 'ORGANIZATION');--> statement-breakpoint
CREATE TYPE "charity"."fundraising_mode" AS ENUM('PUBLIC', 'DIRECTED', 'NONE');--> statement-breakpoint
CREATE TYPE "charity"."legal_form" AS ENUM('FOUNDATION', 'SOCIAL_ORGANIZATION', 'SOCIAL_SERVICE_INSTITUTION');--> statement-breakpoint
CREATE TYPE "charity"."programme" AS ENUM('HOUSING', 'EDUCATION', 'MEDICAL', 'EMPLOYMENT', 'ELDERLY_CARE', 'PSYCHOLOGICAL', 'MICRO_WISH', 'BASIC_ASSISTANCE');--> statement-breakpoint
CREATE TYPE "charity"."project_action" AS ENUM('CREATE', 'SUBMIT', 'APPROVE', 'REJECT', 'CLOSE');--> statement-breakpoint
CREATE TYPE "charity"."project_status" AS ENUM('DRAFT', 'UNDER_REVIEW', 'PUBLISHED', 'CLOSED');--> statement-breakpoint
CREATE TYPE "charity"."qualification_kind" AS ENUM('CERTIFIED_CHARITY', 'PUBLIC_FUNDRAISING');--> statement-breakpoint
CREATE TYPE "charity"."referral_status" AS ENUM('DRAFT', 'REQUESTED', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'FAILED', 'REJECTED', 'CANCELLED', 'ENTERED_IN_ERROR');--> statement-breakpoint
CREATE TYPE "charity"."consortium_tier" AS ENUM('COUNTY', 'TOWN', 'VILLAGE');--> statement-breakpoint
CREATE SEQUENCE "charity"."receipt_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "charity"."disbursements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"referral_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"town_code" varchar(9),
	"programme" "charity"."programme" NOT NULL,
	"amount_fen" bigint NOT NULL,
	"purpose" "charity"."disbursement_purpose" NOT NULL,
	"reason_codes" "charity"."disbursement_reason"[] NOT NULL,
	"disbursed_on" date NOT NULL,
	"idempotency_key" varchar(128) NOT NULL,
	"request_hash" varchar(64) NOT NULL,
	"recorded_by" varchar(128) NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disbursements_amount_check" CHECK ("charity"."disbursements"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "charity"."donations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"donor_kind" "charity"."donor_kind" NOT NULL,
	"anonymous" boolean NOT NULL,
	"donor_name" varchar(100),
	"publish_name" boolean DEFAULT false NOT NULL,
	"amount_fen" bigint NOT NULL,
	"channel" "charity"."donation_channel" NOT NULL,
	"restricted" boolean NOT NULL,
	"receipt_number" varchar(32) NOT NULL,
	"donated_at" timestamp with time zone NOT NULL,
	"idempotency_key" varchar(128) NOT NULL,
	"request_hash" varchar(64) NOT NULL,
	"recorded_by" varchar(128) NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "donations_amount_check" CHECK ("charity"."donations"."amount_fen" > 0),
	CONSTRAINT "donations_anonymous_check" CHECK (not ("charity"."donations"."anonymous" and ("charity"."donations"."donor_name" is not null or "charity"."donations"."publish_name"))),
	CONSTRAINT "donations_publish_check" CHECK (not "charity"."donations"."publish_name" or "charity"."donations"."donor_name" is not null)
);
--> statement-breakpoint
CREATE TABLE "charity"."feed_cursors" (
	"feed" varchar(64) PRIMARY KEY NOT NULL,
	"cursor" text,
	"last_sequence" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "charity"."organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"uscc" varchar(18) NOT NULL,
	"legal_form" "charity"."legal_form" NOT NULL,
	"tier" "charity"."consortium_tier" NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"programmes" "charity"."programme"[] NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "charity"."project_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"action" "charity"."project_action" NOT NULL,
	"from_status" "charity"."project_status",
	"to_status" "charity"."project_status" NOT NULL,
	"actor" varchar(128) NOT NULL,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "charity"."projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"programme" "charity"."programme" NOT NULL,
	"fundraising_mode" "charity"."fundraising_mode" NOT NULL,
	"purpose" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"region_code" varchar(9) NOT NULL,
	"responsible_person" varchar(64) NOT NULL,
	"use_of_funds" text NOT NULL,
	"filing_number" varchar(64),
	"target_fen" bigint NOT NULL,
	"raised_fen" bigint DEFAULT 0 NOT NULL,
	"disbursed_fen" bigint DEFAULT 0 NOT NULL,
	"status" "charity"."project_status" DEFAULT 'DRAFT' NOT NULL,
	"rejection_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "projects_money_check" CHECK ("charity"."projects"."disbursed_fen" >= 0 and "charity"."projects"."disbursed_fen" <= "charity"."projects"."raised_fen" and "charity"."projects"."target_fen" > 0),
	CONSTRAINT "projects_period_check" CHECK ("charity"."projects"."period_end" >= "charity"."projects"."period_start")
);
--> statement-breakpoint
CREATE TABLE "charity"."organization_qualifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" "charity"."qualification_kind" NOT NULL,
	"certificate_number" varchar(64) NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "qualifications_validity_check" CHECK ("charity"."organization_qualifications"."valid_until" is null or "charity"."organization_qualifications"."valid_until" >= "charity"."organization_qualifications"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "charity"."referrals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"need_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"programme" "charity"."programme" NOT NULL,
	"status" "charity"."referral_status" NOT NULL,
	"organization_id" uuid,
	"town_code" varchar(9),
	"last_sequence" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "charity"."organization_resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"programme" "charity"."programme" NOT NULL,
	"title" text NOT NULL,
	"unit" varchar(32) NOT NULL,
	"capacity" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resources_capacity_check" CHECK ("charity"."organization_resources"."capacity" > 0)
);
--> statement-breakpoint
ALTER TABLE "charity"."disbursements" ADD CONSTRAINT "disbursements_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "charity"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity"."disbursements" ADD CONSTRAINT "disbursements_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "charity"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity"."donations" ADD CONSTRAINT "donations_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "charity"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity"."donations" ADD CONSTRAINT "donations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "charity"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity"."project_transitions" ADD CONSTRAINT "project_transitions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "charity"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity"."projects" ADD CONSTRAINT "projects_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "charity"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity"."organization_qualifications" ADD CONSTRAINT "organization_qualifications_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "charity"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity"."organization_resources" ADD CONSTRAINT "organization_resources_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "charity"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "disbursements_idempotency_key" ON "charity"."disbursements" USING btree ("organization_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "disbursements_project_idx" ON "charity"."disbursements" USING btree ("project_id","disbursed_on","id");--> statement-breakpoint
CREATE INDEX "disbursements_referral_idx" ON "charity"."disbursements" USING btree ("referral_id","disbursed_on");--> statement-breakpoint
CREATE INDEX "disbursements_household_idx" ON "charity"."disbursements" USING btree ("household_id","disbursed_on");--> statement-breakpoint
CREATE INDEX "disbursements_town_idx" ON "charity"."disbursements" USING btree ("programme","town_code");--> statement-breakpoint
CREATE UNIQUE INDEX "donations_idempotency_key" ON "charity"."donations" USING btree ("organization_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "donations_receipt_number_key" ON "charity"."donations" USING btree ("receipt_number");--> statement-breakpoint
CREATE INDEX "donations_project_idx" ON "charity"."donations" USING btree ("project_id","donated_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_uscc_key" ON "charity"."organizations" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "organizations_region_idx" ON "charity"."organizations" USING btree ("region_code","id");--> statement-breakpoint
CREATE INDEX "organizations_name_idx" ON "charity"."organizations" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "project_transitions_project_idx" ON "charity"."project_transitions" USING btree ("project_id","at");--> statement-breakpoint
CREATE INDEX "projects_organization_idx" ON "charity"."projects" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "projects_status_idx" ON "charity"."projects" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "projects_programme_status_idx" ON "charity"."projects" USING btree ("programme","status");--> statement-breakpoint
CREATE INDEX "qualifications_organization_idx" ON "charity"."organization_qualifications" USING btree ("organization_id","kind","valid_from");--> statement-breakpoint
CREATE INDEX "referrals_need_idx" ON "charity"."referrals" USING btree ("need_id");--> statement-breakpoint
CREATE INDEX "referrals_household_idx" ON "charity"."referrals" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "referrals_organization_idx" ON "charity"."referrals" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "resources_organization_idx" ON "charity"."organization_resources" USING btree ("organization_id","programme");