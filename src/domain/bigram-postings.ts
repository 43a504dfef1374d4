/**
 * Which entries of a list hold each pair of adjacent characters (a bigram): the index CJK search
 * engines build because Chinese text has no spaces to cut words at. A term of two characters is a
 * bigram, so its entries are read off rather than found by scanning every list in force (9 M
 * characters on the generated province); a longer term's candidates are the entries of its rarest
 * bigram, each then checked for the whole term.
 *
 * Kept in three typed arrays per list, a few bytes per (bigram, entry) pair, rather than a map of
 * arrays, which would cost tens of bytes per pair across a province.
 */
export interface BigramPostings {
  /** the distinct bigrams, ascending (first character × 65536 + second) */
  codes: Float64Array
  /** the entries of codes[i] are entries[offsets[i]] … entries[offsets[i + 1] - 1], ascending */
  offsets: Uint32Array
  entries: Uint32Array
}

const NEWLINE = 10

/** The bigram at `at`: two UTF-16 code units, the same on the text's side and the term's. */
export function bigramAt(text: string, at: number): number {
  return text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1)
}

/** Postings of every bigram of each text (entry i is texts[i]); newlines separate fields and are left out. */
export function bigramPostings(texts: readonly string[]): BigramPostings {
  // (bigram, entry) packed in one double, so a single numeric sort groups them: bigram × base + entry
  const base = 2 ** Math.max(1, Math.ceil(Math.log2(texts.length + 1)))
  let total = 0
  for (const text of texts) total += Math.max(0, text.length - 1)
  const pairs = new Float64Array(total)
  let count = 0
  texts.forEach((text, entry) => {
    for (let at = 0; at + 1 < text.length; at += 1) {
      if (text.charCodeAt(at) === NEWLINE || text.charCodeAt(at + 1) === NEWLINE) continue
      pairs[count++] = bigramAt(text, at) * base + entry
    }
  })
  const sorted = pairs.subarray(0, count).sort()
  // written in place, then copied at their final lengths
  const [codes, offsets, entries] = [new Float64Array(count), new Uint32Array(count + 1), new Uint32Array(count)]
  let [distinct, written] = [0, 0]
  for (let at = 0; at < sorted.length; at += 1) {
    if (at > 0 && sorted[at] === sorted[at - 1]) continue
    const code = Math.floor(sorted[at] / base)
    if (distinct === 0 || codes[distinct - 1] !== code) {
      codes[distinct] = code
      offsets[distinct++] = written
    }
    entries[written++] = sorted[at] - code * base
  }
  offsets[distinct] = written
  return { codes: codes.slice(0, distinct), offsets: offsets.slice(0, distinct + 1), entries: entries.slice(0, written) }
}

/** The entries holding `code`, ascending (empty when none does). */
export function entriesWithBigram(postings: BigramPostings, code: number): Uint32Array {
  const { codes, offsets, entries } = postings
  let [low, high] = [0, codes.length - 1]
  while (low <= high) {
    const middle = (low + high) >> 1
    if (codes[middle] === code) return entries.subarray(offsets[middle], offsets[middle + 1])
    if (codes[middle] < code) low = middle + 1
    else high = middle - 1
  }
  return new Uint32Array(0)
}
