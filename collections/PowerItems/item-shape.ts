// The mapping moved to src/services/item-shape.ts (services must not import collections); this
// re-export keeps older imports compiling until they point there.
export { toPublicItem, toStoredItem, type StoredItem } from '../../src/services/item-shape'
