-- Audit entries are inserted unsealed and sealed into the hash chain by the sealer (ADR 0011).
-- Existing rows are all sealed: their insertion id is their chain position.
ALTER TABLE "audit_log" DISABLE TRIGGER "audit_log_append_only";--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_pkey";--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "seq" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "prev_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "id" bigint;--> statement-breakpoint
UPDATE "audit_log" SET "id" = "seq";--> statement-breakpoint
CREATE SEQUENCE "audit_log_id_seq" OWNED BY "audit_log"."id";--> statement-breakpoint
SELECT setval('audit_log_id_seq', COALESCE((SELECT max("id") FROM "audit_log"), 0) + 1, false);--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "id" SET DEFAULT nextval('audit_log_id_seq');--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD PRIMARY KEY ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_seq_key" ON "audit_log" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "audit_unsealed_idx" ON "audit_log" USING btree ("id") WHERE "audit_log"."seq" IS NULL;--> statement-breakpoint
-- The only change ever allowed: sealing an unsealed entry, its content untouched.
CREATE OR REPLACE FUNCTION audit_log_reject_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL AND NEW.prev_hash IS NOT NULL AND NEW.hash IS NOT NULL
     AND (NEW.id, NEW.at, NEW.actor_user_id, NEW.actor_organisation_id, NEW.action, NEW.subject_type, NEW.subject_id,
          NEW.purpose, NEW.request_id, NEW.details)
         IS NOT DISTINCT FROM
         (OLD.id, OLD.at, OLD.actor_user_id, OLD.actor_organisation_id, OLD.action, OLD.subject_type, OLD.subject_id,
          OLD.purpose, OLD.request_id, OLD.details) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only (% rejected)', TG_OP;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE TRIGGER "audit_log_append_only";
