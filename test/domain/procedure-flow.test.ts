import { describe, expect, it } from 'vitest'
import { balancedColumns, layoutProcedure, textWidth, wrapText, type FlowStep } from '../../src/app/components/procedure-flow'

const steps = (n: number): FlowStep[] => Array.from({ length: n }, (_, i) => ({ name: `环节${i + 1}`, deadline: i % 2 ? '5个工作日' : null }))
const opts = { boxWidth: 160, gapX: 36, gapY: 40, margin: 8 }

describe('layoutProcedure', () => {
  it('places one box per step, left to right, wrapping after `columns` boxes', () => {
    const layout = layoutProcedure(steps(6), { columns: 4, ...opts })
    expect(layout.boxes).toHaveLength(6)
    expect(layout.boxes.map((box) => [box.row, box.column])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 0],
      [1, 1],
    ])
    const [first, second, , fourth, fifth] = layout.boxes
    expect([first!.x, first!.y]).toEqual([8, 8])
    expect(second!.x).toBe(8 + 160 + 36)
    expect(fourth!.x).toBe(8 + 3 * (160 + 36))
    expect(second!.y).toBe(first!.y)
    expect(fifth!.x).toBe(first!.x)
    expect(fifth!.y).toBe(first!.y + first!.height + 40)
    expect(layout.width).toBe(2 * 8 + 4 * 160 + 3 * 36)
    expect(layout.height).toBe(2 * 8 + 2 * first!.height + 40)
  })

  it('joins consecutive steps with n - 1 arrows, an elbow between rows', () => {
    const layout = layoutProcedure(steps(6), { columns: 4, ...opts })
    expect(layout.arrows).toHaveLength(5)
    expect(layout.arrows.map((arrow) => [arrow.from, arrow.to])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
    ])
    const [a, b] = layout.boxes
    // within a row: from the right edge of one box to the left edge of the next, at mid height
    expect(layout.arrows[0]!.points).toEqual([
      [a!.x + a!.width, a!.y + a!.height / 2],
      [b!.x, b!.y + b!.height / 2],
    ])
    // row change: down from the last box of the row, across, down into the first box of the next
    const elbow = layout.arrows[2 + 1]!
    const [d, e] = [layout.boxes[3]!, layout.boxes[4]!]
    expect(elbow.points).toHaveLength(4)
    expect(elbow.points[0]).toEqual([d.x + d.width / 2, d.y + d.height])
    expect(elbow.points.at(-1)).toEqual([e.x + e.width / 2, e.y])
  })

  it('draws vertically with one column: every box below the previous, straight arrows', () => {
    const layout = layoutProcedure(steps(5), { columns: 1, ...opts, boxWidth: 280 })
    expect(layout.boxes).toHaveLength(5)
    expect(new Set(layout.boxes.map((box) => box.x))).toEqual(new Set([8]))
    for (let i = 1; i < 5; i++) expect(layout.boxes[i]!.y).toBe(layout.boxes[i - 1]!.y + layout.boxes[i - 1]!.height + 40)
    expect(layout.arrows).toHaveLength(4)
    for (const arrow of layout.arrows) expect(arrow.points).toHaveLength(2)
    expect(layout.width).toBe(280 + 16)
  })

  it('sizes every box to the tallest text and keeps lines inside the box', () => {
    const layout = layoutProcedure(
      [
        { name: '受理', deadline: null },
        { name: '调查取证并制作现场检查笔录和询问笔录', deadline: '7个工作日；特殊情况下15个工作日' },
      ],
      { columns: 2, ...opts },
    )
    const heights = new Set(layout.boxes.map((box) => box.height))
    expect(heights.size).toBe(1)
    const long = layout.boxes[1]!
    expect(long.nameLines.length).toBeGreaterThan(1)
    expect(long.nameLines.join('')).toBe('调查取证并制作现场检查笔录和询问笔录')
    expect(long.deadlineLines.join('')).toBe('7个工作日；特殊情况下15个工作日')
    const inner = 160 - 2 * layout.padding
    for (const line of long.nameLines) expect(textWidth(line) * layout.fontSize).toBeLessThanOrEqual(inner)
  })

  it('handles one step and no steps', () => {
    expect(layoutProcedure(steps(1), { columns: 4, ...opts }).arrows).toHaveLength(0)
    expect(layoutProcedure(steps(1), { columns: 4, ...opts }).width).toBe(16 + 160)
    const empty = layoutProcedure([], { columns: 4, ...opts })
    expect(empty.boxes).toHaveLength(0)
    expect(empty.arrows).toHaveLength(0)
  })
})

describe('wrapText and balancedColumns', () => {
  it('wraps CJK anywhere but keeps numbers whole and closing punctuation on the line', () => {
    expect(wrapText('申请人提交申请材料', 4)).toEqual(['申请人提', '交申请材', '料'])
    expect(wrapText('自受理之日起15日内', 5)).toEqual(['自受理之日', '起15日内'])
    expect(wrapText('自受理之日起15日内', 3)).toEqual(['自受理', '之日起', '15日', '内'])
    // a comma never starts a line: it hangs at the end of the previous one
    expect(wrapText('当场，需要核实', 2)).toEqual(['当场，', '需要', '核实'])
  })

  it('balances rows', () => {
    expect(balancedColumns(5, 4)).toBe(3)
    expect(balancedColumns(6, 4)).toBe(3)
    expect(balancedColumns(7, 4)).toBe(4)
    expect(balancedColumns(3, 4)).toBe(3)
    expect(balancedColumns(0, 4)).toBe(1)
  })
})
