import { describe, expect, it } from 'vitest'
import { createConfig, lintFromString } from '@redocly/openapi-core'
import openapiTS, { astToString } from 'openapi-typescript'
import ts from 'typescript'
import { openApiDocument } from '../../src/server/public/openapi'

/**
 * The OpenAPI document with the tools portals use on it: Redocly's linter (recommended rules) finds
 * no error, and openapi-typescript generates a client's types that compile and name our shapes.
 * Both read the document as served (JSON), with no file or URL to resolve beside it.
 */
const source = JSON.stringify(openApiDocument())

describe('OpenAPI with mainstream tooling', () => {
  it('redocly lint (recommended): no errors', async () => {
    const config = await createConfig({ extends: ['recommended'] })
    const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config })
    const errors = problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`)
    expect(errors).toEqual([])
  })

  it('openapi-typescript generates types that compile and describe the search response', async () => {
    const code = astToString(await openapiTS(JSON.parse(source)))
    expect(code).toContain('SearchResponse: {')
    expect(code).toContain('"/departments/{dept}/list": {')
    // an item's sourceCode is left out when there is none, never null
    expect(code).toMatch(/sourceCode\?: string;/)
    // a client using the generated types must type-check
    const client = `${code}\nconst hit: components['schemas']['SearchResponse']['items'][number]['code'] = 'XK-00001-000'\nconst query: operations['search']['parameters']['query'] = { q: '广告', limit: 20 }\nexport { hit, query }\n`
    const host = ts.createCompilerHost({ strict: true, noEmit: true, skipLibCheck: true })
    const read = host.readFile
    host.readFile = (file) => (file === 'client.ts' ? client : read(file))
    const exists = host.fileExists
    host.fileExists = (file) => file === 'client.ts' || exists(file)
    const program = ts.createProgram(['client.ts'], { strict: true, noEmit: true, skipLibCheck: true, types: [] }, host)
    const diagnostics = ts.getPreEmitDiagnostics(program).map((each) => ts.flattenDiagnosticMessageText(each.messageText, '\n'))
    expect(diagnostics).toEqual([])
    // and the types are not so loose that anything compiles
    const bad = `${code}\nconst q: operations['search']['parameters']['query'] = { level: 'planet' }\nexport { q }\n`
    host.readFile = (file) => (file === 'client.ts' ? bad : read(file))
    const refused = ts.getPreEmitDiagnostics(ts.createProgram(['client.ts'], { strict: true, noEmit: true, skipLibCheck: true, types: [] }, host))
    expect(refused.length).toBeGreaterThan(0)
  })
})
