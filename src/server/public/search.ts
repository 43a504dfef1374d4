import { searchQuery, type SearchQuery } from '../../domain/search'
import { toSimplified } from '../../domain/script'

/**
 * `q` as typed and converted to Simplified: the lists are stored in Simplified Chinese, and a
 * reader in Taiwan or Hong Kong types 廣告 for 广告. The typed spelling stays an alternative because
 * tw → cn is not lossless for every character.
 */
export function searchQueryOf(raw: string): SearchQuery {
  return searchQuery(raw, (term) => [term, toSimplified(term)])
}
