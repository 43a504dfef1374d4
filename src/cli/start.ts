import { existsSync } from 'node:fs'
import { buildNext } from './build'

/** `npm start`: build what is missing, then serve (src/server.ts). */
if (process.env.QUANZE_DEV !== '1' && !existsSync('.next/BUILD_ID')) buildNext()
await import('../server')
