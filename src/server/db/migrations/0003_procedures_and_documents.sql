CREATE TABLE "accelerated_procedures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"agreed_on" date NOT NULL,
	"abh_organisation_id" uuid NOT NULL,
	"employer_organisation_id" uuid,
	"recognition_body_organisation_id" uuid,
	"state" jsonb NOT NULL,
	"fee_cents" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedure_steps" (
	"procedure_id" uuid NOT NULL,
	"step_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"actor" text NOT NULL,
	"actor_organisation_id" uuid,
	"status" text NOT NULL,
	"due_on" date,
	"completed_on" date
);
--> statement-breakpoint
CREATE TABLE "case_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid,
	"checklist_item_id" text,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "stored_files" (
	"storage_key" text PRIMARY KEY NOT NULL,
	"content" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accelerated_procedures" ADD CONSTRAINT "accelerated_procedures_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accelerated_procedures" ADD CONSTRAINT "accelerated_procedures_abh_organisation_id_organisations_id_fk" FOREIGN KEY ("abh_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accelerated_procedures" ADD CONSTRAINT "accelerated_procedures_employer_organisation_id_organisations_id_fk" FOREIGN KEY ("employer_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accelerated_procedures" ADD CONSTRAINT "accelerated_procedures_recognition_body_organisation_id_organisations_id_fk" FOREIGN KEY ("recognition_body_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accelerated_procedures" ADD CONSTRAINT "accelerated_procedures_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_steps" ADD CONSTRAINT "procedure_steps_procedure_id_accelerated_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."accelerated_procedures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_steps" ADD CONSTRAINT "procedure_steps_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_steps" ADD CONSTRAINT "procedure_steps_actor_organisation_id_organisations_id_fk" FOREIGN KEY ("actor_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_person_id_case_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."case_persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accelerated_procedures_case_key" ON "accelerated_procedures" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_steps_key" ON "procedure_steps" USING btree ("procedure_id","step_id");--> statement-breakpoint
CREATE INDEX "procedure_steps_due_idx" ON "procedure_steps" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "procedure_steps_case_idx" ON "procedure_steps" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_documents_case_idx" ON "case_documents" USING btree ("case_id");