import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('zh-Hans', 'zh-Hant', 'en');
  CREATE TYPE "public"."enum_revisions_changes_item_responsibilities_stage" AS ENUM('acceptance', 'review', 'decision', 'delivery', 'supervision', 'filing', 'investigation', 'hearing', 'notification', 'enforcement', 'other');
  CREATE TYPE "public"."enum_revisions_changes_action" AS ENUM('add', 'modify', 'repeal');
  CREATE TYPE "public"."enum_revisions_changes_item_category" AS ENUM('XK', 'CF', 'QZ', 'ZS', 'JF', 'JC', 'QR', 'JL', 'CJ', 'QT', 'GG');
  CREATE TYPE "public"."enum_revisions_changes_item_statutory_deadline_unit" AS ENUM('workday', 'day', 'month');
  CREATE TYPE "public"."enum_revisions_changes_item_committed_deadline_unit" AS ENUM('workday', 'day', 'month');
  CREATE TYPE "public"."enum_revisions_status" AS ENUM('draft', 'submitted', 'approved', 'rejected', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_power_items_responsibilities_stage" AS ENUM('acceptance', 'review', 'decision', 'delivery', 'supervision', 'filing', 'investigation', 'hearing', 'notification', 'enforcement', 'other');
  CREATE TYPE "public"."enum_power_items_category" AS ENUM('XK', 'CF', 'QZ', 'ZS', 'JF', 'JC', 'QR', 'JL', 'CJ', 'QT', 'GG');
  CREATE TYPE "public"."enum_power_items_statutory_deadline_unit" AS ENUM('workday', 'day', 'month');
  CREATE TYPE "public"."enum_power_items_committed_deadline_unit" AS ENUM('workday', 'day', 'month');
  CREATE TYPE "public"."enum_power_items_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__power_items_v_version_responsibilities_stage" AS ENUM('acceptance', 'review', 'decision', 'delivery', 'supervision', 'filing', 'investigation', 'hearing', 'notification', 'enforcement', 'other');
  CREATE TYPE "public"."enum__power_items_v_version_category" AS ENUM('XK', 'CF', 'QZ', 'ZS', 'JF', 'JC', 'QR', 'JL', 'CJ', 'QT', 'GG');
  CREATE TYPE "public"."enum__power_items_v_version_statutory_deadline_unit" AS ENUM('workday', 'day', 'month');
  CREATE TYPE "public"."enum__power_items_v_version_committed_deadline_unit" AS ENUM('workday', 'day', 'month');
  CREATE TYPE "public"."enum__power_items_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__power_items_v_published_locale" AS ENUM('zh-Hans', 'zh-Hant', 'en');
  CREATE TYPE "public"."enum_departments_level" AS ENUM('national', 'province', 'city', 'county');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer', 'publisher');
  CREATE TABLE "revisions_changes_item_legal_basis" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"law" varchar,
  	"document_no" varchar,
  	"article" varchar,
  	"text" varchar
  );
  
  CREATE TABLE "revisions_changes_item_materials" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"material" varchar
  );
  
  CREATE TABLE "revisions_changes_item_procedure" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"deadline" varchar,
  	"description" varchar
  );
  
  CREATE TABLE "revisions_changes_item_fees_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"standard" varchar,
  	"basis" varchar
  );
  
  CREATE TABLE "revisions_changes_item_responsibilities" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"stage" "enum_revisions_changes_item_responsibilities_stage",
  	"duty" varchar,
  	"basis" varchar
  );
  
  CREATE TABLE "revisions_changes_item_accountability" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"circumstance" varchar
  );
  
  CREATE TABLE "revisions_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_revisions_changes_action" DEFAULT 'modify' NOT NULL,
  	"code" varchar NOT NULL,
  	"item_name" varchar,
  	"item_category" "enum_revisions_changes_item_category",
  	"item_parent_code" varchar,
  	"item_handling_unit" varchar,
  	"item_conditions" varchar,
  	"item_statutory_deadline_value" numeric,
  	"item_statutory_deadline_unit" "enum_revisions_changes_item_statutory_deadline_unit",
  	"item_statutory_deadline_note" varchar,
  	"item_committed_deadline_value" numeric,
  	"item_committed_deadline_unit" "enum_revisions_changes_item_committed_deadline_unit",
  	"item_committed_deadline_note" varchar,
  	"item_fees_charged" boolean DEFAULT false,
  	"item_supervision_phone" varchar,
  	"item_consultation_phone" varchar,
  	"item_remarks" jsonb
  );
  
  CREATE TABLE "revisions_comments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"author" varchar,
  	"at" varchar,
  	"item_code" varchar,
  	"event" varchar,
  	"text" varchar
  );
  
  CREATE TABLE "revisions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"department_id" integer NOT NULL,
  	"reason" jsonb,
  	"status" "enum_revisions_status" DEFAULT 'draft',
  	"base_snapshot_id" integer,
  	"base_hash" varchar,
  	"proposal_hash" varchar,
  	"author_id" integer,
  	"approval_hash" varchar,
  	"approval_by_id" integer,
  	"approval_at" timestamp(3) with time zone,
  	"approval_comment" varchar,
  	"effective_from" varchar,
  	"published_at" timestamp(3) with time zone,
  	"snapshot_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "revisions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "power_items_legal_basis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"law" varchar,
  	"document_no" varchar,
  	"article" varchar,
  	"text" varchar
  );
  
  CREATE TABLE "power_items_materials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"material" varchar
  );
  
  CREATE TABLE "power_items_procedure" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"deadline" varchar,
  	"description" varchar
  );
  
  CREATE TABLE "power_items_fees_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"standard" varchar,
  	"basis" varchar
  );
  
  CREATE TABLE "power_items_responsibilities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"stage" "enum_power_items_responsibilities_stage",
  	"duty" varchar,
  	"basis" varchar
  );
  
  CREATE TABLE "power_items_accountability" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"circumstance" varchar
  );
  
  CREATE TABLE "power_items" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"department_id" integer,
  	"code" varchar,
  	"name" varchar,
  	"category" "enum_power_items_category",
  	"parent_code" varchar,
  	"handling_unit" varchar,
  	"conditions" varchar,
  	"statutory_deadline_value" numeric,
  	"statutory_deadline_unit" "enum_power_items_statutory_deadline_unit",
  	"statutory_deadline_note" varchar,
  	"committed_deadline_value" numeric,
  	"committed_deadline_unit" "enum_power_items_committed_deadline_unit",
  	"committed_deadline_note" varchar,
  	"fees_charged" boolean DEFAULT false,
  	"supervision_phone" varchar,
  	"consultation_phone" varchar,
  	"remarks" jsonb,
  	"effective_from" varchar,
  	"effective_to" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_power_items_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_power_items_v_version_legal_basis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"law" varchar,
  	"document_no" varchar,
  	"article" varchar,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_power_items_v_version_materials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"material" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_power_items_v_version_procedure" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"deadline" varchar,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_power_items_v_version_fees_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"standard" varchar,
  	"basis" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_power_items_v_version_responsibilities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"stage" "enum__power_items_v_version_responsibilities_stage",
  	"duty" varchar,
  	"basis" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_power_items_v_version_accountability" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"circumstance" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_power_items_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_department_id" integer,
  	"version_code" varchar,
  	"version_name" varchar,
  	"version_category" "enum__power_items_v_version_category",
  	"version_parent_code" varchar,
  	"version_handling_unit" varchar,
  	"version_conditions" varchar,
  	"version_statutory_deadline_value" numeric,
  	"version_statutory_deadline_unit" "enum__power_items_v_version_statutory_deadline_unit",
  	"version_statutory_deadline_note" varchar,
  	"version_committed_deadline_value" numeric,
  	"version_committed_deadline_unit" "enum__power_items_v_version_committed_deadline_unit",
  	"version_committed_deadline_note" varchar,
  	"version_fees_charged" boolean DEFAULT false,
  	"version_supervision_phone" varchar,
  	"version_consultation_phone" varchar,
  	"version_remarks" jsonb,
  	"version_effective_from" varchar,
  	"version_effective_to" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__power_items_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__power_items_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "snapshots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"department_id" integer NOT NULL,
  	"department_code" varchar NOT NULL,
  	"sequence" numeric NOT NULL,
  	"chain_key" varchar NOT NULL,
  	"effective_from" varchar NOT NULL,
  	"published_at" timestamp(3) with time zone NOT NULL,
  	"hash" varchar NOT NULL,
  	"previous_hash" varchar,
  	"revision_id" integer,
  	"revision_title" varchar,
  	"totals" jsonb NOT NULL,
  	"items" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "departments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"credit_code" varchar,
  	"region_code" varchar NOT NULL,
  	"level" "enum_departments_level" NOT NULL,
  	"supervision_phone" varchar,
  	"consultation_phone" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "departments_locales" (
  	"name" varchar NOT NULL,
  	"address" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"departments_id" integer
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"sequence" numeric NOT NULL,
  	"at" varchar NOT NULL,
  	"actor" varchar,
  	"action" varchar NOT NULL,
  	"entity" varchar NOT NULL,
  	"entity_id" varchar NOT NULL,
  	"revision_id" integer,
  	"department_id" integer,
  	"from_status" varchar,
  	"to_status" varchar,
  	"comment" varchar,
  	"before_hash" varchar,
  	"after_hash" varchar,
  	"previous_hash" varchar,
  	"hash" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"revisions_id" integer,
  	"power_items_id" integer,
  	"snapshots_id" integer,
  	"departments_id" integer,
  	"users_id" integer,
  	"audit_log_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "revisions_changes_item_legal_basis" ADD CONSTRAINT "revisions_changes_item_legal_basis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."revisions_changes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "revisions_changes_item_materials" ADD CONSTRAINT "revisions_changes_item_materials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."revisions_changes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "revisions_changes_item_procedure" ADD CONSTRAINT "revisions_changes_item_procedure_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."revisions_changes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "revisions_changes_item_fees_items" ADD CONSTRAINT "revisions_changes_item_fees_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."revisions_changes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "revisions_changes_item_responsibilities" ADD CONSTRAINT "revisions_changes_item_responsibilities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."revisions_changes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "revisions_changes_item_accountability" ADD CONSTRAINT "revisions_changes_item_accountability_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."revisions_changes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "revisions_changes" ADD CONSTRAINT "revisions_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."revisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "revisions_comments" ADD CONSTRAINT "revisions_comments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."revisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "revisions" ADD CONSTRAINT "revisions_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "revisions" ADD CONSTRAINT "revisions_base_snapshot_id_snapshots_id_fk" FOREIGN KEY ("base_snapshot_id") REFERENCES "public"."snapshots"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "revisions" ADD CONSTRAINT "revisions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "revisions" ADD CONSTRAINT "revisions_approval_by_id_users_id_fk" FOREIGN KEY ("approval_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "revisions" ADD CONSTRAINT "revisions_snapshot_id_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."snapshots"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "revisions_rels" ADD CONSTRAINT "revisions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."revisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "revisions_rels" ADD CONSTRAINT "revisions_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "power_items_legal_basis" ADD CONSTRAINT "power_items_legal_basis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."power_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "power_items_materials" ADD CONSTRAINT "power_items_materials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."power_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "power_items_procedure" ADD CONSTRAINT "power_items_procedure_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."power_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "power_items_fees_items" ADD CONSTRAINT "power_items_fees_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."power_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "power_items_responsibilities" ADD CONSTRAINT "power_items_responsibilities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."power_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "power_items_accountability" ADD CONSTRAINT "power_items_accountability_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."power_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "power_items" ADD CONSTRAINT "power_items_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_power_items_v_version_legal_basis" ADD CONSTRAINT "_power_items_v_version_legal_basis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_power_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_power_items_v_version_materials" ADD CONSTRAINT "_power_items_v_version_materials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_power_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_power_items_v_version_procedure" ADD CONSTRAINT "_power_items_v_version_procedure_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_power_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_power_items_v_version_fees_items" ADD CONSTRAINT "_power_items_v_version_fees_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_power_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_power_items_v_version_responsibilities" ADD CONSTRAINT "_power_items_v_version_responsibilities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_power_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_power_items_v_version_accountability" ADD CONSTRAINT "_power_items_v_version_accountability_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_power_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_power_items_v" ADD CONSTRAINT "_power_items_v_parent_id_power_items_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."power_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_power_items_v" ADD CONSTRAINT "_power_items_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "snapshots" ADD CONSTRAINT "snapshots_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "snapshots" ADD CONSTRAINT "snapshots_revision_id_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."revisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "departments_locales" ADD CONSTRAINT "departments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_revision_id_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."revisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_revisions_fk" FOREIGN KEY ("revisions_id") REFERENCES "public"."revisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_power_items_fk" FOREIGN KEY ("power_items_id") REFERENCES "public"."power_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_snapshots_fk" FOREIGN KEY ("snapshots_id") REFERENCES "public"."snapshots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "revisions_changes_item_legal_basis_order_idx" ON "revisions_changes_item_legal_basis" USING btree ("_order");
  CREATE INDEX "revisions_changes_item_legal_basis_parent_id_idx" ON "revisions_changes_item_legal_basis" USING btree ("_parent_id");
  CREATE INDEX "revisions_changes_item_materials_order_idx" ON "revisions_changes_item_materials" USING btree ("_order");
  CREATE INDEX "revisions_changes_item_materials_parent_id_idx" ON "revisions_changes_item_materials" USING btree ("_parent_id");
  CREATE INDEX "revisions_changes_item_procedure_order_idx" ON "revisions_changes_item_procedure" USING btree ("_order");
  CREATE INDEX "revisions_changes_item_procedure_parent_id_idx" ON "revisions_changes_item_procedure" USING btree ("_parent_id");
  CREATE INDEX "revisions_changes_item_fees_items_order_idx" ON "revisions_changes_item_fees_items" USING btree ("_order");
  CREATE INDEX "revisions_changes_item_fees_items_parent_id_idx" ON "revisions_changes_item_fees_items" USING btree ("_parent_id");
  CREATE INDEX "revisions_changes_item_responsibilities_order_idx" ON "revisions_changes_item_responsibilities" USING btree ("_order");
  CREATE INDEX "revisions_changes_item_responsibilities_parent_id_idx" ON "revisions_changes_item_responsibilities" USING btree ("_parent_id");
  CREATE INDEX "revisions_changes_item_accountability_order_idx" ON "revisions_changes_item_accountability" USING btree ("_order");
  CREATE INDEX "revisions_changes_item_accountability_parent_id_idx" ON "revisions_changes_item_accountability" USING btree ("_parent_id");
  CREATE INDEX "revisions_changes_order_idx" ON "revisions_changes" USING btree ("_order");
  CREATE INDEX "revisions_changes_parent_id_idx" ON "revisions_changes" USING btree ("_parent_id");
  CREATE INDEX "revisions_changes_code_idx" ON "revisions_changes" USING btree ("code");
  CREATE INDEX "revisions_comments_order_idx" ON "revisions_comments" USING btree ("_order");
  CREATE INDEX "revisions_comments_parent_id_idx" ON "revisions_comments" USING btree ("_parent_id");
  CREATE INDEX "revisions_department_idx" ON "revisions" USING btree ("department_id");
  CREATE INDEX "revisions_status_idx" ON "revisions" USING btree ("status");
  CREATE INDEX "revisions_base_snapshot_idx" ON "revisions" USING btree ("base_snapshot_id");
  CREATE INDEX "revisions_author_idx" ON "revisions" USING btree ("author_id");
  CREATE INDEX "revisions_approval_approval_by_idx" ON "revisions" USING btree ("approval_by_id");
  CREATE INDEX "revisions_snapshot_idx" ON "revisions" USING btree ("snapshot_id");
  CREATE INDEX "revisions_updated_at_idx" ON "revisions" USING btree ("updated_at");
  CREATE INDEX "revisions_created_at_idx" ON "revisions" USING btree ("created_at");
  CREATE INDEX "revisions_rels_order_idx" ON "revisions_rels" USING btree ("order");
  CREATE INDEX "revisions_rels_parent_idx" ON "revisions_rels" USING btree ("parent_id");
  CREATE INDEX "revisions_rels_path_idx" ON "revisions_rels" USING btree ("path");
  CREATE INDEX "revisions_rels_users_id_idx" ON "revisions_rels" USING btree ("users_id");
  CREATE INDEX "power_items_legal_basis_order_idx" ON "power_items_legal_basis" USING btree ("_order");
  CREATE INDEX "power_items_legal_basis_parent_id_idx" ON "power_items_legal_basis" USING btree ("_parent_id");
  CREATE INDEX "power_items_materials_order_idx" ON "power_items_materials" USING btree ("_order");
  CREATE INDEX "power_items_materials_parent_id_idx" ON "power_items_materials" USING btree ("_parent_id");
  CREATE INDEX "power_items_procedure_order_idx" ON "power_items_procedure" USING btree ("_order");
  CREATE INDEX "power_items_procedure_parent_id_idx" ON "power_items_procedure" USING btree ("_parent_id");
  CREATE INDEX "power_items_fees_items_order_idx" ON "power_items_fees_items" USING btree ("_order");
  CREATE INDEX "power_items_fees_items_parent_id_idx" ON "power_items_fees_items" USING btree ("_parent_id");
  CREATE INDEX "power_items_responsibilities_order_idx" ON "power_items_responsibilities" USING btree ("_order");
  CREATE INDEX "power_items_responsibilities_parent_id_idx" ON "power_items_responsibilities" USING btree ("_parent_id");
  CREATE INDEX "power_items_accountability_order_idx" ON "power_items_accountability" USING btree ("_order");
  CREATE INDEX "power_items_accountability_parent_id_idx" ON "power_items_accountability" USING btree ("_parent_id");
  CREATE INDEX "power_items_department_idx" ON "power_items" USING btree ("department_id");
  CREATE INDEX "power_items_code_idx" ON "power_items" USING btree ("code");
  CREATE INDEX "power_items_effective_from_idx" ON "power_items" USING btree ("effective_from");
  CREATE INDEX "power_items_effective_to_idx" ON "power_items" USING btree ("effective_to");
  CREATE INDEX "power_items_updated_at_idx" ON "power_items" USING btree ("updated_at");
  CREATE INDEX "power_items_created_at_idx" ON "power_items" USING btree ("created_at");
  CREATE INDEX "power_items__status_idx" ON "power_items" USING btree ("_status");
  CREATE UNIQUE INDEX "department_code_idx" ON "power_items" USING btree ("department_id","code");
  CREATE INDEX "_power_items_v_version_legal_basis_order_idx" ON "_power_items_v_version_legal_basis" USING btree ("_order");
  CREATE INDEX "_power_items_v_version_legal_basis_parent_id_idx" ON "_power_items_v_version_legal_basis" USING btree ("_parent_id");
  CREATE INDEX "_power_items_v_version_materials_order_idx" ON "_power_items_v_version_materials" USING btree ("_order");
  CREATE INDEX "_power_items_v_version_materials_parent_id_idx" ON "_power_items_v_version_materials" USING btree ("_parent_id");
  CREATE INDEX "_power_items_v_version_procedure_order_idx" ON "_power_items_v_version_procedure" USING btree ("_order");
  CREATE INDEX "_power_items_v_version_procedure_parent_id_idx" ON "_power_items_v_version_procedure" USING btree ("_parent_id");
  CREATE INDEX "_power_items_v_version_fees_items_order_idx" ON "_power_items_v_version_fees_items" USING btree ("_order");
  CREATE INDEX "_power_items_v_version_fees_items_parent_id_idx" ON "_power_items_v_version_fees_items" USING btree ("_parent_id");
  CREATE INDEX "_power_items_v_version_responsibilities_order_idx" ON "_power_items_v_version_responsibilities" USING btree ("_order");
  CREATE INDEX "_power_items_v_version_responsibilities_parent_id_idx" ON "_power_items_v_version_responsibilities" USING btree ("_parent_id");
  CREATE INDEX "_power_items_v_version_accountability_order_idx" ON "_power_items_v_version_accountability" USING btree ("_order");
  CREATE INDEX "_power_items_v_version_accountability_parent_id_idx" ON "_power_items_v_version_accountability" USING btree ("_parent_id");
  CREATE INDEX "_power_items_v_parent_idx" ON "_power_items_v" USING btree ("parent_id");
  CREATE INDEX "_power_items_v_version_version_department_idx" ON "_power_items_v" USING btree ("version_department_id");
  CREATE INDEX "_power_items_v_version_version_code_idx" ON "_power_items_v" USING btree ("version_code");
  CREATE INDEX "_power_items_v_version_version_effective_from_idx" ON "_power_items_v" USING btree ("version_effective_from");
  CREATE INDEX "_power_items_v_version_version_effective_to_idx" ON "_power_items_v" USING btree ("version_effective_to");
  CREATE INDEX "_power_items_v_version_version_updated_at_idx" ON "_power_items_v" USING btree ("version_updated_at");
  CREATE INDEX "_power_items_v_version_version_created_at_idx" ON "_power_items_v" USING btree ("version_created_at");
  CREATE INDEX "_power_items_v_version_version__status_idx" ON "_power_items_v" USING btree ("version__status");
  CREATE INDEX "_power_items_v_created_at_idx" ON "_power_items_v" USING btree ("created_at");
  CREATE INDEX "_power_items_v_updated_at_idx" ON "_power_items_v" USING btree ("updated_at");
  CREATE INDEX "_power_items_v_snapshot_idx" ON "_power_items_v" USING btree ("snapshot");
  CREATE INDEX "_power_items_v_published_locale_idx" ON "_power_items_v" USING btree ("published_locale");
  CREATE INDEX "_power_items_v_latest_idx" ON "_power_items_v" USING btree ("latest");
  CREATE INDEX "version_department_version_code_idx" ON "_power_items_v" USING btree ("version_department_id","version_code");
  CREATE INDEX "snapshots_department_idx" ON "snapshots" USING btree ("department_id");
  CREATE INDEX "snapshots_department_code_idx" ON "snapshots" USING btree ("department_code");
  CREATE UNIQUE INDEX "snapshots_chain_key_idx" ON "snapshots" USING btree ("chain_key");
  CREATE INDEX "snapshots_effective_from_idx" ON "snapshots" USING btree ("effective_from");
  CREATE UNIQUE INDEX "snapshots_hash_idx" ON "snapshots" USING btree ("hash");
  CREATE UNIQUE INDEX "snapshots_revision_idx" ON "snapshots" USING btree ("revision_id");
  CREATE INDEX "snapshots_updated_at_idx" ON "snapshots" USING btree ("updated_at");
  CREATE INDEX "snapshots_created_at_idx" ON "snapshots" USING btree ("created_at");
  CREATE UNIQUE INDEX "departments_code_idx" ON "departments" USING btree ("code");
  CREATE INDEX "departments_updated_at_idx" ON "departments" USING btree ("updated_at");
  CREATE INDEX "departments_created_at_idx" ON "departments" USING btree ("created_at");
  CREATE UNIQUE INDEX "departments_locales_locale_parent_id_unique" ON "departments_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_departments_id_idx" ON "users_rels" USING btree ("departments_id");
  CREATE UNIQUE INDEX "audit_log_sequence_idx" ON "audit_log" USING btree ("sequence");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_entity_id_idx" ON "audit_log" USING btree ("entity_id");
  CREATE INDEX "audit_log_revision_idx" ON "audit_log" USING btree ("revision_id");
  CREATE INDEX "audit_log_department_idx" ON "audit_log" USING btree ("department_id");
  CREATE UNIQUE INDEX "audit_log_hash_idx" ON "audit_log" USING btree ("hash");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_revisions_id_idx" ON "payload_locked_documents_rels" USING btree ("revisions_id");
  CREATE INDEX "payload_locked_documents_rels_power_items_id_idx" ON "payload_locked_documents_rels" USING btree ("power_items_id");
  CREATE INDEX "payload_locked_documents_rels_snapshots_id_idx" ON "payload_locked_documents_rels" USING btree ("snapshots_id");
  CREATE INDEX "payload_locked_documents_rels_departments_id_idx" ON "payload_locked_documents_rels" USING btree ("departments_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "revisions_changes_item_legal_basis" CASCADE;
  DROP TABLE "revisions_changes_item_materials" CASCADE;
  DROP TABLE "revisions_changes_item_procedure" CASCADE;
  DROP TABLE "revisions_changes_item_fees_items" CASCADE;
  DROP TABLE "revisions_changes_item_responsibilities" CASCADE;
  DROP TABLE "revisions_changes_item_accountability" CASCADE;
  DROP TABLE "revisions_changes" CASCADE;
  DROP TABLE "revisions_comments" CASCADE;
  DROP TABLE "revisions" CASCADE;
  DROP TABLE "revisions_rels" CASCADE;
  DROP TABLE "power_items_legal_basis" CASCADE;
  DROP TABLE "power_items_materials" CASCADE;
  DROP TABLE "power_items_procedure" CASCADE;
  DROP TABLE "power_items_fees_items" CASCADE;
  DROP TABLE "power_items_responsibilities" CASCADE;
  DROP TABLE "power_items_accountability" CASCADE;
  DROP TABLE "power_items" CASCADE;
  DROP TABLE "_power_items_v_version_legal_basis" CASCADE;
  DROP TABLE "_power_items_v_version_materials" CASCADE;
  DROP TABLE "_power_items_v_version_procedure" CASCADE;
  DROP TABLE "_power_items_v_version_fees_items" CASCADE;
  DROP TABLE "_power_items_v_version_responsibilities" CASCADE;
  DROP TABLE "_power_items_v_version_accountability" CASCADE;
  DROP TABLE "_power_items_v" CASCADE;
  DROP TABLE "snapshots" CASCADE;
  DROP TABLE "departments" CASCADE;
  DROP TABLE "departments_locales" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_revisions_changes_item_responsibilities_stage";
  DROP TYPE "public"."enum_revisions_changes_action";
  DROP TYPE "public"."enum_revisions_changes_item_category";
  DROP TYPE "public"."enum_revisions_changes_item_statutory_deadline_unit";
  DROP TYPE "public"."enum_revisions_changes_item_committed_deadline_unit";
  DROP TYPE "public"."enum_revisions_status";
  DROP TYPE "public"."enum_power_items_responsibilities_stage";
  DROP TYPE "public"."enum_power_items_category";
  DROP TYPE "public"."enum_power_items_statutory_deadline_unit";
  DROP TYPE "public"."enum_power_items_committed_deadline_unit";
  DROP TYPE "public"."enum_power_items_status";
  DROP TYPE "public"."enum__power_items_v_version_responsibilities_stage";
  DROP TYPE "public"."enum__power_items_v_version_category";
  DROP TYPE "public"."enum__power_items_v_version_statutory_deadline_unit";
  DROP TYPE "public"."enum__power_items_v_version_committed_deadline_unit";
  DROP TYPE "public"."enum__power_items_v_version_status";
  DROP TYPE "public"."enum__power_items_v_published_locale";
  DROP TYPE "public"."enum_departments_level";
  DROP TYPE "public"."enum_users_roles";`)
}
