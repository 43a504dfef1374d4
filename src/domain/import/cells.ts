/**
 * Cell texts ⇄ structured fields. Each `parse…` reads what offices write (and what `format…`
 * writes, exactly: export then import gives the same item); each returns `warning` when it kept
 * raw text because it was unsure.
 */
import { CHINESE_NUMERAL_CHARS, readChineseNumeral } from '../chinese-numerals'
import { RESPONSIBILITY_STAGES, STAGE_LABELS } from '../responsibility-stages'
import type { Deadline, DeadlineUnit, Fees, LegalBasis, ProcedureStep, Responsibility, ResponsibilityStage } from '../power-item'

export interface Parsed<T> {
  value: T
  warning?: string
}

const LINE = /\n+/

// ── legal bases ─────────────────────────────────────────────────────────────────────────────
/**
 * 《title》, or the brackets offices type instead. A 〈〉 inside a 《》 (《关于印发〈…〉的通知》) stays
 * part of that title: the scan takes the leftmost title first.
 */
const TITLE = /《([^》\n]{1,100})》|<<([^<>\n]{1,100})>>|＜＜([^＜＞\n]{1,100})＞＞|«([^«»\n]{1,100})»|〈([^〈〉\n]{1,100})〉/g
const NUMBERING = String.raw`[（(]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）.、．]`
const LEVEL = String.raw`\[[^\]\n]{1,12}\]|【[^】\n]{1,12}】|〔[^〕\n]{1,12}〕`
const CONNECTIVE = '以及|和|及|与|或者|或|并'
/** what stands before a title and goes with it: 1. （一） then [部门规章] 【法律】 then 依据 根据… */
const HEAD_PREFIX = new RegExp(String.raw`(?:${NUMBERING}\s*)?(?:(?:${LEVEL})\s*)?(?:(?:依据|根据|依照|按照)[：:]?\s*)?$`)
/** a prefix of marks only, which the entry may drop; any wording makes the whole chunk its text */
const MARKS_ONLY = new RegExp(String.raw`^\s*(?:${NUMBERING}\s*)?(?:(?:${LEVEL})\s*)?$`)
const STARTS_WITH_MARK = new RegExp(String.raw`^(?:${NUMBERING}|${LEVEL})`)
const SEPARATORS_ONLY = new RegExp(String.raw`^(?:[\s，,、。．.；;]|${CONNECTIVE})*$`)
const SENTENCE_END = /[。；;！？!?]\s*$/
/** only separators up to the end of the line */
const ENDS_LINE = /^[\s，,、。．；;]*(?:\n|$)/
/**
 * what may follow a citation: nothing, a separator, a colon before its text, or the next citation
 * after a connective or a level or numbering mark (和《, [部门规章]《, （二）《: 第三条[部门规章]《…》 is
 * two citations, as 第三条和《…》 is; a title right after a title is not, as 〈…〉〈某法〉 may be a name)
 */
const CITATION_END = new RegExp(String.raw`^(?:$|[\s，,、。．；;：:]|(?:(?:${CONNECTIVE})\s*(?:${NUMBERING}|${LEVEL})?|${NUMBERING}|${LEVEL})\s*[《<＜«〈])`)
const PROVISION_END = /^(?:的|之)?(?:有关)?规定(?:$|[\s，,、。．；;])/
/** no text of its own: nothing but separators, or 的规定 */
const NO_TEXT = /^[\s，,、。．.；;]*$|^(?:的|之)?(?:有关)?规定[。.]?$/
/** an article never runs into the next title: 第三十五条、《…》第二条 is two citations */
const NOT_ARTICLE = String.raw`\s，,：:；;。《》〈〉<>«»＜＞`
const ARTICLE = new RegExp(
  String.raw`^(第[^${NOT_ARTICLE}]{1,20}?条(?:第[^${NOT_ARTICLE}]{1,10}?款)?(?:第[^${NOT_ARTICLE}]{1,10}?项)?(?:(?:[、和及至]|[，,]\s*(?=第))[^${NOT_ARTICLE}]{0,30}?[条款项])*)`,
)
const DOCUMENT_NO = /^[（(]([^）)\n]{1,60})[）)]\s*/

