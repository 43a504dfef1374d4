import { buildIsCurrent, buildNext } from './build'

/** `npm start`: build what is missing or out of date, then serve (src/server.ts). */
if (process.env.QUANZE_DEV !== '1' && !buildIsCurrent()) buildNext()
await import('../server')
