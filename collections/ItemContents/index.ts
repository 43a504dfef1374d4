import type { CollectionConfig } from 'payload'
import { nobody } from '../access'

/**
 * 事项内容: every item content a snapshot names, stored once under the SHA-256 of its canonical
 * JSON (content-addressed), so a publication adds only the items it changed. Written and read only
 * by the services (src/services/item-contents.ts, set-based); no REST, GraphQL or admin access,
 * since the public reads items through the snapshots and staff through the revisions.
 */
export const ItemContents: CollectionConfig = {
  slug: 'item-contents',
  labels: { singular: { zh: '事项内容', en: 'Item content' }, plural: { zh: '事项内容', en: 'Item contents' } },
  admin: { hidden: true, useAsTitle: 'hash' },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  fields: [
    { name: 'hash', type: 'text', required: true, unique: true },
    { name: 'item', type: 'json', required: true },
  ],
}
