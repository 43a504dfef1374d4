import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { convertChain, parsedJson } from '../item-contents-conversion'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`item_contents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hash\` text NOT NULL,
  	\`item\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`item_contents_hash_idx\` ON \`item_contents\` (\`hash\`);`)
  await db.run(sql`CREATE INDEX \`item_contents_updated_at_idx\` ON \`item_contents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`item_contents_created_at_idx\` ON \`item_contents\` (\`created_at\`);`)
  // a column NOT NULL needs a default on a table with rows; every row gets its hashes below
  await db.run(sql`ALTER TABLE \`snapshots\` ADD \`item_hashes\` text DEFAULT '[]' NOT NULL;`)
  await convertSnapshots(db)
  await db.run(sql`ALTER TABLE \`snapshots\` DROP COLUMN \`items\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`item_contents_id\` integer REFERENCES item_contents(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_item_contents_id_idx\` ON \`payload_locked_documents_rels\` (\`item_contents_id\`);`)
}

/** Each department's chain in turn (one chain in memory at a time): item contents, hashes, links. */
async function convertSnapshots(db: MigrateUpArgs['db']): Promise<void> {
  const departments = await db.all<{ department: number }>(sql`SELECT DISTINCT \`department_id\` AS department FROM \`snapshots\``)
  const now = new Date().toISOString()
  for (const { department } of departments) {
    const rows = await db.all<{ id: number; code: string; effective: string; items: string }>(
      sql`SELECT \`id\`, \`department_code\` AS code, \`effective_from\` AS effective, \`items\` FROM \`snapshots\` WHERE \`department_id\` = ${department} ORDER BY \`sequence\``,
    )
    const { snapshots, versions } = convertChain(
      rows.map((row) => ({ id: row.id, departmentCode: row.code, effectiveFrom: row.effective, items: parsedJson(row.items) as unknown[] })),
    )
    for (const [hash, item] of versions) {
      await db.run(
        sql`INSERT INTO \`item_contents\` (\`hash\`, \`item\`, \`updated_at\`, \`created_at\`) VALUES (${hash}, ${JSON.stringify(item)}, ${now}, ${now}) ON CONFLICT (\`hash\`) DO NOTHING`,
      )
    }
    for (const snapshot of snapshots) {
      await db.run(
        sql`UPDATE \`snapshots\` SET \`item_hashes\` = ${JSON.stringify(snapshot.itemHashes)}, \`hash\` = ${snapshot.hash}, \`previous_hash\` = ${snapshot.previousHash} WHERE \`id\` = ${snapshot.id}`,
      )
    }
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`item_contents\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`revisions_id\` integer,
  	\`proposals_id\` integer,
  	\`power_items_id\` integer,
  	\`snapshots_id\` integer,
  	\`departments_id\` integer,
  	\`laws_id\` integer,
  	\`users_id\` integer,
  	\`audit_log_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`revisions_id\`) REFERENCES \`revisions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`proposals_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`power_items_id\`) REFERENCES \`power_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`snapshots_id\`) REFERENCES \`snapshots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`laws_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "revisions_id", "proposals_id", "power_items_id", "snapshots_id", "departments_id", "laws_id", "users_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "revisions_id", "proposals_id", "power_items_id", "snapshots_id", "departments_id", "laws_id", "users_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_revisions_id_idx\` ON \`payload_locked_documents_rels\` (\`revisions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_proposals_id_idx\` ON \`payload_locked_documents_rels\` (\`proposals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_power_items_id_idx\` ON \`payload_locked_documents_rels\` (\`power_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_snapshots_id_idx\` ON \`payload_locked_documents_rels\` (\`snapshots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_laws_id_idx\` ON \`payload_locked_documents_rels\` (\`laws_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`ALTER TABLE \`snapshots\` ADD \`items\` text NOT NULL;`)
  await db.run(sql`ALTER TABLE \`snapshots\` DROP COLUMN \`item_hashes\`;`)
}
