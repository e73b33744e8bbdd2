CREATE TABLE "case_qualifications" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"qualification_type" text,
	"country" text,
	"reference_kldb" text,
	"reference_isco" text,
	"reference_name" text,
	"outcome" text DEFAULT 'pending' NOT NULL,
	"decided_on" date,
	"body_organisation_id" uuid,
	"body_name" text,
	"file_number" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "obstacle_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"legal_reference" text,
	"reported_by" uuid,
	"organisation_id" uuid,
	"status" text DEFAULT 'pending' NOT NULL,
	"moderated_by" uuid,
	"moderated_at" timestamp with time zone,
	"moderation_reason" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "obstacle_text_clearances" (
	"obstacle_id" uuid PRIMARY KEY NOT NULL,
	"decision" text NOT NULL,
	"cleared_text" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "praxis_check_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"scope" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "praxis_check_versions" (
	"report_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"sections" jsonb NOT NULL,
	"status" text NOT NULL,
	"figures" jsonb,
	"edited_by" uuid,
	"edited_at" timestamp with time zone NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone,
	CONSTRAINT "praxis_check_versions_report_id_version_pk" PRIMARY KEY("report_id","version")
);
--> statement-breakpoint
CREATE TABLE "shortage_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"file_name" text NOT NULL,
	"is_demo" boolean NOT NULL,
	"row_count" integer NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shortage_occupations" (
	"import_id" uuid NOT NULL,
	"kldb" text NOT NULL,
	"occupation_name" text NOT NULL,
	"level" integer NOT NULL,
	"score" numeric(4, 2) NOT NULL,
	"is_shortage" boolean NOT NULL,
	"year" integer NOT NULL,
	"region" text NOT NULL,
	CONSTRAINT "shortage_occupations_import_id_kldb_level_region_year_pk" PRIMARY KEY("import_id","kldb","level","region","year")
);
--> statement-breakpoint
CREATE TABLE "stats_cases" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"authority_organisation_id" uuid,
	"land" text,
	"target_title_id" text,
	"citizenship" text,
	"country_group" text NOT NULL,
	"family_size" integer NOT NULL,
	"stage" text NOT NULL,
	"close_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"visa_decided_at" timestamp with time zone,
	"entered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "stats_obstacles" (
	"obstacle_id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"category" text NOT NULL,
	"stage" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"authority_organisation_id" uuid,
	"land" text,
	"target_title_id" text,
	"country_group" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stats_procedure_steps" (
	"procedure_id" uuid NOT NULL,
	"step_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"status" text NOT NULL,
	"started_on" date,
	"due_on" date,
	"completed_on" date,
	"authority_organisation_id" uuid,
	"land" text,
	"target_title_id" text,
	"country_group" text NOT NULL,
	CONSTRAINT "stats_procedure_steps_procedure_id_step_id_pk" PRIMARY KEY("procedure_id","step_id")
);
--> statement-breakpoint
CREATE TABLE "stats_referrals" (
	"referral_id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"from_organisation_id" uuid NOT NULL,
	"to_organisation_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"state" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"escalated" boolean NOT NULL,
	"authority_organisation_id" uuid,
	"land" text,
	"target_title_id" text,
	"country_group" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stats_refreshes" (
	"id" text PRIMARY KEY NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	"duration_ms" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stats_stage_visits" (
	"case_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"left_at" timestamp with time zone,
	"authority_organisation_id" uuid,
	"land" text,
	"target_title_id" text,
	"country_group" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_qualifications" ADD CONSTRAINT "case_qualifications_person_id_case_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."case_persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_qualifications" ADD CONSTRAINT "case_qualifications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_qualifications" ADD CONSTRAINT "case_qualifications_body_organisation_id_organisations_id_fk" FOREIGN KEY ("body_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_qualifications" ADD CONSTRAINT "case_qualifications_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obstacle_reports" ADD CONSTRAINT "obstacle_reports_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obstacle_reports" ADD CONSTRAINT "obstacle_reports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obstacle_reports" ADD CONSTRAINT "obstacle_reports_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obstacle_text_clearances" ADD CONSTRAINT "obstacle_text_clearances_obstacle_id_case_obstacles_id_fk" FOREIGN KEY ("obstacle_id") REFERENCES "public"."case_obstacles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obstacle_text_clearances" ADD CONSTRAINT "obstacle_text_clearances_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "praxis_check_reports" ADD CONSTRAINT "praxis_check_reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "praxis_check_versions" ADD CONSTRAINT "praxis_check_versions_report_id_praxis_check_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."praxis_check_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "praxis_check_versions" ADD CONSTRAINT "praxis_check_versions_edited_by_users_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "praxis_check_versions" ADD CONSTRAINT "praxis_check_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortage_imports" ADD CONSTRAINT "shortage_imports_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortage_occupations" ADD CONSTRAINT "shortage_occupations_import_id_shortage_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."shortage_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_qualifications_case_idx" ON "case_qualifications" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "obstacle_reports_status_idx" ON "obstacle_reports" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "stats_cases_created_idx" ON "stats_cases" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "stats_cases_authority_idx" ON "stats_cases" USING btree ("authority_organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "stats_obstacles_created_idx" ON "stats_obstacles" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "stats_procedure_steps_due_idx" ON "stats_procedure_steps" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "stats_referrals_sent_idx" ON "stats_referrals" USING btree ("sent_at");--> statement-breakpoint
CREATE INDEX "stats_stage_visits_left_idx" ON "stats_stage_visits" USING btree ("left_at");--> statement-breakpoint
CREATE INDEX "stats_stage_visits_case_idx" ON "stats_stage_visits" USING btree ("case_id");