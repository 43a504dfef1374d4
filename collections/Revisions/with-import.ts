import type { CollectionConfig } from 'payload'

/**
 * Adds the import upload and the completeness figure to the revision edit view: a `ui` field
 * (no column), so the Revisions collection itself stays as the workflow defines it.
 */
export function withImportUpload(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    fields: [
      {
        name: 'importUpload',
        type: 'ui',
        label: { zh: '导入与完整度', en: 'Import and completeness' },
        admin: { components: { Field: '/src/admin/ImportUpload#ImportUpload' } },
      },
      ...collection.fields,
    ],
  }
}
