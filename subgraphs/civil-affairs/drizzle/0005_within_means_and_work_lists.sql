DROP INDEX "civil_affairs"."referrals_organization_idx";--> statement-breakpoint
ALTER TABLE "civil_affairs"."referral_transitions" ADD COLUMN "pre_aid_verdict" varchar(30);--> statement-breakpoint
ALTER TABLE "civil_affairs"."referral_transitions" ADD COLUMN "override_reason" text;--> statement-breakpoint
CREATE INDEX "aid_records_period_end_idx" ON "civil_affairs"."aid_records" USING btree ("status","period_end");--> statement-breakpoint
CREATE INDEX "referral_transitions_action_idx" ON "civil_affairs"."referral_transitions" USING btree ("action","referral_id");--> statement-breakpoint
CREATE INDEX "referrals_status_updated_idx" ON "civil_affairs"."referrals" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "referrals_organization_idx" ON "civil_affairs"."referrals" USING btree ("organization_id","updated_at");