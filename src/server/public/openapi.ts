import { CATEGORY_CODES } from '../../domain/categories'
import { EXPORT_COLUMNS } from '../../domain/import'
import { powerItemSchema } from '../../domain/item-schema'
import { CACHE_CONTROL } from './http'
import { examples } from './openapi-examples'
import { DEFAULT_LIMIT, LEVELS, LOCALES, MAX_LIMIT, SEARCH_DEFAULT_LIMIT, SEARCH_MAX_LIMIT } from './params'
import { embeddedPowerItemSchema, listSchema, responseSchemas } from './schemas'

/** OpenAPI 3.1 description of the public API (API.md "Public API"), served at /openapi.json. */
const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const param = (name: string) => ({ $ref: `#/components/parameters/${name}` })
const response = (name: string) => ({ $ref: `#/components/responses/${name}` })

const parameters = {
  locale: {
    name: 'locale',
    in: 'query',
    description:
      'zh-Hant: Traditional Chinese (hand translations where they exist, else converted with OpenCC); en: English category and department names, item text in zh-Hans. Codes, dates and hashes never change.',
    schema: { enum: LOCALES, default: 'zh-Hans' },
  },
  asOf: {
    name: 'asOf',
    in: 'query',
    description: 'the list in force on this date (China time); default today. Snapshots not yet in force today are never used.',
    schema: { type: 'string', format: 'date' },
    example: '2016-10-01',
  },
  dept: { name: 'dept', in: 'path', required: true, description: 'department code', schema: { type: 'string' }, example: 'gz-aic' },
  code: {
    name: 'code',
    in: 'path',
    required: true,
    description: 'item code',
    schema: { type: 'string', pattern: powerItemSchema.properties.code.pattern },
    example: 'XK-00002-000',
  },
  category: { name: 'category', in: 'query', description: 'only items of this category', schema: { enum: CATEGORY_CODES } },
  q: {
    name: 'q',
    in: 'query',
    description:
      'case-insensitive text search in code, name and legal basis (law, document number, article, text); Traditional Chinese matches Simplified; several words must all match',
    schema: { type: 'string', maxLength: 200 },
    example: '广告',
  },
  page: { name: 'page', in: 'query', description: '1-based page number; a page past the end is empty', schema: { type: 'integer', minimum: 1, default: 1 } },
  limit: { name: 'limit', in: 'query', description: 'items per page', schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT } },
  from: {
    name: 'from',
    in: 'query',
    description: 'date (the list in force then; none → empty list) or snapshot id; default the snapshot before `to`',
    schema: { type: 'string' },
    example: '2015-12-31',
  },
  to: {
    name: 'to',
    in: 'query',
    description: 'date (the list in force then) or snapshot id; default today',
    schema: { type: 'string' },
    example: '2016-12-31',
  },
  since: {
    name: 'since',
    in: 'query',
    description: 'ISO-8601 date or date-time; default: the beginning. Pass back `next` from the previous answer.',
    schema: { type: 'string' },
    example: '2016-01-01T00:00:00Z',
  },
  level: { name: 'level', in: 'query', description: 'only departments of this level', schema: { enum: LEVELS } },
  region: {
    name: 'region',
    in: 'query',
    description: 'only departments in this GB/T 2260 region; a code ending in 00 or 0000 covers the regions inside it (520000: all of Guizhou)',
    schema: { type: 'string', pattern: '^[0-9]{6}$' },
    example: '520000',
  },
  searchQ: {
    name: 'q',
    in: 'query',
    description:
      'words to find in code, name, legal basis and source code of every list in force; Traditional Chinese matches Simplified; several words must all match; empty lists everything the other filters allow',
    schema: { type: 'string', maxLength: 200 },
    example: '食品生产 许可',
  },
  searchLimit: {
    name: 'limit',
    in: 'query',
    description: 'hits per page',
    schema: { type: 'integer', minimum: 1, maximum: SEARCH_MAX_LIMIT, default: SEARCH_DEFAULT_LIMIT },
  },
  revisionId: { name: 'id', in: 'path', required: true, description: 'revision id', schema: { type: 'string' }, example: '2' },
  lawId: { name: 'id', in: 'path', required: true, description: 'law id in the register', schema: { type: 'string' }, example: '7' },
  lawQ: {
    name: 'q',
    in: 'query',
    description: 'title, alias or document number containing this, however written (《》, Traditional, full-width digits)',
    schema: { type: 'string', maxLength: 200 },
    example: '国务院令第684号',
  },
  lawAsOf: {
    name: 'asOf',
    in: 'query',
    description: "the law's status and the items resting on it on this date (China time); default today",
    schema: { type: 'string', format: 'date' },
    example: '2016-10-01',
  },
}

const headers = {
  ETag: { description: 'strong validator; send it back in If-None-Match', schema: { type: 'string' } },
  'Cache-Control': { description: CACHE_CONTROL, schema: { type: 'string' } },
}

