import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import cliProgress from 'cli-progress'
import { createLocalReq, getPayload, type Payload, type Where } from 'payload'
import config from '../../payload.config'
import { prepareDatabase } from '../server/prepare'
import { importFile } from '../services/import'
import { importReport } from './import-report'

/**
 * `npm run import -- FILE [--department CODE] [--dry-run] [--full] [--title TEXT] [--headers FILE.json]
 * [--create-departments] [--user EMAIL]`: the list in FILE (xlsx or csv) into one draft revision
 * per department, acting as --user (default: the first admin). Prints the diff by category, the
 * codes assigned and every warning.
 *
 * Exit codes: 0 imported (or dry run clean) · 1 refused: the file has errors, nothing written · 2 could not run.
 */
const USAGE =
  'usage: npm run import -- FILE [--department CODE] [--dry-run] [--full] [--title TEXT] [--headers FILE.json] [--create-departments] [--user EMAIL]'

async function actingUser(payload: Payload, email: string | undefined) {
  const where: Where = email ? { email: { equals: email } } : { roles: { contains: 'admin' } }
  const { docs } = await payload.find({ collection: 'users', where, limit: 1, depth: 0, sort: 'createdAt', overrideAccess: true })
  if (!docs[0]) throw new Error(email ? `user ${email} not found` : 'no admin account: name the acting user with --user EMAIL')
  return docs[0]
}

async function main(): Promise<number> {
  let args
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        department: { type: 'string' },
        'dry-run': { type: 'boolean' },
        full: { type: 'boolean' },
        title: { type: 'string' },
        headers: { type: 'string' },
        'create-departments': { type: 'boolean' },
        user: { type: 'string' },
      },
    })
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`)
    return 2
  }
  const file = args.positionals[0]
  if (!file || args.positionals.length > 1) {
    console.error(USAGE)
    return 2
  }
  try {
    const buffer = readFileSync(file)
    const headers = args.values.headers ? (JSON.parse(readFileSync(args.values.headers, 'utf8')) as Record<string, string[]>) : undefined
    const payload = await getPayload({ config })
    await prepareDatabase(payload, { seed: false })
    const user = await actingUser(payload, args.values.user)
    const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
    let bar: cliProgress.SingleBar | null = null
    const result = await importFile(
      req,
      { buffer, filename: file },
      {
        department: args.values.department,
        dryRun: args.values['dry-run'],
        full: args.values.full,
        title: args.values.title,
        headers,
        createDepartments: args.values['create-departments'],
        // a bar for files over 1,000 rows, moving with every row read, then naming the write
        onProgress: (done, total, stage) => {
          if (total <= 1000) return
          bar ??= new cliProgress.SingleBar({ format: '{stage} [{bar}] {value}/{total} 行', stream: process.stderr }, cliProgress.Presets.shades_classic)
          const label = stage === 'rows' ? '读取校验' : '写入草稿'
          if (!bar.isActive) bar.start(total, 0, { stage: label })
          bar.update(done, { stage: label })
        },
      },
    )
    ;(bar as cliProgress.SingleBar | null)?.stop()
    for (const line of importReport(result)) console.log(line)
    return result.ok ? 0 : 1
  } catch (error) {
    console.error(`import could not run: ${error instanceof Error ? error.message : String(error)}`)
    return 2
  }
}

main().then((code) => process.exit(code))
