import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'
import config from '../../payload.config'
import { isCalendarDate } from '../domain/dates'
import { prepareDatabase } from '../server/prepare'
import { exportList, type ExportFormat } from '../services/export'

/**
 * `npm run export -- --department CODE [--as-of DATE] --format xlsx|csv|json --out FILE`: the list
 * in force on a date (today by default), in the import's columns, so it can be edited and imported.
 * Exit codes: 0 written · 1 refused (unknown department, no list on that date) · 2 bad arguments or could not run.
 */
const USAGE = 'usage: npm run export -- --department CODE [--as-of YYYY-MM-DD] --format xlsx|csv|json --out FILE'
const FORMATS: readonly ExportFormat[] = ['xlsx', 'csv', 'json']

async function main(): Promise<number> {
  let values
  try {
    values = parseArgs({ options: { department: { type: 'string' }, 'as-of': { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } } }).values
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`)
    return 2
  }
  const format = values.format as ExportFormat
  if (!values.department || !values.out || !FORMATS.includes(format)) return usage()
  if (values['as-of'] !== undefined && !isCalendarDate(values['as-of'])) return usage(`--as-of "${values['as-of']}" is not a date (YYYY-MM-DD)`)
  try {
    const payload = await getPayload({ config })
    await prepareDatabase(payload, { seed: false })
    const file = await exportList(payload, { department: values.department, asOf: values['as-of'], format })
    writeFileSync(values.out, file.content)
    console.log(`${values.out}: ${file.items} items (${format})`)
    return 0
  } catch (error) {
    const status = (error as { status?: number }).status
    console.error(`export: ${error instanceof Error ? error.message : String(error)}`)
    return status && status < 500 ? 1 : 2
  }
}

function usage(message?: string): number {
  console.error(message ? `${message}\n${USAGE}` : USAGE)
  return 2
}

main().then((code) => process.exit(code))