/**
 * One entry per line: 《law》（documentNo）article：text, documentNo and article absent when they
 * are; a law whose name holds 》 (typed with its marks) in marks it does not hold («…», <<…>>,
 * ＜＜…＞＞, 〈…〉), which the import reads too. Where that form would not read back as the entry (a
 * title starting a line inside its text begins another entry; a law named by text the import kept
 * raw holds line breaks), the entry is written as its text alone, which then does (依照\n《…》, or
 * text naming no law). Each line is read back beside the next one before it is kept, so export then
 * import gives the same entries.
 */
export function formatLegalBasis(entries: readonly LegalBasis[]): string {
  const forms = entries.map((basis) => {
    const marked = markedBasis(basis)
    return readsBackAs(parseLegalBasis(marked).value, [basis]) ? [marked, basis.text] : [basis.text, marked]
  })
  const lines: string[] = []
  entries.forEach((_, i) => {
    const next = forms[i + 1]?.[0]
    const fits = (form: string) =>
      readsBackAs(parseLegalBasis([...lines, form, ...(next !== undefined ? [next] : [])].join('\n')).value.slice(0, i + 1), entries.slice(0, i + 1))
    lines.push(forms[i].find(fits) ?? forms[i][0])
  })
  return lines.join('\n')
}

/** Title marks the import reads, each with the characters a title inside them cannot hold (see TITLE). */
const TITLE_MARKS: ReadonlyArray<{ open: string; close: string; excludes: RegExp }> = [
  { open: '《', close: '》', excludes: /》/ },
  { open: '«', close: '»', excludes: /[«»]/ },
  { open: '<<', close: '>>', excludes: /[<>]/ },
  { open: '＜＜', close: '＞＞', excludes: /[＜＞]/ },
  { open: '〈', close: '〉', excludes: /[〈〉]/ },
]

function markedBasis(basis: LegalBasis): string {
  const marks = TITLE_MARKS.find(({ excludes }) => !excludes.test(basis.law)) ?? TITLE_MARKS[0]
  return `${marks.open}${basis.law}${marks.close}${basis.documentNo ? `（${basis.documentNo}）` : ''}${basis.article ?? ''}：${basis.text}`
}

const sameBasis = (a: LegalBasis, b: LegalBasis) => a.law === b.law && a.documentNo === b.documentNo && a.article === b.article && a.text === b.text

/** The first index where two lists of entries differ, -1 when they are the same. */
function firstDifference(read: readonly LegalBasis[], entries: readonly LegalBasis[]): number {
  const length = Math.max(read.length, entries.length)
  for (let i = 0; i < length; i++) if (!read[i] || !entries[i] || !sameBasis(read[i], entries[i])) return i
  return -1
}

const readsBackAs = (read: readonly LegalBasis[], entries: readonly LegalBasis[]) => firstDifference(read, entries) < 0

export function parseLegalBasis(cell: string): Parsed<LegalBasis[]> {
  if (!cell.trim()) return { value: [] }
  let unsure = false
  const entries = splitCitations(cell.replace(/\n+/g, '\n')).map((piece): LegalBasis => {
    if (piece.head) return parseOneBasis(piece.chunk, piece.head)
    unsure = true
    return { law: piece.chunk.slice(0, 60), documentNo: null, article: null, text: piece.chunk }
  })
  return unsure ? { value: entries, warning: '依据未能识别出《法规名称》，已按原文保存' } : { value: entries }
}

