CREATE SEQUENCE "public"."case_reference_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"case_id" uuid NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"text" text NOT NULL,
	"author_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_obstacles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"category" text NOT NULL,
	"text" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid
);
--> statement-breakpoint
CREATE TABLE "case_organisations" (
	"case_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	CONSTRAINT "case_organisations_case_id_organisation_id_role_pk" PRIMARY KEY("case_id","organisation_id","role")
);
--> statement-breakpoint
CREATE TABLE "case_persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"birth_date" date NOT NULL,
	"citizenship" text NOT NULL,
	"contact" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"stage" text DEFAULT 'information' NOT NULL,
	"stage_before_closing" text,
	"close_reason" text,
	"target_title_id" text,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "given_name" || ' ' || "family_name")) STORED NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"title" text NOT NULL,
	"assignee_user_id" uuid,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"navigator_user_id" uuid,
	"navigator_assigned_at" timestamp with time zone,
	"stage" text DEFAULT 'information' NOT NULL,
	"stage_before_closing" text,
	"close_reason" text,
	"target_title_id" text,
	"evaluation" jsonb,
	"evaluation_rule_set_id" text,
	"employer_organisation_id" uuid,
	"job" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_obstacles" ADD CONSTRAINT "case_obstacles_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_obstacles" ADD CONSTRAINT "case_obstacles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_obstacles" ADD CONSTRAINT "case_obstacles_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_organisations" ADD CONSTRAINT "case_organisations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_organisations" ADD CONSTRAINT "case_organisations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_persons" ADD CONSTRAINT "case_persons_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_assignee_user_id_users_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_navigator_user_id_users_id_fk" FOREIGN KEY ("navigator_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_employer_organisation_id_organisations_id_fk" FOREIGN KEY ("employer_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_events_case_at_idx" ON "case_events" USING btree ("case_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "case_notes_case_idx" ON "case_notes" USING btree ("case_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "case_obstacles_case_idx" ON "case_obstacles" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_obstacles_category_idx" ON "case_obstacles" USING btree ("category");--> statement-breakpoint
CREATE INDEX "case_organisations_organisation_idx" ON "case_organisations" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "case_persons_case_idx" ON "case_persons" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_persons_main_key" ON "case_persons" USING btree ("case_id") WHERE "case_persons"."relation" = 'main';--> statement-breakpoint
CREATE INDEX "case_persons_main_name_idx" ON "case_persons" USING btree (lower("family_name"),lower("given_name"),"case_id") WHERE "case_persons"."relation" = 'main';--> statement-breakpoint
CREATE INDEX "case_persons_search_idx" ON "case_persons" USING gin ("search");--> statement-breakpoint
CREATE INDEX "case_tasks_case_idx" ON "case_tasks" USING btree ("case_id","due_on");--> statement-breakpoint
CREATE INDEX "case_tasks_open_assignee_due_idx" ON "case_tasks" USING btree ("assignee_user_id","due_on") WHERE "case_tasks"."status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "cases_reference_key" ON "cases" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "cases_owner_stage_updated_idx" ON "cases" USING btree ("owner_organisation_id","stage","updated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_owner_updated_idx" ON "cases" USING btree ("owner_organisation_id","updated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_owner_created_idx" ON "cases" USING btree ("owner_organisation_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_navigator_updated_idx" ON "cases" USING btree ("navigator_user_id","updated_at" DESC NULLS LAST);