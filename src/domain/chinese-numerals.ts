/**
 * Counts written in Chinese numerals, as offices write deadlines (十五日, 二十个工作日, 一百零五日, 两个月).
 * Only forms that read one way are accepted: a count that cannot be read is left to the caller's
 * warning rather than guessed.
 */
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
const ZEROS = '零〇'

/** The characters a numeral is written with, for a regular expression's character class. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千'

/** 一 … 九千九百九十九; null for anything that is not one well-formed numeral (二〇一八, 十十). */
export function readChineseNumeral(text: string): number | null {
  let total = 0
  let digit: number | null = null
  let lastUnit = Infinity
  let afterZero = false
  for (const char of text) {
    if (ZEROS.includes(char)) {
      // a zero only marks a skipped place (一百零五); it never follows a digit
      if (digit !== null || lastUnit === Infinity) return null
      afterZero = true
    } else if (char in DIGITS) {
      if (digit !== null) return null
      digit = DIGITS[char]
    } else if (char in UNITS) {
      const unit = UNITS[char]
      // places only go down, and 十 alone means 一十 (十五); 百 and 千 need their digit
      if (unit >= lastUnit || (digit === null && unit !== 10)) return null
      total += (digit ?? 1) * unit
      digit = null
      lastUnit = unit
      afterZero = false
    } else return null
  }
  // 一百五 is 150 to some readers and 105 to others
  if (digit !== null && (lastUnit === 100 || lastUnit === 1000) && !afterZero) return null
  return text ? total + (digit ?? 0) : null
}