/** Where one cited law begins (its prefix, then its title) and where its title and article end. */
interface Head {
  start: number
  titleAt: number
  titleEnd: number
  end: number
  law: string
  /** only separators (，、；和 …) stand between the previous citation and this one */
  afterSeparators: boolean
  lineStart: boolean
  /** written 《…》第X条：text, the form export writes: the rest of the line is that law's text */
  colonText: boolean
}

/** A cell's text cut into one chunk per cited law; `head` is absent for text that names none. */
interface Piece {
  chunk: string
  head?: { law: string; prefix: string; rest: string }
}

function findHeads(cell: string): Head[] {
  const heads: Head[] = []
  for (const title of cell.matchAll(TITLE)) {
    const previous = heads.at(-1)
    if (title.index < (previous?.end ?? 0)) continue
    const head = headAt(cell, title, previous)
    if (head) heads.push(head)
  }
  return heads
}

/**
 * A title starts a new entry when it starts a line (as each entry of an export does), when only
 * separators stand between it and the previous citation, or, after text, when that text ends a
 * sentence and the title is followed by an article. A law quoted inside a text (依照《…》的规定)
 * is none of these and stays in that text; text after a colon splits only where another
 * 《…》第X条： begins or a citation ends the line, so that what export writes reads back the same.
 */
function headAt(cell: string, title: RegExpExecArray, previous: Head | undefined): Head | null {
  const gap = cell.slice(previous?.end ?? 0, title.index)
  let prefix = HEAD_PREFIX.exec(gap)?.[0] ?? ''
  // marks or 依据 ending a line of text (…的规定（一）) are that text's: a title starting the next line starts it anew
  const lineBreak = prefix.lastIndexOf('\n')
  const prefixAt = title.index - prefix.length
  if (lineBreak >= 0 && cell.slice(cell.lastIndexOf('\n', prefixAt - 1) + 1, prefixAt).trim()) prefix = prefix.slice(lineBreak + 1)
  const before = gap.slice(0, gap.length - prefix.length)
  const start = title.index - prefix.length
  const titleEnd = title.index + title[0].length
  const { end, hasArticle, after } = citationTail(cell, titleEnd)
  const colonText = /^[：:]/.test(after)
  const looksCited = hasArticle || CITATION_END.test(after) || PROVISION_END.test(after)
  const lineStart = !cell.slice(cell.lastIndexOf('\n', start - 1) + 1, start).trim()
  // "第四条 依照《…》" is text, "第三条，依据《…》" a second citation
  const afterSeparators = previous !== undefined && SEPARATORS_ONLY.test(before) && (MARKS_ONLY.test(prefix) || /\S/.test(before))
  const newSentence = (SENTENCE_END.test(before) || STARTS_WITH_MARK.test(prefix)) && hasArticle
  // after a colon's text a citation that ends its line (；《B》第三条) is one of its own, as is one
  // with its own colon; one that runs on into words (；《B》第三条规定的…) is part of the text
  const afterSentence = newSentence && (previous?.colonText ? colonText || (SENTENCE_END.test(before) && ENDS_LINE.test(after)) : CITATION_END.test(after))
  // the first title needs nothing before it: what precedes it is a lead-in (本项依据：)
  const first = previous === undefined && looksCited
  if (!lineStart && !first && !(afterSeparators && looksCited) && !afterSentence) return null
  const law = title.slice(1).find((group) => group !== undefined) ?? ''
  return { start, titleAt: title.index, titleEnd, end, law, afterSeparators, lineStart, colonText }
}

/** The document number and article after a title, and what follows them. */
function citationTail(cell: string, titleEnd: number): { end: number; hasArticle: boolean; after: string } {
  let at = titleEnd + (/^\s*/.exec(cell.slice(titleEnd))?.[0].length ?? 0)
  at += DOCUMENT_NO.exec(cell.slice(at))?.[0].length ?? 0
  const article = ARTICLE.exec(cell.slice(at))
  if (article) at += article[1].length
  return { end: at, hasArticle: article !== null, after: cell.slice(at) }
}

