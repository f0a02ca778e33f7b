CREATE TYPE "services"."referral_status" AS ENUM('DRAFT', 'REQUESTED', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'FAILED', 'REJECTED', 'CANCELLED', 'ENTERED_IN_ERROR');--> statement-breakpoint
CREATE TABLE "services"."feed_cursors" (
	"feed" varchar(64) PRIMARY KEY NOT NULL,
	"cursor" text,
	"last_sequence" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services"."referrals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"need_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"programme" "services"."programme" NOT NULL,
	"status" "services"."referral_status" NOT NULL,
	"organization_id" uuid,
	"town_code" varchar(9),
	"last_sequence" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "referrals_need_idx" ON "services"."referrals" USING btree ("need_id");--> statement-breakpoint
CREATE INDEX "referrals_household_idx" ON "services"."referrals" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "referrals_organization_idx" ON "services"."referrals" USING btree ("organization_id","status");