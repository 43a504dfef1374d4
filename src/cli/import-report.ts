import { categoryName, type CategoryCode } from '../domain/categories'
import { describeIssue, formatRatio } from '../domain/import'
import type { ImportResult } from '../services/import'

/** The text `npm run import` prints: per department the diff by category, assigned codes, warnings. */
export function importReport(result: ImportResult, { maxLines = 50 }: { maxLines?: number } = {}): string[] {
  const lines: string[] = []
  const capped = (items: string[], what: string) => {
    lines.push(...items.slice(0, maxLines))
    if (items.length > maxLines) lines.push(`  … 另有 ${items.length - maxLines} 条${what}未列出`)
  }
  if (!result.ok) {
    lines.push(`导入失败：${result.errors.length} 个错误，未写入任何内容。`)
    capped(
      result.errors.map((issue) => `  ✗ ${describeIssue(issue)}`),
      '错误',
    )
  }
  for (const each of result.departments) {
    const { summary } = each
    const where = each.revision ? `修订草稿 ${each.revision.id}「${each.revision.title}」` : result.dryRun ? '（试运行，未写入）' : ''
    lines.push(
      `${each.department.name}（${each.department.code}${each.department.created ? '，新建' : ''}）：${each.rows} 行 → 新增 ${summary.added}，修改 ${summary.modified}，取消 ${summary.repealed} ${where}`,
    )
    for (const [code, counts] of Object.entries(each.byCategory)) {
      lines.push(`  ${categoryName(code as CategoryCode)}（${code}）：新增 ${counts.added}，修改 ${counts.modified}，取消 ${counts.repealed}`)
    }
    if (each.assigned.length) {
      lines.push(`  分配的编码（${each.assigned.length}）：`)
      capped(
        each.assigned.map(
          (a) => `    ${a.code}  ${a.name}${a.sourceCode ? `  ← 来源编码 ${a.sourceCode}` : ''}${a.row ? `（第${a.row}行）` : '（为子项新建的主项）'}`,
        ),
        '编码',
      )
    }
    const c = each.completeness
    lines.push(
      `  完整度 ${formatRatio(c.ratio)}：${c.complete}/${c.total} 项完整；缺设定依据 ${c.missing.legalBasis}，缺承办机构 ${c.missing.handlingUnit}，缺办理时限 ${c.missing.deadline}，缺责任事项 ${c.missing.responsibilities}，缺追责情形 ${c.missing.accountability}`,
    )
  }
  if (result.warnings.length) {
    lines.push(`警告（${result.warnings.length}）：`)
    capped(
      result.warnings.map((issue) => `  ! ${describeIssue(issue)}`),
      '警告',
    )
  }
  return lines
}