/**
 * Chunks cover the whole cell but for the separators between two citations: text after a
 * citation stays in its chunk, and so does wording before the first one on its line. Text on
 * lines above the first citation is an entry of its own, as it always was.
 */
function splitCitations(cell: string): Piece[] {
  const heads = findHeads(cell)
  if (!heads.length) return [{ chunk: cell.trim() }]
  const pieces: Piece[] = []
  const lead = cell.slice(0, heads[0].start).trim()
  if (lead && heads[0].lineStart) pieces.push({ chunk: lead })
  heads.forEach((head, i) => {
    const next = heads[i + 1]
    const begin = i === 0 && !heads[0].lineStart ? 0 : head.start
    const end = !next ? cell.length : next.afterSeparators ? head.end : next.start
    const raw = cell.slice(begin, end)
    // a ； or ， left before a citation on the same line separated the two; at a line's end it is text
    const chunk = (next && !next.lineStart ? raw.replace(/\s*[，,、；;]?\s*$/, '') : raw).trim()
    const offset = begin + (raw.length - raw.trimStart().length)
    pieces.push({
      chunk,
      head: { law: head.law, prefix: chunk.slice(0, head.titleAt - offset), rest: chunk.slice(head.titleEnd - offset).trimStart() },
    })
  })
  return pieces
}

function parseOneBasis(chunk: string, { law, prefix, rest }: NonNullable<Piece['head']>): LegalBasis {
  let documentNo: string | null = null
  const doc = DOCUMENT_NO.exec(rest)
  if (doc) {
    documentNo = doc[1]
    rest = rest.slice(doc[0].length)
  }
  let article: string | null = null
  let text: string
  const colon = rest.search(/[：:]/)
  if (colon >= 0 && (colon === 0 || ARTICLE.test(rest.slice(0, colon)))) {
    article = rest.slice(0, colon).trim() || null
    text = rest.slice(colon + 1)
  } else {
    const art = ARTICLE.exec(rest)
    if (art) {
      article = art[1]
      rest = rest.slice(art[1].length).replace(/^[\s，,]+/, '')
    }
    text = rest
  }
  // no text of its own, or wording before the title: the citation as written is the text
  if (NO_TEXT.test(text.trim()) || !MARKS_ONLY.test(prefix)) text = chunk
  return { law: law.trim(), documentNo, article, text }
}

// ── deadlines ───────────────────────────────────────────────────────────────────────────────
const UNIT_TEXT: Record<DeadlineUnit, string> = { workday: '个工作日', day: '日', month: '个月' }
const UNIT_WORDS: Array<[RegExp, DeadlineUnit]> = [
  [/^个?工作日/, 'workday'],
  [/^个?自然日|^日|^天/, 'day'],
  [/^个月|^月/, 'month'],
]
const LEADING_COUNT = new RegExp(`^([0-9０-９]+(?:[.．][0-9０-９]+)?|[${CHINESE_NUMERAL_CHARS}]+)\\s*`)
const IMMEDIATE = /^(即时|即办|当场|当场办结|即时办结|立即|当日办结|当天办结)/

/** 20个工作日（note）; 即时 and 当场办结 are one working day with the wording as the note. */
export function formatDeadline(deadline: Deadline | null): string {
  if (!deadline) return ''
  return `${deadline.value}${UNIT_TEXT[deadline.unit]}${deadline.note !== null ? `（${deadline.note}）` : ''}`
}

