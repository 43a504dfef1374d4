import type { Endpoint } from 'payload'
import { importRefusal, importIntoRevision, revisionCompleteness } from '../../src/services/import'
import { problem, problemOf, problemResponse } from '../../src/services/problem'
import { importUploadLimit } from '../../src/settings'

/**
 * POST /api/revisions/{id}/import — multipart: `file` (xlsx or csv), and optional `full`,
 * `dryRun` ("true"/"1"), `replace` and `headers` (JSON synonyms). The file's items become the
 * draft's proposals; proposals the draft holds that the file would discard or overwrite need
 * `replace` (409 naming them otherwise). The answer is the import report. Refusals are
 * problem+json with the row list.
 */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

const truthy = (value: FormDataEntryValue | null) => typeof value === 'string' && /^(1|true|yes|on)$/i.test(value)

export const importEndpoint: Endpoint = {
  path: '/:id/import',
  method: 'post',
  handler: async (req) => {
    try {
      if (!req.user) return problemResponse(problem(401, 'log in first: POST /api/users/login, then send Authorization: JWT <token>'))
      const limit = importUploadLimit()
      const length = Number(req.headers.get('content-length') ?? NaN)
      if (!Number.isFinite(length)) return problemResponse(problem(411, 'send the upload with a Content-Length header', 'Length required'))
      if (length > limit)
        return problemResponse(problem(413, `the upload is ${length} bytes; the limit is ${limit} bytes (QUANZE_IMPORT_MAX_BYTES)`, 'Content too large'))
      if (!/^multipart\/form-data/i.test(req.headers.get('content-type') ?? '') || !req.formData)
        return problemResponse(problem(400, 'send multipart/form-data with the spreadsheet in the field "file"'))
      const form = await req.formData()
      const file = form.get('file')
      if (!file || typeof file === 'string')
        return problemResponse(
          problem(400, 'the multipart field "file" with the spreadsheet is missing', 'Bad request', [{ path: '/file', message: 'is required' }]),
        )
      let headers: Record<string, string[]> | undefined
      const headersField = form.get('headers')
      if (typeof headersField === 'string' && headersField.trim()) {
        const parsed = parseJson(headersField)
        // the synonyms are an object of field → headings; null, an array or a string would only fail later, in English
        if (parsed === undefined || parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
          return problemResponse(
            problem(400, `the field "headers" is not a JSON object: send {"name": ["清单事项"]}`, 'Bad request', [
              { path: '/headers', message: 'must be a JSON object of synonyms' },
            ]),
          )
        headers = parsed as Record<string, string[]>
      }
      const result = await importIntoRevision(
        req,
        String(req.routeParams?.id),
        { buffer: Buffer.from(await file.arrayBuffer()), filename: file.name },
        { full: truthy(form.get('full')), dryRun: truthy(form.get('dryRun')), replace: truthy(form.get('replace')), headers },
      )
      if (!result.ok) return problemResponse(problemOf(importRefusal(result)))
      return Response.json(result)
    } catch (error) {
      if (!(error as { status?: number }).status || (error as { status: number }).status >= 500) req.payload.logger.error(error)
      return problemResponse(problemOf(error))
    }
  },
}

/** GET /api/revisions/{id}/completeness — 完整度 of the proposed list; incomplete items listed. */
export const completenessEndpoint: Endpoint = {
  path: '/:id/completeness',
  method: 'get',
  handler: async (req) => {
    try {
      if (!req.user) return problemResponse(problem(401, 'log in first: POST /api/users/login, then send Authorization: JWT <token>'))
      return Response.json(await revisionCompleteness(req, String(req.routeParams?.id)))
    } catch (error) {
      if (!(error as { status?: number }).status || (error as { status: number }).status >= 500) req.payload.logger.error(error)
      return problemResponse(problemOf(error))
    }
  },
}
