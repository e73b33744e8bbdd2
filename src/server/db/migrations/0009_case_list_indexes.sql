DROP INDEX "cases_owner_stage_updated_idx";--> statement-breakpoint
DROP INDEX "cases_owner_updated_idx";--> statement-breakpoint
DROP INDEX "cases_owner_created_idx";--> statement-breakpoint
DROP INDEX "cases_navigator_updated_idx";--> statement-breakpoint
CREATE INDEX "cases_navigator_stage_updated_idx" ON "cases" USING btree ("navigator_user_id","stage","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "cases_owner_stage_updated_idx" ON "cases" USING btree ("owner_organisation_id","stage","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "cases_owner_updated_idx" ON "cases" USING btree ("owner_organisation_id","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "cases_owner_created_idx" ON "cases" USING btree ("owner_organisation_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "cases_navigator_updated_idx" ON "cases" USING btree ("navigator_user_id","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);