const problemContent = (example: unknown) => ({ 'application/problem+json': { schema: schemaRef('Problem'), example } })

const responses = {
  NotModified: {
    description: 'the representation matching If-None-Match is current; no body, and none of the security headers of the 200 (RFC 9111 4.3.4)',
    headers: {
      ...headers,
      Vary: { description: 'Accept-Encoding: the ETag names the coding of the copy it validates', schema: { type: 'string' } },
      RateLimit: { description: 'what is left of this minute, when the rate limit is on (IETF RateLimit header fields)', schema: { type: 'string' } },
      'RateLimit-Policy': { description: 'the limit per minute per client', schema: { type: 'string' } },
    },
  },
  BadRequest: { description: 'a query parameter is invalid; `errors[].path` names it (`query.asOf`)', content: problemContent(examples.problem) },
  NotFound: { description: 'unknown department, item, snapshot or revision, or no list in force on that date', content: problemContent(examples.notFound) },
  TooManyRequests: {
    description: 'rate limit (QUANZE_RATE_LIMIT requests per minute per client) exceeded',
    content: problemContent({
      type: 'https://quanze.dev/problems/too-many-requests',
      title: 'Too many requests',
      status: 429,
      detail: 'rate limit exceeded; retry later',
    }),
  },
}

interface Operation {
  id: string
  summary: string
  params: string[]
  /** response schema name and example, or a file */
  ok: { schema: string; example: unknown } | { file: string; schema: Record<string, unknown>; example?: unknown; examples?: Record<string, unknown> }
  notFound?: boolean
}

function operation(op: Operation) {
  const content =
    'file' in op.ok
      ? {
          [op.ok.file]: {
            schema: op.ok.schema,
            ...(op.ok.example !== undefined ? { example: op.ok.example } : {}),
            ...(op.ok.examples ? { examples: op.ok.examples } : {}),
          },
        }
      : { 'application/json': { schema: schemaRef(op.ok.schema), example: op.ok.example } }
  return {
    get: {
      operationId: op.id,
      summary: op.summary,
      parameters: op.params.map(param),
      responses: {
        '200': { description: 'OK', headers, content },
        '304': response('NotModified'),
        ...(op.params.some((name) => !['dept', 'code', 'revisionId', 'lawId'].includes(name)) ? { '400': response('BadRequest') } : {}),
        ...(op.notFound ? { '404': response('NotFound') } : {}),
        '429': response('TooManyRequests'),
      },
    },
  }
}

