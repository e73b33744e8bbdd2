CREATE TABLE "account_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"purpose" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "account_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "cooperation_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text,
	"title" text NOT NULL,
	"topic" text NOT NULL,
	"partner_ids" uuid[] NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"document_url" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cooperation_agreements_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "organisation_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"service_id" text NOT NULL,
	"description" jsonb,
	"eligibility" jsonb,
	"how_to_reach" jsonb,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"area_ags" text[],
	"capacity" text DEFAULT 'open' NOT NULL,
	"capacity_updated_on" date,
	"is_active" boolean DEFAULT true NOT NULL,
	"edited_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "street" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "postcode" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "locality" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "locality_ags" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "longitude" double precision;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "contact_channels" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "opening_hours" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "internal_contact" jsonb;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "referral_due_working_days" integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "escalation_emails" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "is_active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organisation_services" ADD CONSTRAINT "organisation_services_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_links_user_idx" ON "account_links" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "account_links_open_idx" ON "account_links" USING btree ("expires_at") WHERE used_at IS NULL;--> statement-breakpoint
CREATE INDEX "cooperation_agreements_partners_idx" ON "cooperation_agreements" USING gin ("partner_ids");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_services_org_service_key" ON "organisation_services" USING btree ("organisation_id","service_id");--> statement-breakpoint
CREATE INDEX "organisation_services_service_idx" ON "organisation_services" USING btree ("service_id");