import { toSimplified } from '../script'

/**
 * The one normal form of a law's title, so that a citation matches its law however an office wrote
 * it: 《》 or none, with or without the 中华人民共和国 prefix, with a bracketed revision note such as
 * （2018年修正） or a document number, in traditional characters, in full-width forms, with an
 * article glued on.
 */
/** OpenCC's dictionaries take a moment to build; most titles are plain simplified text. */
function simplified(text: string): string {
  if (!/[\u0080-\uffff]/.test(text)) return text
  return toSimplified(text)
}

const QUOTES = /[《》〈〉<>「」『』"'“”‘’\s\u3000]/g
const BRACKETED = /\([^()]*\)|\[[^[\]]*\]|〔[^〔〕]*〕|【[^【】]*】|［[^［］]*］/g
const PREFIX = /^中华人民共和国/
const ARTICLE_TAIL = /第[一二三四五六七八九十百千零〇两\d]+条.*$/
const REVISION_TAIL = /(?:\d{4}年)?(?:修正|修订|修正本|修订本|版)$/
const PUNCTUATION_TAIL = /[、，,。.;；:：]+$/

export function normaliseTitle(raw: string | null | undefined): string {
  if (!raw) return ''
  let text = simplified(raw.normalize('NFKC')).replace(QUOTES, '')
  // notes nest rarely but do repeat: （2015年修订）（主席令第22号）
  for (let previous = ''; previous !== text;) [previous, text] = [text, text.replace(BRACKETED, '')]
  text = text.replace(PUNCTUATION_TAIL, '').replace(ARTICLE_TAIL, '').replace(REVISION_TAIL, '').replace(PUNCTUATION_TAIL, '')
  return text.replace(PREFIX, '')
}

/** 国务院令第156号, 国务院令 第 156 号 and 國務院令第156號 are one number; 〔〕, [] and () one bracket. */
export function normaliseDocumentNo(raw: string | null | undefined): string {
  if (!raw) return ''
  return simplified(raw.normalize('NFKC'))
    .replace(/[\s《》]/g, '')
    .replace(/[[(［【]/g, '〔')
    .replace(/[\])］】]/g, '〕')
    .replace(/^中华人民共和国/, '')
}

/** The article a citation names, reduced to its 条: 第十七条第一款 → 第十七条. */
export function articleOf(raw: string | null | undefined): string {
  if (!raw) return ''
  const text = simplified(raw.normalize('NFKC')).replace(/\s/g, '')
  return /第[一二三四五六七八九十百千零〇两\d]+条/.exec(text)?.[0] ?? text
}
