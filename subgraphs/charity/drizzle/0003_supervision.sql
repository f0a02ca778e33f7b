CREATE TYPE "charity"."follow_up_status" AS ENUM('NONE', 'OPEN', 'DONE');--> statement-breakpoint
CREATE TYPE "charity"."supervision_finding" AS ENUM('FUNDS_USED_AS_PLANNED', 'GOOD_PRACTICE', 'RECORDS_INCOMPLETE', 'DISCLOSURE_LATE', 'BUDGET_DEVIATION', 'SERVICE_BELOW_STANDARD', 'FEEDBACK_MISSING');--> statement-breakpoint
CREATE TYPE "charity"."supervision_rating" AS ENUM('EXCELLENT', 'GOOD', 'ADEQUATE', 'POOR');--> statement-breakpoint
CREATE TABLE "charity"."supervision_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"supervisor_key" varchar(32) NOT NULL,
	"visited_on" date NOT NULL,
	"rating" "charity"."supervision_rating" NOT NULL,
	"findings" "charity"."supervision_finding"[] NOT NULL,
	"summary" text NOT NULL,
	"follow_up_action" text,
	"follow_up_due_on" date,
	"follow_up_status" "charity"."follow_up_status" NOT NULL,
	"follow_up_report" text,
	"follow_up_done_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"recorded_by" varchar(128) NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supervision_visits_follow_up_check" CHECK (("charity"."supervision_visits"."follow_up_status" = 'NONE') = ("charity"."supervision_visits"."follow_up_action" is null) and ("charity"."supervision_visits"."follow_up_action" is null) = ("charity"."supervision_visits"."follow_up_due_on" is null)
        and ("charity"."supervision_visits"."follow_up_status" = 'DONE') = ("charity"."supervision_visits"."follow_up_done_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "charity"."supervision_visits" ADD CONSTRAINT "supervision_visits_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "charity"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supervision_visits_project_idx" ON "charity"."supervision_visits" USING btree ("project_id","visited_on");--> statement-breakpoint
CREATE INDEX "supervision_visits_published_idx" ON "charity"."supervision_visits" USING btree ("published_at");