export function parseDeadline(cell: string): Parsed<Deadline | null> {
  const text = cell.trim()
  if (!text || /^(无|\/|-|—|无时限)$/.test(text)) return { value: null }
  const number = leadingCount(text)
  if (number) {
    const afterNumber = text.slice(number.length)
    for (const [pattern, unit] of UNIT_WORDS) {
      const unitMatch = pattern.exec(afterNumber)
      if (!unitMatch) continue
      const rest = afterNumber.slice(unitMatch[0].length)
      const value = number.value
      if (!(value > 0)) break
      if (!rest) return { value: { value, unit, note: null } }
      const note = /^[（(]([\s\S]*)[）)]$/.exec(rest)
      return { value: { value, unit, note: note ? note[1] : rest.replace(/^[，,；;\s]+/, '') } }
    }
  }
  const immediate = IMMEDIATE.exec(text)
  if (immediate) return { value: { value: 1, unit: 'workday', note: text } }
  return { value: null, warning: `办理时限“${text}”无法识别为天数，已写入备注` }
}

/**
 * The count a deadline starts with, in ASCII or full-width digits (３个工作日) or Chinese numerals
 * (二十个工作日); `length` covers the spaces after it. Only the count is normalised: NFKC on the
 * whole cell would also rewrite the note's full-width punctuation.
 */
function leadingCount(text: string): { value: number; length: number } | null {
  const count = LEADING_COUNT.exec(text)
  if (!count) return null
  const value = /^[0-9０-９]/.test(count[1]) ? Number(count[1].normalize('NFKC')) : readChineseNumeral(count[1])
  return value === null ? null : { value, length: count[0].length }
}

// ── fees ────────────────────────────────────────────────────────────────────────────────────
const FREE = /^(不收费|免费|无|否|0|无收费|不收取费用|免收|依法不收费)[。.]?$/

export function formatFees(fees: Fees): string {
  if (!fees.charged) return '不收费'
  if (!fees.items.length) return '收费'
  return fees.items.map((f) => `${f.name}：${f.standard}${f.basis !== null ? `（依据：${f.basis}）` : ''}`).join('\n')
}

export function parseFees(cell: string, chargedCell?: string): Parsed<Fees> {
  const text = cell.trim()
  const chargedSaysNo = chargedCell !== undefined && /^(否|false|no|不收费|0)$/i.test(chargedCell.trim())
  if (!text || FREE.test(text) || chargedSaysNo) return { value: { charged: false, items: [] } }
  if (text === '收费') return { value: { charged: true, items: [] } }
  const items = text.split(LINE).map((line) => {
    const [head, basis] = splitMarker(line, '（依据：')
    const colon = head.search(/[：:]/)
    return colon > 0
      ? { name: head.slice(0, colon).trim(), standard: head.slice(colon + 1).trim() || head, basis }
      : { name: '收费', standard: head.trim(), basis }
  })
  return { value: { charged: true, items } }
}

/** "text（marker…）" → [text, …]; the marker is searched from the end, so text may hold brackets. */
function splitMarker(line: string, marker: string): [string, string | null] {
  const at = line.lastIndexOf(marker)
  if (at < 0 || !/[）)]$/.test(line)) return [line, null]
  return [line.slice(0, at), line.slice(at + marker.length, -1)]
}

// ── numbered lists: accountability, materials ───────────────────────────────────────────────
const NUMBER_AT_START = /^\s*[（(]?\d{1,3}[)）.、．]\s*/
const INLINE_NUMBER = /(?:^|(?<=[；;。\s]))\s*[（(]?\d{1,3}[)）.、．](?!\d)\s*/

export function formatNumbered(values: readonly string[]): string {
  return values.map((value, index) => `${index + 1}.${value}`).join('\n')
}

/** "1.xxx；2.xxx" or one per line, numbered or not. */
export function parseNumbered(cell: string): Parsed<string[]> {
  const text = cell.trim()
  if (!text) return { value: [] }
  const lines = text.split(LINE)
  const numberedLines = lines.filter((line) => NUMBER_AT_START.test(line)).length
  let parts: string[]
  if (lines.length > 1 && numberedLines === lines.length) parts = lines.map((line) => line.replace(NUMBER_AT_START, ''))
  else if (lines.length > 1 && numberedLines === 0) parts = lines
  else if (lines.length === 1 && NUMBER_AT_START.test(text)) parts = text.split(new RegExp(INLINE_NUMBER, 'g'))
  else parts = joinContinuations(lines)
  return { value: parts.map((part) => part.trim()).filter(Boolean) }
}

