// first, before anything allocates much: see the module
import '../server/tick-shape'
import { exitWith, startServer } from '../server'
import { isDevServer } from '../settings'
import { buildIsCurrent, buildNext } from './build'

/** `npm start`: build what is missing or out of date, then serve (src/server.ts). */
try {
  if (!isDevServer() && !buildIsCurrent()) buildNext()
  startServer().catch(exitWith)
} catch (error) {
  exitWith(error)
}
