/**
 * Layout of a procedure (办理流程) as a flow diagram: one box per step, in reading order, left to
 * right in rows of `columns` boxes, wrapping to the next row; arrows join consecutive steps (a
 * straight arrow within a row, an elbow — down, across, down — from the end of one row to the
 * start of the next). `columns: 1` draws the steps vertically, for phones.
 *
 * Pure: no React, no DOM. Text is wrapped by an estimate of its width (a CJK character is one em,
 * Latin letters and digits about half), so the renderer only places the lines it is given.
 */

export interface FlowStep {
  name: string
  /** already worded for display, e.g. "时限：5个工作日"; null when the step has none */
  deadline: string | null
}

export interface FlowOptions {
  /** boxes per row (at least 1) */
  columns: number
  boxWidth?: number
  gapX?: number
  gapY?: number
  margin?: number
  padding?: number
  fontSize?: number
  smallFontSize?: number
  /** line height as a multiple of the font size */
  lineHeight?: number
}

export type Point = readonly [number, number]

export interface FlowBox {
  index: number
  row: number
  column: number
  x: number
  y: number
  width: number
  height: number
  nameLines: string[]
  deadlineLines: string[]
}

export interface FlowArrow {
  from: number
  to: number
  /** a polyline from the edge of box `from` to the edge of box `to`; the last segment carries the head */
  points: Point[]
}

export interface FlowLayout {
  width: number
  height: number
  fontSize: number
  smallFontSize: number
  lineHeight: number
  padding: number
  boxes: FlowBox[]
  arrows: FlowArrow[]
}

const DEFAULTS = { boxWidth: 160, gapX: 36, gapY: 40, margin: 8, padding: 10, fontSize: 15, smallFontSize: 12.5, lineHeight: 1.35 }

/** Width of one character in ems: full width for CJK and other wide scripts, about half otherwise. */
function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0
  if (code < 0x1100) return /[\sil.,;:'!|]/.test(char) ? 0.3 : /[A-Z]/.test(char) ? 0.65 : 0.55
  return 1
}

export function textWidth(text: string): number {
  let width = 0
  for (const char of text) width += charWidth(char)
  return width
}

/** Characters that must not start a line (Chinese line breaking rules, simplified). */
const NO_LINE_START = new Set([...'，。、；：？！）》」』”’〕】%,.;:?!)'])

/**
 * Breaks `text` into lines no wider than `maxEms`. CJK breaks between any two characters (except
 * before closing punctuation); runs of Latin letters and digits stay whole when they fit on a line.
 */
export function wrapText(text: string, maxEms: number): string[] {
  const tokens = text.match(/[A-Za-z0-9\-_./:%]+|\s+|./gsu) ?? []
  const lines: string[] = []
  let line = ''
  let width = 0
  const push = () => {
    const trimmed = line.trim()
    if (trimmed) lines.push(trimmed)
    line = ''
    width = 0
  }
  for (const token of tokens) {
    const w = textWidth(token)
    if (/^\s+$/.test(token)) {
      if (line) {
        line += ' '
        width += 0.3
      }
      continue
    }
    if (width + w <= maxEms || !line) {
      if (w > maxEms && !line) {
        // a token longer than a line: split it character by character
        for (const char of token) {
          const cw = charWidth(char)
          if (width + cw > maxEms && line) push()
          line += char
          width += cw
        }
        continue
      }
      line += token
      width += w
      continue
    }
    if (NO_LINE_START.has(token) && width + w <= maxEms + 1) {
      // hang the closing punctuation on this line rather than start the next with it
      line += token
      width += w
      continue
    }
    push()
    line = token
    width = w
  }
  push()
  return lines
}

/** Balanced rows: 5 steps in columns of 3 + 2 rather than 4 + 1. */
export function balancedColumns(steps: number, maxColumns: number): number {
  if (steps <= 0) return 1
  const rows = Math.ceil(steps / Math.max(1, maxColumns))
  return Math.max(1, Math.ceil(steps / rows))
}

export function layoutProcedure(steps: readonly FlowStep[], options: FlowOptions): FlowLayout {
  const o = { ...DEFAULTS, ...options }
  const columns = Math.max(1, Math.floor(o.columns))
  const used = Math.max(1, Math.min(columns, steps.length))
  const inner = o.boxWidth - 2 * o.padding
  const wrapped = steps.map((step, index) => ({
    // room for the step number before the name
    nameLines: wrapText(step.name, inner / o.fontSize - 1.6),
    deadlineLines: step.deadline ? wrapText(step.deadline, inner / o.smallFontSize) : [],
    index,
  }))
  // every box the same height, so rows line up and arrows run straight
  const contentHeight = Math.max(
    0,
    ...wrapped.map(
      (box) =>
        box.nameLines.length * o.fontSize * o.lineHeight + (box.deadlineLines.length ? 4 + box.deadlineLines.length * o.smallFontSize * o.lineHeight : 0),
    ),
  )
  const height = Math.ceil(contentHeight + 2 * o.padding)
  const boxes: FlowBox[] = wrapped.map(({ nameLines, deadlineLines, index }) => {
    const row = Math.floor(index / columns)
    const column = index % columns
    return {
      index,
      row,
      column,
      x: o.margin + column * (o.boxWidth + o.gapX),
      y: o.margin + row * (height + o.gapY),
      width: o.boxWidth,
      height,
      nameLines,
      deadlineLines,
    }
  })
  const arrows: FlowArrow[] = []
  for (let i = 1; i < boxes.length; i++) {
    const a = boxes[i - 1]!
    const b = boxes[i]!
    if (a.row === b.row) {
      const y = a.y + a.height / 2
      arrows.push({
        from: a.index,
        to: b.index,
        points: [
          [a.x + a.width, y],
          [b.x, y],
        ],
      })
      continue
    }
    const ax = a.x + a.width / 2
    const bx = b.x + b.width / 2
    if (ax === bx) {
      arrows.push({
        from: a.index,
        to: b.index,
        points: [
          [ax, a.y + a.height],
          [bx, b.y],
        ],
      })
      continue
    }
    const midY = a.y + a.height + o.gapY / 2
    arrows.push({
      from: a.index,
      to: b.index,
      points: [
        [ax, a.y + a.height],
        [ax, midY],
        [bx, midY],
        [bx, b.y],
      ],
    })
  }
  const rows = Math.max(1, Math.ceil(steps.length / columns))
  return {
    width: 2 * o.margin + used * o.boxWidth + (used - 1) * o.gapX,
    height: steps.length ? 2 * o.margin + rows * height + (rows - 1) * o.gapY : 2 * o.margin,
    fontSize: o.fontSize,
    smallFontSize: o.smallFontSize,
    lineHeight: o.lineHeight,
    padding: o.padding,
    boxes,
    arrows,
  }
}
