/**
 * Word/character level text diff, correct for Chinese.
 *
 * Text is cut into tokens with `Intl.Segmenter`: words for alphabetic scripts (so "20" → "15" is
 * one replaced word, not two replaced digits), single graphemes for CJK. The word segmenter would
 * cut "二十个工作日" into dictionary words ("二十", "个", "工作日"), which makes a one-character edit
 * look like a whole-word replacement; reviewers of legal text need to see exactly which characters
 * changed, so CJK segments are split again into graphemes.
 *
 * The token sequences are compared with Myers' O(ND) algorithm after trimming the common prefix
 * and suffix. Runs are then normalised: between two equal runs all deletions come first, then all
 * insertions, and adjacent runs of the same kind are merged.
 */
import type { TextOp } from './types'

/** Han, kana: scripts written without spaces between words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

/**
 * Past this many edits the middle part is reported as one deletion plus one insertion. Keeps
 * memory (≈ D² integers) and time bounded on unrelated texts, where a minimal diff is noise anyway.
 */
const MAX_EDITS = 2000

const segmenters = new Map<string, { words: Intl.Segmenter; graphemes: Intl.Segmenter }>()

function segmentersFor(locale: string) {
  let found = segmenters.get(locale)
  if (!found) {
    found = {
      words: new Intl.Segmenter(locale, { granularity: 'word' }),
      graphemes: new Intl.Segmenter(locale, { granularity: 'grapheme' }),
    }
    segmenters.set(locale, found)
  }
  return found
}

/** Words and separators for alphabetic text, one grapheme per token inside CJK runs. */
export function tokenize(text: string, locale = 'zh-Hans'): string[] {
  const { words, graphemes } = segmentersFor(locale)
  const tokens: string[] = []
  for (const { segment } of words.segment(text)) {
    if (!CJK.test(segment)) tokens.push(segment)
    else for (const g of graphemes.segment(segment)) tokens.push(g.segment)
  }
  return tokens
}

export function textDiff(before: string, after: string, locale = 'zh-Hans'): TextOp[] {
  if (before === after) return before === '' ? [] : [{ op: 'equal', value: before }]
  const a = tokenize(before, locale)
  const b = tokenize(after, locale)

  // Common prefix and suffix are cheap to find and usually most of a legal text.
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }

  const ops: TextOp[] = []
  for (let i = 0; i < start; i++) ops.push({ op: 'equal', value: a[i]! })
  ops.push(...myers(a.slice(start, endA), b.slice(start, endB)))
  for (let i = endA; i < a.length; i++) ops.push({ op: 'equal', value: a[i]! })
  return normalise(ops)
}

/**
 * Myers' greedy forward algorithm. `trace[d]` keeps the furthest x reached on each diagonal
 * k ∈ [-d, d] after d edits (stored at index k + d), which is all the backtrack needs.
 */
function myers(a: string[], b: string[]): TextOp[] {
  const n = a.length
  const m = b.length
  if (n === 0 || m === 0) return replaceAll(a, b)

  const max = Math.min(n + m, MAX_EDITS)
  const v = new Int32Array(2 * max + 3)
  const offset = max + 1
  const trace: Int32Array[] = []

  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) {
        trace.push(v.slice(offset - d, offset + d + 1))
        return backtrack(trace, a, b)
      }
    }
    trace.push(v.slice(offset - d, offset + d + 1))
  }
  return replaceAll(a, b)
}

/** Walks the trace from (n, m) back to (0, 0), emitting ops in reverse, then flips them. */
function backtrack(trace: Int32Array[], a: string[], b: string[]): TextOp[] {
  const reversed: TextOp[] = []
  let x = a.length
  let y = b.length
  for (let d = trace.length - 1; d > 0; d--) {
    const previous = trace[d - 1]!
    const at = (k: number) => previous[k + d - 1]!
    const k = x - y
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1))
    const prevK = down ? k + 1 : k - 1
    const prevX = at(prevK)
    const prevY = prevX - prevK
    // The snake (diagonal run of equal tokens) that followed this edit.
    const snakeStart = down ? prevX : prevX + 1
    while (x > snakeStart) {
      x--
      y--
      reversed.push({ op: 'equal', value: a[x]! })
    }
    if (down) reversed.push({ op: 'insert', value: b[prevY]! })
    else reversed.push({ op: 'delete', value: a[prevX]! })
    x = prevX
    y = prevY
  }
  while (x > 0) reversed.push({ op: 'equal', value: a[--x]! })
  return reversed.reverse()
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
