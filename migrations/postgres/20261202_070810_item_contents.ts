import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { convertChain, parsedJson } from '../item-contents-conversion'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "item_contents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hash" varchar NOT NULL,
  	"item" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "snapshots" ADD COLUMN "item_hashes" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "item_contents_id" integer;
  CREATE UNIQUE INDEX "item_contents_hash_idx" ON "item_contents" USING btree ("hash");
  CREATE INDEX "item_contents_updated_at_idx" ON "item_contents" USING btree ("updated_at");
  CREATE INDEX "item_contents_created_at_idx" ON "item_contents" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_item_contents_fk" FOREIGN KEY ("item_contents_id") REFERENCES "public"."item_contents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_item_contents_id_idx" ON "payload_locked_documents_rels" USING btree ("item_contents_id");`)
  await convertSnapshots(db)
  await db.execute(sql`
  ALTER TABLE "snapshots" ALTER COLUMN "item_hashes" SET NOT NULL;
  ALTER TABLE "snapshots" DROP COLUMN "items";`)
}

/** Each department's chain in turn (one chain in memory at a time): item contents, hashes, links. */
async function convertSnapshots(db: MigrateUpArgs['db']): Promise<void> {
  const { rows: departments } = await db.execute(sql`SELECT DISTINCT "department_id" AS department FROM "snapshots"`)
  for (const { department } of departments) {
    const { rows } = await db.execute(
      sql`SELECT "id", "department_code" AS code, "effective_from" AS effective, "items" FROM "snapshots" WHERE "department_id" = ${department} ORDER BY "sequence"`,
    )
    const { snapshots, versions } = convertChain(
      rows.map((row) => ({ id: row.id as number, departmentCode: String(row.code), effectiveFrom: String(row.effective), items: parsedJson(row.items) as unknown[] })),
    )
    for (const [hash, item] of versions) {
      await db.execute(sql`INSERT INTO "item_contents" ("hash", "item") VALUES (${hash}, ${JSON.stringify(item)}::jsonb) ON CONFLICT ("hash") DO NOTHING`)
    }
    for (const snapshot of snapshots) {
      await db.execute(
        sql`UPDATE "snapshots" SET "item_hashes" = ${JSON.stringify(snapshot.itemHashes)}::jsonb, "hash" = ${snapshot.hash}, "previous_hash" = ${snapshot.previousHash} WHERE "id" = ${snapshot.id}`,
      )
    }
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "item_contents" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "item_contents" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_item_contents_fk";
  
  DROP INDEX "payload_locked_documents_rels_item_contents_id_idx";
  ALTER TABLE "snapshots" ADD COLUMN "items" jsonb NOT NULL;
  ALTER TABLE "snapshots" DROP COLUMN "item_hashes";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "item_contents_id";`)
}