function joinContinuations(lines: string[]): string[] {
  const out: string[] = []
  for (const line of lines) {
    if (NUMBER_AT_START.test(line) || out.length === 0) out.push(line.replace(NUMBER_AT_START, ''))
    else out[out.length - 1] += `\n${line}`
  }
  return out
}

// ── procedure ───────────────────────────────────────────────────────────────────────────────
export function formatProcedure(steps: readonly ProcedureStep[]): string {
  return steps.map((s, i) => `${i + 1}.${s.name}：${s.description}${s.deadline !== null ? `（时限：${s.deadline}）` : ''}`).join('\n')
}

export function parseProcedure(cell: string): Parsed<ProcedureStep[]> {
  const { value: parts } = parseNumbered(cell)
  return {
    value: parts.map((part) => {
      const [head, deadline] = splitMarker(part, '（时限：')
      const colon = head.search(/[：:]/)
      if (colon > 0 && colon <= 20) return { name: head.slice(0, colon), description: head.slice(colon + 1), deadline }
      return { name: head.length <= 20 ? head : head.slice(0, 20), description: head.length <= 20 ? '' : head, deadline }
    }),
  }
}

// ── responsibilities ────────────────────────────────────────────────────────────────────────
const STAGE_WORDS: Array<[string, ResponsibilityStage]> = [
  ...RESPONSIBILITY_STAGES.map((stage): [string, ResponsibilityStage] => [STAGE_LABELS[stage]['zh-Hans'], stage]),
  ['调查', 'investigation'],
  ['取证', 'investigation'],
  ['检查', 'investigation'],
  ['监管', 'supervision'],
  ['事后监督', 'supervision'],
  ['催告', 'notification'],
  ['公示', 'other'],
  ['其它', 'other'],
]
const STAGE_HEAD = /(?:^|(?<=[；;。\s]))\s*(?:[（(]?\d{1,2}[)）.、．]\s*)?([\u4e00-\u9fa5]{1,8}?)(?:环节)?责任[：:]/g

export function formatResponsibilities(duties: readonly Responsibility[]): string {
  return duties.map((r, i) => `${i + 1}.${STAGE_LABELS[r.stage]['zh-Hans']}责任：${r.duty}${r.basis !== null ? `（依据：${r.basis}）` : ''}`).join('\n')
}

/** "1.受理责任：…… 2.审查责任：……", in one line or several. */
export function parseResponsibilities(cell: string): Parsed<Responsibility[]> {
  const text = cell.trim()
  if (!text) return { value: [] }
  const heads = [...text.matchAll(STAGE_HEAD)]
  if (!heads.length) return { value: [{ stage: 'other', duty: text, basis: null }], warning: '责任事项未按“1.受理责任：…”分环节书写，已整体作为“其他”环节保存' }
  const out: Responsibility[] = []
  let unknown = false
  heads.forEach((head, i) => {
    const end = i + 1 < heads.length ? heads[i + 1].index : text.length
    const body = text.slice(head.index + head[0].length, end).trim()
    const [duty, basis] = splitMarker(body, '（依据：')
    const stage = STAGE_WORDS.find(([word]) => word === head[1])?.[1]
    if (!stage) unknown = true
    out.push({ stage: stage ?? 'other', duty: stage ? duty.trim() : `【${head[1]}】${duty.trim()}`, basis })
  })
  if (heads[0].index > 0) out.unshift({ stage: 'other', duty: text.slice(0, heads[0].index).trim(), basis: null })
  return unknown ? { value: out, warning: '责任事项中有未知环节，已作为“其他”环节保存' } : { value: out }
}
