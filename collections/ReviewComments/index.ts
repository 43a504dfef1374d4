import type { CollectionConfig } from 'payload'
import { nobody } from '../access'

/**
 * 逐项审查意见 (src/domain/review-comment.ts): one comment on one proposed item of a revision.
 * Written and read only through the Workflow API (src/services/review-comments.ts), which checks
 * that the user may read the revision; no REST, GraphQL or admin access of its own, and never
 * updated or deleted.
 */
export const ReviewComments: CollectionConfig = {
  slug: 'review-comments',
  labels: { singular: { zh: '逐项审查意见', en: 'Item comment' }, plural: { zh: '逐项审查意见', en: 'Item comments' } },
  admin: { hidden: true, useAsTitle: 'code' },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  fields: [
    { name: 'revision', type: 'relationship', relationTo: 'revisions', required: true, index: true, maxDepth: 0 },
    { name: 'code', type: 'text', required: true, index: true },
    { name: 'author', type: 'relationship', relationTo: 'users', maxDepth: 0 },
    // the author's address as it was: users can be renamed or removed, the record stays
    { name: 'authorEmail', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
  ],
}
