-- Append-only tables: the access log, referral transitions and the referral outbox may only grow.
CREATE OR REPLACE FUNCTION "civil_affairs"."refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table %.% is append-only', TG_TABLE_SCHEMA, TG_TABLE_NAME;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "access_log_append_only" BEFORE UPDATE OR DELETE ON "civil_affairs"."access_log"
  FOR EACH ROW EXECUTE FUNCTION "civil_affairs"."refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "referral_transitions_append_only" BEFORE UPDATE OR DELETE ON "civil_affairs"."referral_transitions"
  FOR EACH ROW EXECUTE FUNCTION "civil_affairs"."refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "referral_events_append_only" BEFORE UPDATE OR DELETE ON "civil_affairs"."referral_events"
  FOR EACH ROW EXECUTE FUNCTION "civil_affairs"."refuse_change"();
--> statement-breakpoint
-- The gap-free sequence of the referral feed starts at 0 (see src/outbox.ts).
INSERT INTO "civil_affairs"."outbox_counters" ("name", "value") VALUES ('referral_events', 0) ON CONFLICT DO NOTHING;
