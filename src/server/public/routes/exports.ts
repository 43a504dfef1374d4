import type { Request } from 'express'
import type { Payload } from 'payload'
import { listInForce, type ListInForce } from '../../../services/public-read'
import { todayInChina } from '../../../domain/dates'
import { listToCsv, listToXlsx } from '../../../services/export'
import { sendFile, sendJson } from '../cache'
import { sendBuiltFile } from '../http'
import { QueryReader } from '../params'
import { departmentView, listBody } from '../views'
import { localizeItems } from '../locale'
import { toTraditional, type Convert } from '../../../domain/script'
import type { Locale } from '../../../domain/categories'
import type { PowerItem } from '../../../domain/power-item'
import { pathParam, type Route } from './route'

/** The list in force on `asOf` as a file: every item, no paging. */
export function exportRoutes(payload: Payload): Route[] {
  const read = async (req: Request) => {
    const query = new QueryReader(req.query)
    const [locale, asOf] = [query.locale(), query.date('asOf')]
    query.done()
    return { locale, asOf: asOf ?? todayInChina(), list: await listInForce(payload, pathParam(req, 'dept'), asOf) }
  }
  const filename = (list: ListInForce, extension: string) => `${list.department.code}-${list.snapshot.effectiveFrom}.${extension}`
  return [
    {
      path: '/departments/:dept/export.json',
      async handle(req, res) {
        const { locale, list } = await read(req)
        const body = listBody({ ...list, items: [...list.items], page: 1, limit: Math.max(list.items.length, 1), totalItems: list.items.length }, locale)
        res.attachment(filename(list, 'json'))
        await sendJson(req, res, body)
      },
    },
    {
      path: '/departments/:dept/export.csv',
      async handle(req, res) {
        const { locale, list } = await read(req)
        const { items, convert } = fileOf(list, locale)
        const content = listToCsv(items, convert)
        await sendFile(req, res, { content, contentType: 'text/csv', filename: filename(list, 'csv') })
      },
    },
    {
      path: '/departments/:dept/export.xlsx',
      async handle(req, res) {
        const { locale, asOf, list } = await read(req)
        const department = departmentView(list.department, locale).name
        // the workbook's bytes vary (zip timestamps); its inputs do not (the title row names the date)
        const inputs = `xlsx:v3:${list.snapshot.hash}:${locale}:${department}:${asOf}`
        await sendBuiltFile(req, res, inputs, async () => ({
          content: await listToXlsx({ department, asOf, publishedAt: list.snapshot.publishedAt, ...fileOf(list, locale) }),
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          filename: filename(list, 'xlsx'),
        }))
      },
    },
  ]
}

/** A file's items and how its cells are converted: zh-Hant converts the written cells (services/export.ts), en names categories in English. */
function fileOf(list: ListInForce, locale: Locale): { items: readonly PowerItem[]; convert?: Convert } {
  return locale === 'zh-Hant' ? { items: list.items, convert: toTraditional } : { items: localizeItems(list.items, locale, list.snapshot.hash) }
}
