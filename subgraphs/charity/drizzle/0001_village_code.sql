ALTER TABLE "charity"."referrals" ADD COLUMN "village_code" varchar(12);--> statement-breakpoint
-- Hand-added: the referral feed is read again from its first event, so rows written before the feed carried
-- the village get it (an event fills a village still unknown, whatever its sequence; nothing else changes).
DELETE FROM "charity"."feed_cursors" WHERE "feed" = 'civil-affairs.referral-events';
