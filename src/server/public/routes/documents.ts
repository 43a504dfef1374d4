import { powerItemSchema } from '../../../domain/item-schema'
import { sendJson } from '../cache'
import { openApiDocument } from '../openapi'
import { listSchema } from '../schemas'
import type { Route } from './route'

/** The machine-readable contract: JSON Schemas of the shapes and the OpenAPI description. */
export function documentRoutes(): Route[] {
  const json = (path: string, body: unknown, type = 'application/schema+json'): Route => ({
    path,
    async handle(req, res) {
      await sendJson(req, res, body, type)
    },
  })
  return [json('/schema/power-item.json', powerItemSchema), json('/schema/list.json', listSchema), json('/openapi.json', openApiDocument(), 'application/json')]
}
