-- Trigram similarity (typo tolerance) and accent folding for search; both ship with PostgreSQL
-- and with PGlite (contrib, loaded in db/client.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
