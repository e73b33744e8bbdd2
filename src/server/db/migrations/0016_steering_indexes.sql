CREATE INDEX "stats_cases_closed_idx" ON "stats_cases" USING btree ("closed_at");--> statement-breakpoint
CREATE INDEX "stats_cases_visa_idx" ON "stats_cases" USING btree ("visa_decided_at");--> statement-breakpoint
CREATE INDEX "stats_cases_entered_idx" ON "stats_cases" USING btree ("entered_at");--> statement-breakpoint
CREATE INDEX "stats_cases_open_idx" ON "stats_cases" USING btree ("authority_organisation_id","stage") WHERE stage <> 'closed';--> statement-breakpoint
CREATE INDEX "stats_obstacles_resolved_idx" ON "stats_obstacles" USING btree ("resolved_at");