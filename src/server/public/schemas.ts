import { CATEGORY_CODES } from '../../domain/categories'
import { LAW_LEVELS, VERSION_STATUSES } from '../../domain/laws/law'
import { powerItemSchema } from '../../domain/item-schema'

/**
 * JSON Schemas (2020-12) of every public API response. One definition serves two documents: the
 * OpenAPI description (refs into `#/components/schemas/`) and the standalone `/schema/list.json`
 * (refs into its own `$defs`, and to `power-item.json` for the item, resolved against its `$id`).
 */
type Ref = (name: string) => { $ref: string }
type Schema = Record<string, unknown>

const HASH = { type: 'string', pattern: '^[0-9a-f]{64}$' } as const
const DATE = { type: 'string', format: 'date' } as const
const INSTANT = { type: 'string', format: 'date-time' } as const
const COUNT = { type: 'integer', minimum: 0 } as const
const nullable = (schema: Schema): Schema => ({ oneOf: [{ type: 'null' }, schema] })
const object = (properties: Record<string, unknown>, optional: string[] = []): Schema => ({
  type: 'object',
  additionalProperties: false,
  required: Object.keys(properties).filter((key) => !optional.includes(key)),
  properties,
})

const LAW_ENTRY = {
  id: { type: 'string' },
  title: { type: 'string' },
  level: { enum: LAW_LEVELS },
  documentNo: nullable({ type: 'string' }),
  status: { enum: ['in-force', 'repealed', 'not-yet-in-force', 'unknown'], description: 'on asOf (the list endpoint: today)' },
}

