/**
 * Contact phones of an item (监督电话, 咨询电话) as departments write them: 0851-85986012,
 * (020)12345678, 020－12345678 in full-width forms, 0755-8888 8888, hotlines (12345, 12315),
 * 400-123-4567, mobiles, +86 10 1234 5678, extensions (转123, ext. 123, -8001), several numbers
 * separated by 、，,/; or 或, with words and office hours around them (投诉电话：…, …（工作日）,
 * … 工作日9:00-17:00). What holds no
 * number, or anything but numbers, words and separators (abc, 见网站 www…, 12), is not a phone.
 */

/** What a phone field that is not a phone says, in the admin's and the API's words. */
export const PHONE_PROBLEM = '不是电话号码，例如 0851-85986012、12345、13800138000 (not a phone number)'

/** Placeholders offices type into an empty phone cell. */
const NONE = /^(无|暂无|\/|-|—|－|无电话)$/

/** A phone field's text naming no number at all: a placeholder. */
export function isNoPhone(text: string): boolean {
  return NONE.test(text.trim())
}

const COUNTRY = String.raw`(?:\+\s*86|\(\s*\+?\s*86\s*\)|0086)`
const EXTENSION = String.raw`(?:转|分机|ext\.?|x|#)`
/** a run of digits with the spacing, hyphens and brackets a number is written with; an extension may follow */
const NUMBER_RUN = new RegExp(String.raw`(?:${COUNTRY}[\s-]*)?(?:\(\s*0\d{2,3}\s*\)[\s-]*)?\d(?:[\d\s-]*\d)?(?:\s*${EXTENSION}\s*\d{1,6})?`, 'gi')
/** a bracketed area or country code, which belongs to the number; any other bracket is a note */
const CODE_IN_BRACKETS = /^\s*(?:\+?\s*86|0\d{2,3})\s*$/
/** what may stand around the numbers: words (投诉电话, 或, 工作日), separators and the like */
const AROUND = /^[\p{Script=Han}\s、,/;:.。·\-—~]*$/u
const LATIN_LABEL = /\b(?:tel|phone|hotline)\b/gi
/** office hours written beside a number, bracketed or not (工作日 9:00-17:00, 9点至17点半, 7×24小时): not numbers */
const HOURS = /\d{1,2}\s*:\s*\d{2}|\d{1,2}\s*点(?:\s*\d{1,2}\s*分|半)?|(?:\d+\s*[×x*]\s*)?\d+\s*小时/gi

/**
 * Why `text` is not a phone field, or null when it is one: at least one number, and every run of
 * digits a number. Bracketed notes (（工作日9:00-17:00）) are not read.
 */
export function phoneProblem(text: string): string | null {
  const normal = text
    .normalize('NFKC')
    .replace(/[‐‑‒–―]/g, '-')
    .replace(/\(([^()]*)\)/g, (whole, inner: string) => (CODE_IN_BRACKETS.test(inner) ? whole : ' '))
    .replace(HOURS, ' ')
  let numbers = 0
  let valid = true
  const around = normal.replace(NUMBER_RUN, (run) => {
    if (!splitsIntoNumbers(run)) valid = false
    numbers++
    return ' '
  })
  if (!valid || !numbers || !AROUND.test(around.replace(LATIN_LABEL, ' '))) return PHONE_PROBLEM
  return null
}

/**
 * A run of digits is one number or several written with only spaces between them
 * (0851-85986012 0851-85986013); 0755-8888 8888 is one.
 */
function splitsIntoNumbers(run: string): boolean {
  const pieces = run.trim().split(/\s+/)
  const from = new Map<number, boolean>()
  const fits = (start: number): boolean => {
    if (start === pieces.length) return true
    if (from.has(start)) return from.get(start)!
    let ok = false
    for (let end = start + 1; end <= pieces.length && !ok; end++) ok = isNumber(pieces.slice(start, end).join(' ')) && fits(end)
    from.set(start, ok)
    return ok
  }
  return fits(0)
}

const EXTENSION_AT_END = new RegExp(String.raw`^(.*?\d)\s*${EXTENSION}\s*\d{1,6}$`, 'i')
const COUNTRY_AT_START = new RegExp(String.raw`^${COUNTRY}[\s-]*`)

/** One number, perhaps with its country code, area code and extension. */
function isNumber(written: string): boolean {
  let text = written.trim()
  text = EXTENSION_AT_END.exec(text)?.[1] ?? text
  const international = COUNTRY_AT_START.test(text)
  text = text.replace(COUNTRY_AT_START, '')
  if (!/^(?:\(\s*\d+\s*\)[\s-]*)?\d+(?:[\s-]+\d+)*$/.test(text)) return false
  const groups = text.match(/\d+/g) ?? []
  if (isDialled(groups.join(''), international)) return true
  // 020-12345678-8001: a short last group after a hyphen is an extension
  const last = groups.at(-1) ?? ''
  return groups.length > 2 && last.length <= 5 && /-\s*\d+$/.test(text) && isDialled(groups.slice(0, -1).join(''), international)
}

/** The digits of a number as it is dialled in China. */
function isDialled(digits: string, international: boolean): boolean {
  if (/^1[3-9]\d{9}$/.test(digits)) return true // mobile
  if (international) return /^(?:10|2\d|[3-9]\d{2})\d{7,8}$/.test(digits) // area code without its 0
  return (
    /^[48]00\d{7}$/.test(digits) || // 400 and 800 numbers
    /^0(?:10|2\d|[3-9]\d{2})\d{5,8}$/.test(digits) || // area code and number, or a hotline (0851-12345)
    /^[2-9]\d{6,7}$/.test(digits) || // a local number without its area code
    /^1\d{2,5}$/.test(digits) || // 110, 12345, 12315, 12366 …
    /^9\d{4,5}$/.test(digits) // 95598, 96xxx …
  )
}
