import '../embedded-defaults'
import { exitWith, startServer } from '../server'
import { buildIsCurrent, buildNext } from './build'

/** `npm start`: build what is missing or out of date, then serve (src/server.ts). */
try {
  if (process.env.QUANZE_DEV !== '1' && !buildIsCurrent()) buildNext()
  startServer().catch(exitWith)
} catch (error) {
  exitWith(error)
}