export function responseSchemas(ref: Ref): Record<string, Schema> {
  return {
    Totals: object({
      all: COUNT,
      powers: { ...COUNT, description: 'every category but GG (public service)' },
      byCategory: object(Object.fromEntries(CATEGORY_CODES.map((code) => [code, COUNT]))),
    }),
    SnapshotRef: object({ id: { type: 'string' }, effectiveFrom: { type: 'string' }, hash: { type: 'string' } }),
    Snapshot: object({
      id: { type: 'string' },
      department: { type: 'string', description: 'department code' },
      effectiveFrom: DATE,
      publishedAt: INSTANT,
      hash: { ...HASH, description: 'SHA-256 of the canonical JSON of { department, effectiveFrom, items, previousHash }' },
      previousHash: nullable(HASH),
      revision: nullable(object({ id: { type: 'string' }, title: { type: 'string' } })),
      totals: ref('Totals'),
    }),
    Department: object({ code: { type: 'string' }, name: { type: 'string' }, region: { type: 'string' }, level: { type: 'string' } }),
    DepartmentSummary: object({
      code: { type: 'string' },
      name: { type: 'string' },
      region: { type: 'string', description: 'GB/T 2260 region code' },
      level: { enum: ['national', 'province', 'city', 'county'] },
      currentSnapshot: nullable(ref('SnapshotRef')),
      totals: nullable(ref('Totals')),
    }),
    DepartmentsResponse: object({ departments: { type: 'array', items: ref('DepartmentSummary') } }),
    ListResponse: object({
      department: ref('Department'),
      snapshot: ref('Snapshot'),
      totals: { ...ref('Totals'), description: 'of the whole list in force, whatever the filters' },
      page: { type: 'integer', minimum: 1 },
      // exports put every item on one page, so only the query parameter is capped at MAX_LIMIT
      limit: { type: 'integer', minimum: 1 },
      totalItems: { ...COUNT, description: 'items matching the filters, on all pages' },
      items: { type: 'array', items: ref('PowerItem') },
    }),
    ItemResponse: object({ item: ref('PowerItem'), snapshot: ref('Snapshot') }),
    HistoryResponse: object({
      versions: {
        type: 'array',
        items: object({
          snapshot: ref('Snapshot'),
          revision: nullable(object({ id: { type: 'string' }, title: { type: 'string' } })),
          change: { enum: ['added', 'modified', 'unchanged', 'repealed'] },
          item: { ...ref('PowerItem'), description: "the item in that snapshot; for 'repealed', its last version" },
        }),
      },
    }),
    SnapshotsResponse: object({ snapshots: { type: 'array', items: ref('Snapshot') } }),
    TextOp: object({ op: { enum: ['equal', 'insert', 'delete'] }, value: { type: 'string' } }),
    FieldDiff: object(
      {
        path: { type: 'string' },
        label: object({ 'zh-Hans': { type: 'string' }, en: { type: 'string' } }),
        kind: { enum: ['added', 'removed', 'changed'] },
        before: {},
        after: {},
        text: { type: 'array', items: ref('TextOp') },
      },
      ['text'],
    ),
    DiffItem: object({
      code: { type: 'string' },
      name: { type: 'string' },
      category: { enum: CATEGORY_CODES },
      change: { enum: ['added', 'modified', 'repealed'] },
      fields: { type: 'array', items: ref('FieldDiff') },
    }),
    Diff: object({
      from: nullable(ref('SnapshotRef')),
      to: ref('SnapshotRef'),
      summary: object({ before: ref('Totals'), after: ref('Totals'), added: COUNT, modified: COUNT, repealed: COUNT }),
      items: { type: 'array', items: ref('DiffItem') },
    }),
    VerifyResponse: object({
      ok: { type: 'boolean' },
      snapshots: COUNT,
      head: nullable(HASH),
      broken: nullable(
        object({
          collection: { type: 'string', enum: ['snapshots', 'item-contents'] },
          id: { type: 'string' },
          sequence: { type: 'integer' },
          reason: { type: 'string' },
        }),
      ),
    }),
    RevisionResponse: object({
      revision: object({
        id: { type: 'string' },
        title: { type: 'string' },
        reason: { type: 'string', description: 'plain text' },
        department: { type: 'string', description: 'department code' },
        publishedAt: INSTANT,
        effectiveFrom: DATE,
      }),
      diff: ref('Diff'),
    }),
    SearchResponse: object({
      asOf: { ...DATE, description: 'the lists searched are those in force on this date' },
      page: { type: 'integer', minimum: 1 },
      limit: { type: 'integer', minimum: 1 },
      totalItems: { ...COUNT, description: 'items matching every filter, on all pages' },
      items: {
        type: 'array',
        items: object({
          code: { type: 'string' },
          name: { type: 'string' },
          category: { enum: CATEGORY_CODES },
          categoryName: { type: 'string' },
          laws: { type: 'array', items: { type: 'string' }, description: 'the laws of its legal basis, once each' },
          department: ref('Department'),
          snapshot: ref('SnapshotRef'),
        }),
      },
      facets: object({
        byCategory: {
          ...object(Object.fromEntries(CATEGORY_CODES.map((code) => [code, COUNT]))),
          description: 'matches per category under every filter but `category`',
        },
        byDepartment: {
          type: 'array',
          description: 'matches per department under every filter, most first',
          items: object({ code: { type: 'string' }, name: { type: 'string' }, count: COUNT }),
        },
      }),
    }),
    ChangesResponse: object({
      since: INSTANT,
      next: { ...INSTANT, description: 'pass as `since` on the next call' },
      changes: {
        type: 'array',
        items: object({
          visibleAt: { ...INSTANT, description: 'when the snapshot became public: the later of publishedAt and 00:00 China time on effectiveFrom' },
          snapshot: ref('Snapshot'),
        }),
      },
    }),
    LawEntry: object(LAW_ENTRY),
    LawsResponse: object({ laws: { type: 'array', items: ref('LawEntry') } }),
    LawResponse: object({
      law: object({ ...LAW_ENTRY, aliases: { type: 'array', items: { type: 'string' } }, issuingBody: nullable({ type: 'string' }), asOf: DATE }),
      versions: {
        type: 'array',
        description: 'versions already in effect today, oldest first',
        items: object({
          effectiveFrom: nullable(DATE),
          status: { enum: VERSION_STATUSES },
          documentNo: nullable({ type: 'string' }),
          replacedBy: nullable(object({ id: { type: 'string' }, title: { type: 'string' } })),
          articleMap: { type: 'array', items: object({ from: { type: 'string' }, to: nullable({ type: 'string' }) }) },
          note: nullable({ type: 'string' }),
        }),
      },
      items: {
        type: 'array',
        description: 'the items of the lists in force on asOf whose legal basis cites the law',
        items: object({
          department: object({ code: { type: 'string' }, name: { type: 'string' } }),
          code: { type: 'string' },
          name: { type: 'string' },
          articles: { type: 'array', items: { type: 'string' } },
        }),
      },
    }),
    Problem: {
      ...object(
        {
          type: { type: 'string', format: 'uri' },
          title: { type: 'string' },
          status: { type: 'integer' },
          detail: { type: 'string' },
          errors: { type: 'array', items: object({ path: { type: 'string', description: 'e.g. query.asOf' }, message: { type: 'string' } }) },
        },
        ['errors'],
      ),
      description: 'RFC 9457 problem details (application/problem+json)',
    },
  }
}

/**
 * powerItemSchema without its document keywords, for embedding under another document: the
 * OpenAPI document's PowerItem, which describes answers. An answer leaves sourceCode out when
 * there is none (never null, which only a proposal may send to mean the same), so generated
 * clients type it `sourceCode?: string`.
 */
export function embeddedPowerItemSchema(): Schema {
  const { $schema: _schema, $id: _id, ...rest } = powerItemSchema
  const properties = rest.properties as Record<string, Schema>
  return { ...rest, properties: { ...properties, sourceCode: { ...properties.sourceCode, type: 'string' } } }
}

const listDefs = responseSchemas((name) => ({ $ref: name === 'PowerItem' ? 'power-item.json' : `#/$defs/${name}` }))

/** `/schema/list.json`: the list response, referencing `/schema/power-item.json` for the items. */
export const listSchema: Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: new URL('list.json', powerItemSchema.$id).href,
  title: 'Power list in force on a date (public API list response)',
  ...listDefs.ListResponse,
  $defs: { Totals: listDefs.Totals, Snapshot: listDefs.Snapshot, Department: listDefs.Department },
}
