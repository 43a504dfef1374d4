'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'
import { IMPORT_FIELDS, IMPORT_FIELD_LABELS, synonymsFromRows, type HeadingRow } from '../domain/import/headers'
import { LABELS } from '../domain/labels'
import { revisionActions } from './revision-actions'

/**
 * On a revision: its 完整度 (what the proposed list still lacks), and on a draft the upload of a
 * spreadsheet that becomes its proposals (POST /api/revisions/{id}/import), with upload progress,
 * the diff summary, the codes assigned, warnings, or the list of row errors.
 */
interface Completeness {
  ratio: number
  complete: number
  total: number
  missing: Record<string, number>
  items: Array<{ code: string; name: string; missing: string[] }>
}
interface Issue {
  path?: string
  message: string
}
interface ImportReport {
  dryRun: boolean
  departments: Array<{
    summary: { added: number; modified: number; repealed: number }
    assigned: Array<{ code: string; name: string }>
    displaced: Array<{ code: string; action: string }>
    diff: { items: Array<{ code: string; name: string; change: 'added' | 'modified' | 'repealed' }> }
  }>
  warnings: Array<{ sheet?: string; row?: number; message: string }>
}

const percent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`
const MISSING_LABELS: Record<string, string> = {
  legalBasis: '设定依据',
  handlingUnit: '承办机构',
  deadline: '办理时限',
  responsibilities: '责任事项',
  accountability: '追责情形',
}

/**
 * The refusal in the editor's words: the API's titles are English keys for programs; its details
 * are Chinese where a person must act on them (row errors, displaced proposals).
 */
function refusalText(status: number, body: { title?: string; detail?: string; errors?: Issue[] } | undefined): string {
  const count = body?.errors?.length ?? 0
  switch (body?.title) {
    case 'Import refused':
      return `导入被拒绝：共 ${count} 处错误，未写入任何内容。请按下列行号改正文件后重新上传。`
    case 'Content too large':
      return '文件超过上传上限（20 MB，可由 QUANZE_IMPORT_MAX_BYTES 调整）：请删去图片等无关内容，或拆分后分次导入。'
    case 'Forbidden':
      return '无权导入：只有本部门的编辑（或管理员）可以向该修订导入。'
    case 'Not a draft':
      return '该修订已不是草稿，不能再导入；请新建修订。'
    case 'Item in another open revision':
      return body.detail ?? '有事项已在另一个未完成的修订中。'
    case 'Bad request':
      if (body.errors?.some((error) => error.path === '/headers'))
        return '列名对照有误：应为“字段: [列名, …]”的 JSON 对象，例如 {"name": ["清单事项"]}。请检查“列名对照”后重新上传。'
      return body.detail ?? `上传失败（HTTP ${status}）`
    default:
      return body?.detail ?? `上传失败（HTTP ${status}）`
  }
}

/** The import endpoint's answer: a report when it succeeded, problem+json when it was refused. */
type UploadAnswer = { status: number; body: ImportReport & { title?: string; detail?: string; errors?: Issue[] } }

interface UploadOptions {
  full: boolean
  dryRun: boolean
  replace: boolean
  /** JSON synonyms from the column table, when it has rows */
  headers?: string
}

function upload(id: string | number, file: File, options: UploadOptions, onProgress: (ratio: number) => void): Promise<UploadAnswer> {
  const form = new FormData()
  form.set('file', file)
  form.set('full', String(options.full))
  form.set('dryRun', String(options.dryRun))
  form.set('replace', String(options.replace))
  if (options.headers) form.set('headers', options.headers)
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('POST', `/api/revisions/${id}/import`)
    request.withCredentials = true
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total)
    request.onload = () => {
      let body: unknown = request.responseText
      try {
        body = JSON.parse(request.responseText)
      } catch {
        /* not JSON */
      }
      resolve({ status: request.status, body: body as UploadAnswer['body'] })
    }
    request.onerror = () => reject(new Error('network error'))
    request.send(form)
  })
}

export function ImportUpload() {
  const { id } = useDocumentInfo()
  const [completeness, setCompleteness] = useState<Completeness | null>(null)
  const [importable, setImportable] = useState(false)
  const [file, setFile] = useState<File | null>(null)
  const [full, setFull] = useState(false)
  const [dryRun, setDryRun] = useState(true)
  const [replace, setReplace] = useState(false)
  const [columns, setColumns] = useState<ColumnRow[]>(() => [newColumnRow()])
  const [progress, setProgress] = useState<number | null>(null)
  const [report, setReport] = useState<ImportReport | null>(null)
  const [errors, setErrors] = useState<Issue[]>([])
  const [message, setMessage] = useState<string | null>(null)

  const load = useCallback(async () => {
    if (!id) return
    const [completenessResponse, actions] = await Promise.all([fetch(`/api/revisions/${id}/completeness`, { credentials: 'include' }), revisionActions(id)])
    if (completenessResponse.ok) setCompleteness(await completenessResponse.json())
    if (actions) setImportable(actions.importable)
  }, [id])
  useEffect(() => void load(), [load])

  if (!id) return null

  async function send() {
    if (!file || !id) return
    setErrors([])
    setReport(null)
    setMessage(null)
    const synonyms = synonymsFromRows(columns)
    if ('error' in synonyms) return setMessage(synonyms.error)
    const headers = Object.keys(synonyms.headers).length ? JSON.stringify(synonyms.headers) : undefined
    setProgress(0)
    try {
      const response = await upload(id, file, { full, dryRun, replace, headers }, setProgress)
      setProgress(null)
      if (response.status === 200) {
        setReport(response.body)
        if (!response.body.dryRun) await load()
      } else {
        setMessage(refusalText(response.status, response.body))
        setErrors(response.body?.errors ?? [])
      }
    } catch (error) {
      setMessage((error as Error).message)
    } finally {
      setProgress(null)
    }
  }

  const department = report?.departments[0]
  return (
    <section className="quanze-import" aria-label="导入与完整度 Import and completeness">
      {completeness && (
        <div className="quanze-completeness">
          <strong>完整度 Completeness {percent(completeness.ratio)}</strong> · {completeness.complete}/{completeness.total} 项完整
          {Object.entries(completeness.missing).some(([, n]) => n > 0) && (
            <span>
              （
              {Object.entries(completeness.missing)
                .filter(([, n]) => n > 0)
                .map(([key, n]) => `缺${MISSING_LABELS[key] ?? key} ${n}`)
                .join('，')}
              ）
            </span>
          )}
          {completeness.items.length > 0 && (
            <details>
              <summary>不完整的事项 Incomplete items ({completeness.items.length})</summary>
              <ul>
                {completeness.items.slice(0, 200).map((each) => (
                  <li key={each.code}>
                    {each.code} {each.name}：缺{each.missing.join('、')}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      {importable && (
        <div className="quanze-import-form">
          <label>
            导入 Excel/CSV <input type="file" accept=".xlsx,.csv,.txt" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
          </label>
          <label>
            <input type="checkbox" checked={full} onChange={(event) => setFull(event.target.checked)} /> 文件为完整清单（未列出的事项拟取消）--full
          </label>
          <label>
            <input type="checkbox" checked={dryRun} onChange={(event) => setDryRun(event.target.checked)} /> 试运行，不写入 dry run
          </label>
          <label>
            <input type="checkbox" checked={replace} onChange={(event) => setReplace(event.target.checked)} />{' '}
            替换本修订已有的拟变更（文件中没有或与文件不同的）
          </label>
          <ColumnTable rows={columns} onChange={setColumns} />
          <Button size="small" buttonStyle="secondary" disabled={!file || progress !== null} onClick={send}>
            上传 Upload
          </Button>
          {progress !== null && (
            <span role="status">
              {progress < 1 ? (
                <>
                  <progress max={1} value={progress} aria-label="上传进度 Upload progress" /> 上传中 Uploading {Math.round(progress * 100)}%
                </>
              ) : (
                <>
                  <progress aria-label="处理进度 Processing" /> 已上传，正在读取、校验并写入… Uploaded, processing…
                </>
              )}
            </span>
          )}
        </div>
      )}
      {department && (
        <p role="status">
          {report!.dryRun ? '试运行：' : '已写入本修订：'}新增 {department.summary.added}，修改 {department.summary.modified}，取消{' '}
          {department.summary.repealed}
          {department.assigned.length > 0 &&
            `；分配编码 ${department.assigned.length} 个（${department.assigned
              .slice(0, 5)
              .map((a) => a.code)
              .join('、')}${department.assigned.length > 5 ? '…' : ''}）`}
          {report!.warnings.length > 0 && `；警告 ${report!.warnings.length} 条`}
          {department.displaced.length > 0 &&
            `；${report!.dryRun ? '将替换' : '已替换'}本修订原有的拟变更 ${department.displaced.length} 项（${department.displaced
              .slice(0, 10)
              .map((d) => d.code)
              .join('、')}${department.displaced.length > 10 ? '…' : ''}）`}
          {!report!.dryRun && (
            <>
              {' '}
              <a href={`/admin/collections/proposals?where[revision][equals]=${id}&sort=code`}>查看拟变更事项 View the proposals</a>
            </>
          )}
        </p>
      )}
      {department && department.diff.items.length > 0 && (
        <details>
          <summary>
            {report!.dryRun ? '将要' : '已'}变更的事项 ({department.diff.items.length})
          </summary>
          {(['added', 'modified', 'repealed'] as const).map((change) => {
            const items = department.diff.items.filter((item) => item.change === change)
            return (
              items.length > 0 && (
                <div key={change}>
                  <strong>
                    {LABELS.versionChange[change]['zh-Hans']} {items.length}
                  </strong>
                  <ul>
                    {items.slice(0, 300).map((item) => (
                      <li key={item.code}>
                        {item.code} {item.name}
                      </li>
                    ))}
                    {items.length > 300 && <li>……另有 {items.length - 300} 项</li>}
                  </ul>
                </div>
              )
            )
          })}
        </details>
      )}
      {report && report.warnings.length > 0 && (
        <details>
          <summary>警告 Warnings ({report.warnings.length})</summary>
          <ul>
            {report.warnings.slice(0, 200).map((w, i) => (
              <li key={i}>
                {[w.sheet, w.row && `第${w.row}行`].filter(Boolean).join(' ')} {w.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      {message && (
        <p className="quanze-error" role="alert">
          {message}
        </p>
      )}
      {errors.length > 0 && (
        <ol className="quanze-error-list">
          {errors.slice(0, 500).map((e, i) => (
            <li key={i}>{e.message}</li>
          ))}
          {errors.length > 500 && (
            <li>
              ……另有 {errors.length - 500} 条错误 and {errors.length - 500} more
            </li>
          )}
        </ol>
      )}
    </section>
  )
}

/** A row of the column table, with a key of its own so that deleting a row keeps the others' inputs. */
type ColumnRow = HeadingRow & { key: number }
let nextColumnKey = 0
const newColumnRow = (): ColumnRow => ({ key: nextColumnKey++, heading: '', field: '' })

/**
 * 列名对照: headings of the file that the import does not know, each with the field it stands for;
 * sent as the `headers` synonyms. Blank rows are ignored.
 */
function ColumnTable({ rows, onChange }: { rows: ColumnRow[]; onChange: (rows: ColumnRow[]) => void }) {
  const set = (key: number, change: Partial<HeadingRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)))
  const used = rows.filter((row) => row.heading.trim() || row.field).length
  return (
    <details className="quanze-import-headers">
      <summary>列名对照 Column headings{used > 0 ? `（${used} 条）` : '（可选）'}</summary>
      <p>
        文件的列名系统不认识时（上传后的警告会列出“未识别的列”），在此说明它是哪一项。例如文件中“清单事项”一列是事项名称：左边填“清单事项”，右边选“事项名称”。
        事项名称、职权类别、设定依据、承诺时限等常见列名无需填写。
      </p>
      <table>
        <thead>
          <tr>
            <th>文件中的列名 Heading in your file</th>
            <th>对应 Our field</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.key}>
              <td>
                <input
                  type="text"
                  aria-label={`第${index + 1}行：文件中的列名`}
                  placeholder="如：清单事项"
                  value={row.heading}
                  onChange={(event) => set(row.key, { heading: event.target.value })}
                />
              </td>
              <td>
                <select aria-label={`第${index + 1}行：对应字段`} value={row.field} onChange={(event) => set(row.key, { field: event.target.value })}>
                  <option value="">请选择字段…</option>
                  {IMPORT_FIELDS.map((field) => (
                    <option key={field} value={field}>
                      {IMPORT_FIELD_LABELS[field]}（{field}）
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <Button
                  size="small"
                  buttonStyle="none"
                  onClick={() => onChange(rows.length > 1 ? rows.filter((each) => each.key !== row.key) : [newColumnRow()])}
                >
                  删除 Remove
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button size="small" buttonStyle="secondary" onClick={() => onChange([...rows, newColumnRow()])}>
        添加一行 Add a row
      </Button>
    </details>
  )
}
