CREATE TABLE "civil_affairs"."duplicate_id_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"existing_person_id" uuid NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"submitted_household_id" uuid NOT NULL,
	"submitted_relation" "civil_affairs"."relation" NOT NULL,
	"submitted_full_name" text NOT NULL,
	"submitted_phone" varchar(20),
	"submitted_guardian_id" uuid,
	"submitted_by" text NOT NULL,
	"submitted_by_role" varchar(40) NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" varchar(20) DEFAULT 'PENDING' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "civil_affairs"."access_log" ADD COLUMN "kind" varchar(20) DEFAULT 'READ' NOT NULL;--> statement-breakpoint
ALTER TABLE "civil_affairs"."duplicate_id_reviews" ADD CONSTRAINT "duplicate_id_reviews_existing_person_id_persons_id_fk" FOREIGN KEY ("existing_person_id") REFERENCES "civil_affairs"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civil_affairs"."duplicate_id_reviews" ADD CONSTRAINT "duplicate_id_reviews_submitted_household_id_households_id_fk" FOREIGN KEY ("submitted_household_id") REFERENCES "civil_affairs"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "duplicate_id_reviews_county_idx" ON "civil_affairs"."duplicate_id_reviews" USING btree ("county_code","status","submitted_at");