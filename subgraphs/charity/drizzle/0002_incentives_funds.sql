CREATE TYPE "charity"."commendation_level" AS ENUM('CITY', 'COUNTY');--> statement-breakpoint
CREATE TYPE "charity"."fund_kind" AS ENUM('SPECIAL_ASSISTANCE', 'NAMED');--> statement-breakpoint
CREATE TYPE "charity"."honoree_kind" AS ENUM('ORGANIZATION', 'INDIVIDUAL');--> statement-breakpoint
CREATE TYPE "charity"."honoree_role" AS ENUM('VOLUNTEER', 'SOCIAL_WORKER', 'CHARITY_STAFF', 'DONOR');--> statement-breakpoint
CREATE TYPE "charity"."support_kind" AS ENUM('GOVERNMENT_PURCHASE', 'VENTURE_GRANT');--> statement-breakpoint
CREATE TYPE "charity"."support_status" AS ENUM('AWARDED', 'IN_DELIVERY', 'COMPLETED', 'TERMINATED');--> statement-breakpoint
CREATE TABLE "charity"."commendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"level" "charity"."commendation_level" NOT NULL,
	"county_code" varchar(6),
	"honoree_kind" "charity"."honoree_kind" NOT NULL,
	"organization_id" uuid,
	"honoree_masked" varchar(16),
	"honoree_role" "charity"."honoree_role",
	"citation" text NOT NULL,
	"awarded_on" date NOT NULL,
	"awarder_key" varchar(32) NOT NULL,
	"recorded_by" varchar(128) NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commendations_honoree_check" CHECK (("charity"."commendations"."honoree_kind" = 'ORGANIZATION' and "charity"."commendations"."organization_id" is not null and "charity"."commendations"."honoree_masked" is null and "charity"."commendations"."honoree_role" is null)
        or ("charity"."commendations"."honoree_kind" = 'INDIVIDUAL' and "charity"."commendations"."honoree_masked" is not null and "charity"."commendations"."honoree_role" is not null)),
	CONSTRAINT "commendations_level_check" CHECK (("charity"."commendations"."level" = 'COUNTY') = ("charity"."commendations"."county_code" is not null))
);
--> statement-breakpoint
CREATE TABLE "charity"."funds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "charity"."fund_kind" NOT NULL,
	"title" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"sponsor" varchar(100),
	"programmes" "charity"."programme"[] NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"purpose" text NOT NULL,
	"established_on" date NOT NULL,
	"recorded_by" varchar(128) NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funds_sponsor_check" CHECK (("charity"."funds"."kind" = 'NAMED') = ("charity"."funds"."sponsor" is not null))
);
--> statement-breakpoint
CREATE TABLE "charity"."support_awards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "charity"."support_kind" NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" text NOT NULL,
	"programme" "charity"."programme" NOT NULL,
	"county_code" varchar(6),
	"amount_fen" bigint NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"status" "charity"."support_status" DEFAULT 'AWARDED' NOT NULL,
	"closing_reason" text,
	"closed_at" timestamp with time zone,
	"idempotency_key" varchar(128) NOT NULL,
	"request_hash" varchar(64) NOT NULL,
	"awarder_key" varchar(32) NOT NULL,
	"recorded_by" varchar(128) NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "support_awards_amount_check" CHECK ("charity"."support_awards"."amount_fen" > 0),
	CONSTRAINT "support_awards_period_check" CHECK ("charity"."support_awards"."period_end" >= "charity"."support_awards"."period_start"),
	CONSTRAINT "support_awards_county_check" CHECK (("charity"."support_awards"."kind" = 'GOVERNMENT_PURCHASE') = ("charity"."support_awards"."county_code" is not null))
);
--> statement-breakpoint
CREATE TABLE "charity"."support_deliverables" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"award_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"description" text NOT NULL,
	"unit" varchar(32) NOT NULL,
	"target_quantity" integer NOT NULL,
	"delivered_quantity" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_deliverables_quantity_check" CHECK ("charity"."support_deliverables"."target_quantity" > 0 and "charity"."support_deliverables"."delivered_quantity" >= 0)
);
--> statement-breakpoint
ALTER TABLE "charity"."projects" ADD COLUMN "fund_id" uuid;--> statement-breakpoint
ALTER TABLE "charity"."commendations" ADD CONSTRAINT "commendations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "charity"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity"."funds" ADD CONSTRAINT "funds_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "charity"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity"."support_awards" ADD CONSTRAINT "support_awards_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "charity"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charity"."support_deliverables" ADD CONSTRAINT "support_deliverables_award_id_support_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "charity"."support_awards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commendations_awarded_idx" ON "charity"."commendations" USING btree ("awarded_on","id");--> statement-breakpoint
CREATE INDEX "commendations_organization_idx" ON "charity"."commendations" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "funds_title_key" ON "charity"."funds" USING btree ("title");--> statement-breakpoint
CREATE INDEX "funds_organization_idx" ON "charity"."funds" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "funds_kind_idx" ON "charity"."funds" USING btree ("kind","established_on","id");--> statement-breakpoint
CREATE INDEX "funds_established_idx" ON "charity"."funds" USING btree ("established_on","id");--> statement-breakpoint
CREATE UNIQUE INDEX "support_awards_idempotency_key" ON "charity"."support_awards" USING btree ("awarder_key","idempotency_key");--> statement-breakpoint
CREATE INDEX "support_awards_organization_idx" ON "charity"."support_awards" USING btree ("organization_id","period_start");--> statement-breakpoint
CREATE INDEX "support_awards_kind_idx" ON "charity"."support_awards" USING btree ("kind","period_start","id");--> statement-breakpoint
CREATE INDEX "support_awards_period_idx" ON "charity"."support_awards" USING btree ("period_start","id");--> statement-breakpoint
CREATE UNIQUE INDEX "support_deliverables_award_position_key" ON "charity"."support_deliverables" USING btree ("award_id","position");--> statement-breakpoint
ALTER TABLE "charity"."projects" ADD CONSTRAINT "projects_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "charity"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "projects_fund_idx" ON "charity"."projects" USING btree ("fund_id","status");