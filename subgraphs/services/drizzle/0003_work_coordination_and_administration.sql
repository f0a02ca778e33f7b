CREATE TYPE "services"."agenda_reason" AS ENUM('UNCLAIMED', 'FAILED', 'OVER_CAP', 'REPEATEDLY_RELEASED', 'OTHER');--> statement-breakpoint
CREATE TYPE "services"."follow_up_status" AS ENUM('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "services"."meeting_kind" AS ENUM('CONSULTATION', 'CASE_CONFERENCE');--> statement-breakpoint
CREATE TYPE "services"."training_kind" AS ENUM('PROFESSIONAL', 'POLICY', 'SYSTEM');--> statement-breakpoint
CREATE TABLE "services"."agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"referral_id" uuid,
	"need_id" uuid,
	"reason" "services"."agenda_reason" NOT NULL,
	"unclaimed_days" integer,
	"release_count" integer,
	"note" text,
	"added_by_subject" varchar(200) NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agenda_items_one_subject" CHECK (("services"."agenda_items"."referral_id" is null) <> ("services"."agenda_items"."need_id" is null)),
	CONSTRAINT "agenda_items_unclaimed_days" CHECK ("services"."agenda_items"."unclaimed_days" is null or "services"."agenda_items"."unclaimed_days" > 0),
	CONSTRAINT "agenda_items_release_count" CHECK ("services"."agenda_items"."release_count" is null or "services"."agenda_items"."release_count" > 1)
);
--> statement-breakpoint
CREATE TABLE "services"."follow_up_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"description" text NOT NULL,
	"owner_officer_subject" varchar(200),
	"owner_organization_id" uuid,
	"due_on" date NOT NULL,
	"status" "services"."follow_up_status" DEFAULT 'OPEN' NOT NULL,
	"status_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_subject" varchar(200) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_up_actions_one_owner" CHECK (("services"."follow_up_actions"."owner_officer_subject" is null) <> ("services"."follow_up_actions"."owner_organization_id" is null))
);
--> statement-breakpoint
CREATE TABLE "services"."meeting_attendees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"officer_subject" varchar(200),
	"organization_id" uuid,
	CONSTRAINT "meeting_attendees_one" CHECK (("services"."meeting_attendees"."officer_subject" is null) <> ("services"."meeting_attendees"."organization_id" is null))
);
--> statement-breakpoint
CREATE TABLE "services"."meeting_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"agenda_item_id" uuid,
	"summary" text NOT NULL,
	"recorded_by_subject" varchar(200) NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services"."meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "services"."meeting_kind" NOT NULL,
	"consortium_id" uuid NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"title" text NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"scheduled_by_subject" varchar(200) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services"."psych_file_handovers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_id" uuid NOT NULL,
	"from_counsellor_id" uuid NOT NULL,
	"to_counsellor_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"by_subject" varchar(200) NOT NULL,
	"by_role" varchar(40) NOT NULL,
	"handed_over_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services"."training_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"training_id" uuid NOT NULL,
	"organization_id" uuid,
	"professional_id" uuid,
	"volunteer_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_attendance_one" CHECK (num_nonnulls("services"."training_attendance"."organization_id", "services"."training_attendance"."professional_id", "services"."training_attendance"."volunteer_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "services"."trainings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "services"."training_kind" NOT NULL,
	"consortium_id" uuid NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"duration_minutes" integer NOT NULL,
	"recorded_by_subject" varchar(200) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trainings_duration" CHECK ("services"."trainings"."duration_minutes" > 0)
);
--> statement-breakpoint
ALTER TABLE "services"."consortia" ADD COLUMN "brand" text;--> statement-breakpoint
ALTER TABLE "services"."consortia" ADD COLUMN "created_by_subject" varchar(200);--> statement-breakpoint
ALTER TABLE "services"."consortium_members" ADD COLUMN "description" text;--> statement-breakpoint
ALTER TABLE "services"."consortium_members" ADD COLUMN "recorded_by_subject" varchar(200);--> statement-breakpoint
ALTER TABLE "services"."consortium_members" ADD COLUMN "recorded_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "services"."psych_files" ADD COLUMN "closing_summary" text;--> statement-breakpoint
ALTER TABLE "services"."agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "services"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."follow_up_actions" ADD CONSTRAINT "follow_up_actions_decision_id_meeting_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "services"."meeting_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."follow_up_actions" ADD CONSTRAINT "follow_up_actions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "services"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."meeting_attendees" ADD CONSTRAINT "meeting_attendees_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "services"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."meeting_decisions" ADD CONSTRAINT "meeting_decisions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "services"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."meeting_decisions" ADD CONSTRAINT "meeting_decisions_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "services"."agenda_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."meetings" ADD CONSTRAINT "meetings_consortium_id_consortia_id_fk" FOREIGN KEY ("consortium_id") REFERENCES "services"."consortia"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."psych_file_handovers" ADD CONSTRAINT "psych_file_handovers_file_id_psych_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "services"."psych_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."psych_file_handovers" ADD CONSTRAINT "psych_file_handovers_from_counsellor_id_professionals_id_fk" FOREIGN KEY ("from_counsellor_id") REFERENCES "services"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."psych_file_handovers" ADD CONSTRAINT "psych_file_handovers_to_counsellor_id_professionals_id_fk" FOREIGN KEY ("to_counsellor_id") REFERENCES "services"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."training_attendance" ADD CONSTRAINT "training_attendance_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "services"."trainings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."training_attendance" ADD CONSTRAINT "training_attendance_professional_id_professionals_id_fk" FOREIGN KEY ("professional_id") REFERENCES "services"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."training_attendance" ADD CONSTRAINT "training_attendance_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "services"."volunteers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."trainings" ADD CONSTRAINT "trainings_consortium_id_consortia_id_fk" FOREIGN KEY ("consortium_id") REFERENCES "services"."consortia"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agenda_items_position_key" ON "services"."agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "agenda_items_referral_key" ON "services"."agenda_items" USING btree ("meeting_id","referral_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agenda_items_need_key" ON "services"."agenda_items" USING btree ("meeting_id","need_id");--> statement-breakpoint
CREATE INDEX "agenda_items_referral_idx" ON "services"."agenda_items" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "agenda_items_need_idx" ON "services"."agenda_items" USING btree ("need_id");--> statement-breakpoint
CREATE INDEX "follow_up_actions_decision_idx" ON "services"."follow_up_actions" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "follow_up_actions_meeting_idx" ON "services"."follow_up_actions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "follow_up_actions_officer_idx" ON "services"."follow_up_actions" USING btree ("owner_officer_subject","status","due_on");--> statement-breakpoint
CREATE INDEX "follow_up_actions_org_idx" ON "services"."follow_up_actions" USING btree ("owner_organization_id","status","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_attendees_officer_key" ON "services"."meeting_attendees" USING btree ("meeting_id","officer_subject");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_attendees_org_key" ON "services"."meeting_attendees" USING btree ("meeting_id","organization_id");--> statement-breakpoint
CREATE INDEX "meeting_attendees_officer_idx" ON "services"."meeting_attendees" USING btree ("officer_subject");--> statement-breakpoint
CREATE INDEX "meeting_attendees_org_idx" ON "services"."meeting_attendees" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "meeting_decisions_meeting_idx" ON "services"."meeting_decisions" USING btree ("meeting_id","recorded_at");--> statement-breakpoint
CREATE INDEX "meeting_decisions_item_idx" ON "services"."meeting_decisions" USING btree ("agenda_item_id");--> statement-breakpoint
CREATE INDEX "meetings_county_idx" ON "services"."meetings" USING btree ("county_code","scheduled_at","id");--> statement-breakpoint
CREATE INDEX "meetings_consortium_idx" ON "services"."meetings" USING btree ("consortium_id","scheduled_at");--> statement-breakpoint
CREATE INDEX "meetings_scheduled_idx" ON "services"."meetings" USING btree ("scheduled_at","id");--> statement-breakpoint
CREATE INDEX "psych_file_handovers_file_idx" ON "services"."psych_file_handovers" USING btree ("file_id","handed_over_at");--> statement-breakpoint
CREATE UNIQUE INDEX "training_attendance_org_key" ON "services"."training_attendance" USING btree ("training_id","organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_attendance_professional_key" ON "services"."training_attendance" USING btree ("training_id","professional_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_attendance_volunteer_key" ON "services"."training_attendance" USING btree ("training_id","volunteer_id");--> statement-breakpoint
CREATE INDEX "training_attendance_professional_idx" ON "services"."training_attendance" USING btree ("professional_id");--> statement-breakpoint
CREATE INDEX "training_attendance_volunteer_idx" ON "services"."training_attendance" USING btree ("volunteer_id");--> statement-breakpoint
CREATE INDEX "trainings_consortium_idx" ON "services"."trainings" USING btree ("consortium_id","held_on");--> statement-breakpoint
CREATE INDEX "trainings_held_idx" ON "services"."trainings" USING btree ("held_on","id");--> statement-breakpoint
CREATE UNIQUE INDEX "consortium_members_one_lead" ON "services"."consortium_members" USING btree ("consortium_id") WHERE "services"."consortium_members"."role" = 'LEAD';--> statement-breakpoint
ALTER TABLE "services"."consortia" ADD CONSTRAINT "consortia_brand_county" CHECK ("services"."consortia"."brand" is null or "services"."consortia"."tier" = 'COUNTY');