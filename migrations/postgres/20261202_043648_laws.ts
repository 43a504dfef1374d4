import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_laws_versions_status" AS ENUM('in-force', 'amended', 'repealed');
  CREATE TYPE "public"."enum_laws_level" AS ENUM('law', 'administrative-regulation', 'local-regulation', 'department-rule', 'local-government-rule', 'normative-document');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'legal';
  CREATE TABLE "laws_versions_article_map" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" varchar NOT NULL,
  	"to" varchar
  );
  
  CREATE TABLE "laws_versions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"effective_from" varchar,
  	"status" "enum_laws_versions_status" DEFAULT 'in-force' NOT NULL,
  	"document_no" varchar,
  	"replaced_by_id" integer,
  	"note" varchar
  );
  
  CREATE TABLE "laws" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"level" "enum_laws_level" NOT NULL,
  	"issuing_body" varchar,
  	"document_no" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "laws_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "laws_id" integer;
  ALTER TABLE "laws_versions_article_map" ADD CONSTRAINT "laws_versions_article_map_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."laws_versions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "laws_versions" ADD CONSTRAINT "laws_versions_replaced_by_id_laws_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."laws"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "laws_versions" ADD CONSTRAINT "laws_versions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."laws"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "laws_texts" ADD CONSTRAINT "laws_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."laws"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "laws_versions_article_map_order_idx" ON "laws_versions_article_map" USING btree ("_order");
  CREATE INDEX "laws_versions_article_map_parent_id_idx" ON "laws_versions_article_map" USING btree ("_parent_id");
  CREATE INDEX "laws_versions_order_idx" ON "laws_versions" USING btree ("_order");
  CREATE INDEX "laws_versions_parent_id_idx" ON "laws_versions" USING btree ("_parent_id");
  CREATE INDEX "laws_versions_replaced_by_idx" ON "laws_versions" USING btree ("replaced_by_id");
  CREATE INDEX "laws_title_idx" ON "laws" USING btree ("title");
  CREATE INDEX "laws_updated_at_idx" ON "laws" USING btree ("updated_at");
  CREATE INDEX "laws_created_at_idx" ON "laws" USING btree ("created_at");
  CREATE INDEX "laws_texts_order_parent" ON "laws_texts" USING btree ("order","parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_laws_fk" FOREIGN KEY ("laws_id") REFERENCES "public"."laws"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_laws_id_idx" ON "payload_locked_documents_rels" USING btree ("laws_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "laws_versions_article_map" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "laws_versions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "laws" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "laws_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "laws_versions_article_map" CASCADE;
  DROP TABLE "laws_versions" CASCADE;
  DROP TABLE "laws" CASCADE;
  DROP TABLE "laws_texts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_laws_fk";
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer', 'publisher');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  DROP INDEX "payload_locked_documents_rels_laws_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "laws_id";
  DROP TYPE "public"."enum_laws_versions_status";
  DROP TYPE "public"."enum_laws_level";`)
}