const exportOperation = (format: 'csv' | 'xlsx' | 'json') => {
  const files = {
    csv: { file: 'text/csv', schema: { type: 'string' }, example: examples.csv },
    xlsx: {
      file: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      schema: { type: 'string', contentMediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      // no externalValue: a relative one stops openapi-typescript, and the bytes are not text anyway
      examples: {
        sample: {
          summary: 'the sample list in force today',
          description: 'a binary Office Open XML workbook, as GET /api/public/v1/departments/gz-aic/export.xlsx returns it',
        },
      },
    },
    json: { schema: 'ListResponse', example: examples.list },
  }
  return operation({
    id: `export${format[0].toUpperCase()}${format.slice(1)}`,
    summary:
      format === 'json'
        ? 'the list in force on asOf as a download: the list response with every item'
        : `the list in force on asOf as ${format}, in the columns npm run import reads (${EXPORT_COLUMNS.map((c) => c.header).join('、')}): ${format === 'xlsx' ? 'a title row naming the department and date, then ' : ''}a header row, one row per item, sub-items under their main item; cells starting with = + - @ are prefixed with a quote${format === 'csv' ? '; UTF-8 with BOM, CRLF' : ''}`,
    params: ['dept', 'asOf', 'locale'],
    ok: files[format],
    notFound: true,
  })
}

const paths = {
  '/departments': operation({
    id: 'listDepartments',
    summary: 'every department with the list in force today',
    params: ['locale'],
    ok: { schema: 'DepartmentsResponse', example: examples.departments },
  }),
  '/departments/{dept}/list': operation({
    id: 'getList',
    summary: 'the list in force on asOf (default today), filtered and paged; 404 when no list was in force then',
    params: ['dept', 'asOf', 'category', 'q', 'page', 'limit', 'locale'],
    ok: { schema: 'ListResponse', example: examples.list },
    notFound: true,
  }),
  '/departments/{dept}/items/{code}': operation({
    id: 'getItem',
    summary: 'one item of the list in force on asOf',
    params: ['dept', 'code', 'asOf', 'locale'],
    ok: { schema: 'ItemResponse', example: examples.item },
    notFound: true,
  }),
  '/departments/{dept}/items/{code}/history': operation({
    id: 'getItemHistory',
    summary: "every published version of an item, oldest first; a 'repealed' entry (with the last version) where it disappeared",
    params: ['dept', 'code', 'locale'],
    ok: { schema: 'HistoryResponse', example: examples.history },
    notFound: true,
  }),
  '/departments/{dept}/snapshots': operation({
    id: 'listSnapshots',
    summary: 'published snapshots in force today or earlier, oldest first',
    params: ['dept', 'locale'],
    ok: { schema: 'SnapshotsResponse', example: examples.snapshots },
    notFound: true,
  }),
  '/departments/{dept}/compare': operation({
    id: 'compare',
    summary: 'what changed between two lists',
    params: ['dept', 'from', 'to', 'locale'],
    ok: { schema: 'Diff', example: examples.diff },
    notFound: true,
  }),
  '/departments/{dept}/verify': operation({
    id: 'verify',
    summary: 'recomputes every visible snapshot hash and the chain of previousHash links',
    params: ['dept', 'locale'],
    ok: { schema: 'VerifyResponse', example: examples.verify },
    notFound: true,
  }),
  '/departments/{dept}/export.csv': exportOperation('csv'),
  '/departments/{dept}/export.xlsx': exportOperation('xlsx'),
  '/departments/{dept}/export.json': exportOperation('json'),
  '/revisions/{id}': operation({
    id: 'getRevision',
    summary: 'a published revision whose list is in force, with its diff',
    params: ['revisionId', 'locale'],
    ok: { schema: 'RevisionResponse', example: examples.revision },
    notFound: true,
  }),
  '/changes': operation({
    id: 'listChanges',
    summary: 'snapshots of all departments that became public (published and in force) after `since`, oldest first',
    params: ['since', 'locale'],
    ok: { schema: 'ChangesResponse', example: examples.changes },
  }),
  '/search': operation({
    id: 'search',
    summary: 'items of every list in force on asOf (default today) matching q, with counts by category and department; names first, then other matches',
    params: ['searchQ', 'category', 'level', 'region', 'asOf', 'page', 'searchLimit', 'locale'],
    ok: { schema: 'SearchResponse', example: examples.search },
  }),
  '/laws': operation({
    id: 'listLaws',
    summary: 'the register of laws as the public sees it: versions already in effect; status today',
    params: ['lawQ', 'locale'],
    ok: { schema: 'LawsResponse', example: examples.laws },
  }),
  '/laws/{id}': operation({
    id: 'getLaw',
    summary: 'a law, its versions in effect, and the items of the lists in force on asOf that cite it',
    params: ['lawId', 'lawAsOf', 'locale'],
    ok: { schema: 'LawResponse', example: examples.law },
    notFound: true,
  }),
  '/changes.atom': operation({
    id: 'changesAtom',
    summary:
      'Atom feed (RFC 4287) of publications of every department once public, newest first (200 at most); links absolute under QUANZE_SERVER_URL, else relative to the feed',
    params: ['locale'],
    ok: { file: 'application/atom+xml', schema: { type: 'string' }, example: examples.atom },
  }),
  '/departments/{dept}/changes.atom': operation({
    id: 'departmentChangesAtom',
    summary: "Atom feed (RFC 4287) of one department's publications once public, newest first",
    params: ['dept', 'locale'],
    ok: { file: 'application/atom+xml', schema: { type: 'string' }, example: examples.atom },
    notFound: true,
  }),
  '/schema/power-item.json': operation({
    id: 'powerItemSchema',
    summary: 'JSON Schema (2020-12) of a power item',
    params: [],
    ok: { file: 'application/schema+json', schema: { type: 'object' }, example: { $id: powerItemSchema.$id } },
  }),
  '/schema/list.json': operation({
    id: 'listSchema',
    summary: 'JSON Schema (2020-12) of the list response',
    params: [],
    ok: { file: 'application/schema+json', schema: { type: 'object' }, example: { $id: listSchema.$id } },
  }),
  '/openapi.json': operation({
    id: 'openApi',
    summary: 'this document',
    params: [],
    ok: { file: 'application/json', schema: { type: 'object' }, example: { openapi: '3.1.0' } },
  }),
}

let document: Record<string, unknown> | null = null

export function openApiDocument(): Record<string, unknown> {
  document ??= {
    openapi: '3.1.0',
    info: {
      title: 'Quanze public API',
      version: '1.0.0',
      description:
        'Published government power lists (权责清单): the list in force on a date, items, history, diffs, downloads and a change feed. No authentication. Only snapshots already in force today (China time) are visible. Every 200 carries a strong ETag and `Cache-Control: ' +
        CACHE_CONTROL +
        '`; If-None-Match gives 304. CORS is open for GET, HEAD and OPTIONS. Errors are RFC 9457 problem+json; other methods get 405.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/api/public/v1' }],
    // a public API: no operation needs credentials (declared, so tools do not assume one does)
    security: [],
    paths,
    components: {
      schemas: { ...responseSchemas(schemaRef), PowerItem: embeddedPowerItemSchema() },
      parameters,
      responses,
    },
  }
  return document
}
