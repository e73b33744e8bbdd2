DROP INDEX "search_entries_search_idx";--> statement-breakpoint
DROP INDEX "search_entries_head_idx";--> statement-breakpoint
CREATE INDEX "search_entries_search_de_idx" ON "search_entries" USING gin ("search") WHERE "search_entries"."language" <> 'en';--> statement-breakpoint
CREATE INDEX "search_entries_search_en_idx" ON "search_entries" USING gin ("search") WHERE "search_entries"."language" = 'en';--> statement-breakpoint
CREATE INDEX "search_entries_head_de_idx" ON "search_entries" USING gin ("head") WHERE "search_entries"."language" <> 'en';--> statement-breakpoint
CREATE INDEX "search_entries_head_en_idx" ON "search_entries" USING gin ("head") WHERE "search_entries"."language" = 'en';