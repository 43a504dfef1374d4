import express, { type Router } from 'express'
import type { Payload } from 'payload'
import { problem } from '../services/problem'

/** Reserved for the public API (its own issue); answers 404 problem+json meanwhile. */
export function publicApi(_payload: Payload): Router {
  const router = express.Router()
  router.use((req, res) => {
    res.status(404).type('application/problem+json').json(problem(404, `no public API route ${req.path}`))
  })
  return router
}
