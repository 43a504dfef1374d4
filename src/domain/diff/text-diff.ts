/**
 * Word/character level text diff, correct for Chinese.
 *
 * Tokens: one per CJK character (with any marks attached to it), and words as `Intl.Segmenter`
 * (granularity 'word') cuts them for everything else, so "20" → "15" is one replaced word, not two
 * replaced digits. The word segmenter alone would cut "二十个工作日" into dictionary words ("二十",
 * "个", "工作日"), which makes a one-character edit look like a whole-word replacement; reviewers of
 * legal text need to see exactly which characters changed.
 *
 * The common head and tail are trimmed on characters, the middle is tokenised and compared with
 * Myers' O(ND) algorithm, and runs are normalised: between two equal runs all deletions come
 * first, then all insertions, and adjacent runs of the same kind are merged.
 */
import type { TextOp } from './types'

/** A Han or kana character with any combining marks / variation selectors after it: one token. */
const CJK_CLASS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`
const CJK_TOKEN = new RegExp(String.raw`[${CJK_CLASS}]\p{M}*`, 'uy')
const IS_CJK = new RegExp(String.raw`^[${CJK_CLASS}]`, 'u')
/** No Han or kana character lies below U+2E80 (CJK Radicals Supplement): a cheap first test. */
const FIRST_CJK = 0x2e80
const IS_SPACE = /^\s/u
/** Characters the segmenter attaches to the one before them (UAX #29 WB4). */
const IS_ATTACHED = /^[\p{M}\p{Cf}]/u

/**
 * Runs the word segmenter would cut exactly like `SIMPLE_WORDS` does: space-separated scripts,
 * digits, punctuation and ASCII symbols, no combining marks or emoji. Anything else (Thai,
 * emoji sequences, decomposed accents…) goes to `Intl.Segmenter`.
 */
const SIMPLE_RUN = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Hangul}\p{N}\p{P}\p{Zs}\t\n\r\x21-\x7e]*$/u
/** Unicode word-break rules (UAX #29) for those runs: words joined by . ' ’ (and : between letters, , ; between digits). */
const SIMPLE_WORDS = /[\p{L}\p{N}_]+(?:(?:[.'’]|(?<=\p{L}):(?=\p{L})|(?<=\p{N})[,;](?=\p{N}))[\p{L}\p{N}_]+)*|\p{Zs}+|\r\n|[\s\S]/gu

/**
 * When the edits needed exceed half of all tokens (and a small floor), the text was rewritten: the
 * minimal diff of two unrelated Chinese texts is a scatter of coincidental one-character matches
 * (的, 行政, 申请…) that is harder to read than the two versions, so it is reported as one deletion
 * plus one insertion. This also bounds time (O((N+M)·D)) and memory (≈ D² integers); MAX_EDITS
 * caps both on very long texts.
 */
const REWRITE_RATIO = 0.5
const REWRITE_FLOOR = 16
const MAX_EDITS = 1000

const segmenters = new Map<string, Intl.Segmenter>()

function wordSegmenter(locale: string): Intl.Segmenter {
  let found = segmenters.get(locale)
  if (!found) {
    found = new Intl.Segmenter(locale, { granularity: 'word' })
    segmenters.set(locale, found)
  }
  return found
}

/**
 * Words and separators for alphabetic text, one character (grapheme) per token for CJK.
 *
 * CJK characters are cut out first with a regular expression: the word segmenter would group them
 * into dictionary words, and calling it (or the grapheme segmenter) on every short run costs
 * about 10 µs a call, which made diffing a 200-character clause take a millisecond. The runs in
 * between take a regular-expression fast path when their word boundaries are the simple ones, and
 * `Intl.Segmenter` (granularity 'word') otherwise.
 */
export function tokenize(text: string, locale = 'zh-Hans'): string[] {
  const tokens: string[] = []
  let runStart = 0
  let i = 0
  while (i < text.length) {
    const end = cjkTokenEnd(text, i)
    if (end === i) {
      i += isHighSurrogate(text.charCodeAt(i)) ? 2 : 1
      continue
    }
    if (runStart < i) pushRun(text.slice(runStart, i), locale, tokens)
    tokens.push(text.slice(i, end))
    runStart = i = end
  }
  if (runStart < text.length) pushRun(text.slice(runStart), locale, tokens)
  return tokens
}

/** End of the CJK token (character and attached marks) starting at i, or i when none starts there. */
function cjkTokenEnd(text: string, i: number): number {
  if (text.charCodeAt(i) < FIRST_CJK) return i
  CJK_TOKEN.lastIndex = i
  return CJK_TOKEN.test(text) ? CJK_TOKEN.lastIndex : i
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/** Tokens of a run without CJK: one character is one token; otherwise fast path or segmenter. */
function pushRun(run: string, locale: string, tokens: string[]): void {
  if (run.length === 1) tokens.push(run)
  else if (SIMPLE_RUN.test(run)) for (const [word] of run.matchAll(SIMPLE_WORDS)) tokens.push(word)
  else for (const { segment } of wordSegmenter(locale).segment(run)) tokens.push(segment)
}

export function textDiff(before: string, after: string, locale = 'zh-Hans'): TextOp[] {
  if (before === after) return before === '' ? [] : [{ op: 'equal', value: before }]
  // The common head and tail, usually most of a long clause, are found on characters and cut at
  // a token boundary of both strings: only the changed middle is tokenised and diffed.
  const head = commonHead(before, after)
  const tail = commonTail(before, after, head)
  const a = tokenize(before.slice(head, before.length - tail), locale)
  const b = tokenize(after.slice(head, after.length - tail), locale)
  return normalise([{ op: 'equal', value: before.slice(0, head) }, ...myers(a, b), { op: 'equal', value: before.slice(before.length - tail) }])
}

function commonHead(a: string, b: string): number {
  const max = Math.min(a.length, b.length)
  let i = 0
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++
  while (i > 0 && !(isTokenBoundary(a, i) && isTokenBoundary(b, i))) i--
  return i
}

/** Length of the common tail, not overlapping the head. */
function commonTail(a: string, b: string, head: number): number {
  const max = Math.min(a.length, b.length) - head
  let n = 0
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++
  while (n > 0 && !(isTokenBoundary(a, a.length - n) && isTokenBoundary(b, b.length - n))) n--
  return n
}

/**
 * Whether `tokenize` surely starts a token at offset i, whatever surrounds it: before a CJK
 * character, after one, or after whitespace followed by something else. Never between a
 * character and a mark attached to it, nor inside a surrogate pair (a lone half matches nothing).
 */
function isTokenBoundary(text: string, i: number): boolean {
  if (i === 0 || i === text.length) return true
  const next = String.fromCodePoint(text.codePointAt(i)!)
  if (IS_ATTACHED.test(next)) return false
  const previous = text[i - 1]!
  return IS_CJK.test(next) || IS_CJK.test(previous) || (IS_SPACE.test(previous) && !IS_SPACE.test(next))
}

/**
 * Myers' greedy forward algorithm over interned tokens. Round d stores the furthest x reached on
 * each diagonal k ∈ [-d, d] in `trace[d² + d + k]` (rounds 0..d-1 fill exactly d² slots), which
 * is all the backtrack needs.
 */
function myers(a: string[], b: string[]): TextOp[] {
  const n = a.length
  const m = b.length
  if (n === 0 || m === 0) return replaceAll(a, b)
  const [ia, ib] = intern(a, b)

  const max = Math.min(n + m, MAX_EDITS, Math.max(REWRITE_FLOOR, Math.floor((n + m) * REWRITE_RATIO)))
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  let trace: Int32Array = scratch

  for (let d = 0; d <= max; d++) {
    const base = d * d + d
    if (base + d >= trace.length) trace = grow(trace, (d + 1) * (d + 1))
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1
      let y = x - k
      while (x < n && y < m && ia[x] === ib[y]) {
        x++
        y++
      }
      v[offset + k] = x
      trace[base + k] = x
      if (x >= n && y >= m) return backtrack(trace, d, a, b)
    }
  }
  return replaceAll(a, b)
}

/** Same token, same number: the inner loop then compares integers, not strings. */
function intern(a: string[], b: string[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>()
  return [toIds(a, ids), toIds(b, ids)]
}

function toIds(tokens: string[], ids: Map<string, number>): Int32Array {
  const out = new Int32Array(tokens.length)
  for (let i = 0; i < tokens.length; i++) {
    let id = ids.get(tokens[i]!)
    if (id === undefined) ids.set(tokens[i]!, (id = ids.size))
    out[i] = id
  }
  return out
}

/**
 * The trace buffer, reused across calls: allocating it per diff made the garbage collector the
 * main cost of diffing many rewritten texts. Safe because a diff runs synchronously to the end.
 */
let scratch: Int32Array = new Int32Array(4096)
/** Larger buffers (texts with over ~500 edits) are left to the garbage collector: 1 MiB stays. */
const SCRATCH_KEPT = 1 << 18

function grow(trace: Int32Array, needed: number): Int32Array {
  const bigger = new Int32Array(Math.max(needed, trace.length * 2))
  bigger.set(trace)
  if (bigger.length <= SCRATCH_KEPT) scratch = bigger
  return bigger
}

/** Walks from (n, m) back to (0, 0) through rounds D..1, building runs back to front. */
function backtrack(trace: Int32Array, edits: number, a: string[], b: string[]): TextOp[] {
  const reversed: TextOp[] = []
  let x = a.length
  let y = b.length
  for (let d = edits; d > 0; d--) {
    const previousRound = (d - 1) * (d - 1) + (d - 1) // trace[previousRound + k]: round d-1, diagonal k
    const k = x - y
    const down = k === -d || (k !== d && trace[previousRound + k - 1]! < trace[previousRound + k + 1]!)
    const prevK = down ? k + 1 : k - 1
    const prevX = trace[previousRound + prevK]!
    const prevY = prevX - prevK
    // The snake (diagonal run of equal tokens) that followed this edit.
    const snakeStart = down ? prevX : prevX + 1
    while (x > snakeStart) {
      x--
      y--
      prepend(reversed, 'equal', a[x]!)
    }
    if (down) prepend(reversed, 'insert', b[prevY]!)
    else prepend(reversed, 'delete', a[prevX]!)
    x = prevX
    y = prevY
  }
  while (x > 0) prepend(reversed, 'equal', a[--x]!)
  return reversed.reverse()
}

/** Adds a token in front of the (reversed) ops, joining the run it belongs to. */
function prepend(reversed: TextOp[], op: TextOp['op'], value: string): void {
  const last = reversed[reversed.length - 1]
  if (last?.op === op) last.value = value + last.value
  else reversed.push({ op, value })
}

function replaceAll(a: string[], b: string[]): TextOp[] {
  const ops: TextOp[] = []
  if (a.length) ops.push({ op: 'delete', value: a.join('') })
  if (b.length) ops.push({ op: 'insert', value: b.join('') })
  return ops
}

/** Merges runs: equal runs joined; between them, one delete (if any) then one insert (if any). */
function normalise(ops: TextOp[]): TextOp[] {
  const out: TextOp[] = []
  let deleted = ''
  let inserted = ''
  const flushEdits = () => {
    if (deleted) out.push({ op: 'delete', value: deleted })
    if (inserted) out.push({ op: 'insert', value: inserted })
    deleted = inserted = ''
  }
  for (const { op, value } of ops) {
    if (value === '') continue
    if (op === 'delete') deleted += value
    else if (op === 'insert') inserted += value
    else {
      flushEdits()
      const last = out[out.length - 1]
      if (last?.op === 'equal') last.value += value
      else out.push({ op: 'equal', value })
    }
  }
  flushEdits()
  return out
}
