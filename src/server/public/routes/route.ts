import type { Request, Response } from 'express'

/** One GET resource of the public API; public-api.ts mounts it and answers 405 for other methods. */
export interface Route {
  path: string
  handle: (req: Request, res: Response) => Promise<void> | void
}

/** A path parameter as a string (express 5 types them loosely). */
export function pathParam(req: Request, name: string): string {
  return String(req.params[name] ?? '')
}
