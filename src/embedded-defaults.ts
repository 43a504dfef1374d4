import { localSecret } from './settings'

/**
 * Imported first by the server: unless the operator asked for production, this is the embedded
 * default, which signs with the random secret kept in data/secret. Next.js later sets NODE_ENV=production for its
 * build, so the decision is taken here, before anything reads the config.
 */
if (process.env.NODE_ENV !== 'production') {
  process.env.QUANZE_ENV ??= 'embedded'
  process.env.PAYLOAD_SECRET ??= localSecret()
}
