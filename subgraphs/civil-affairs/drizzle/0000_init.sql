CREATE SCHEMA "civil_affairs";
--> statement-breakpoint
CREATE TYPE "civil_affairs"."relation" AS ENUM('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'OTHER');--> statement-breakpoint
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
ALTER TABLE "civil_affairs"."persons" ADD CONSTRAINT "persons_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "civil_affairs"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "households_village_idx" ON "civil_affairs"."households" USING btree ("village_code","id");--> statement-breakpoint
CREATE INDEX "households_registered_idx" ON "civil_affairs"."households" USING btree ("registered_at","id");--> statement-breakpoint
CREATE INDEX "persons_household_idx" ON "civil_affairs"."persons" USING btree ("household_id");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_id_number_key" ON "civil_affairs"."persons" USING btree ("id_number");