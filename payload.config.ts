import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type Config } from 'payload'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { zhTw } from '@payloadcms/translations/languages/zhTw'
import { AuditLog } from './collections/AuditLog'
import { Departments } from './collections/Departments'
import { ItemContents } from './collections/ItemContents'
import { Laws } from './collections/Laws'
import { PowerItems } from './collections/PowerItems'
import { Proposals } from './collections/Proposals'
import { ReviewComments } from './collections/ReviewComments'
import { Revisions } from './collections/Revisions'
import { withImportUpload } from './collections/Revisions/with-import'
import { Snapshots } from './collections/Snapshots'
import { Users } from './collections/Users'
import { databaseAdapter } from './src/database'
import { emailAdapter } from './src/email'
import { databaseUri, logLevel, payloadSecret, serverUrl } from './src/settings'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export interface QuanzeConfigOptions {
  databaseUri?: string
  secret?: string
}

/**
 * A refusal answered with a 4xx is the caller's mistake, not the server's: one info line (its
 * message), not an error with a stack (failed logins are audited as well: services/login-audit.ts).
 * Payload looks levels up by the error's name; its type lists only Payload's own errors.
 */
const REFUSALS_LOGGED_AS_INFO = {
  AuthenticationError: 'info',
  LockedAuth: 'info',
  QueryError: 'info',
  UnverifiedEmail: 'info',
  RefusedError: 'info',
  StaleVersionError: 'info',
} as NonNullable<Config['loggingLevels']>

/** Assembles Quanze: collections, database adapter, localization and the admin. */
export function makeConfig(options: QuanzeConfigOptions = {}) {
  return buildConfig({
    secret: options.secret ?? payloadSecret(),
    serverURL: serverUrl(),
    db: databaseAdapter(options.databaseUri ?? databaseUri()),
    editor: lexicalEditor(),
    email: emailAdapter(),
    // Payload clamps deeper requests; REST answers them with a 400 first (src/server/rest-guards.ts)
    maxDepth: 3,
    collections: [withImportUpload(Revisions), Proposals, ReviewComments, PowerItems, Snapshots, ItemContents, Departments, Laws, Users, AuditLog],
    localization: {
      locales: [
        { code: 'zh-Hans', label: '简体中文', fallbackLocale: 'en' },
        { code: 'zh-Hant', label: '繁體中文', fallbackLocale: ['zh-Hans', 'en'] },
        { code: 'en', label: 'English', fallbackLocale: 'zh-Hans' },
      ],
      defaultLocale: 'zh-Hans',
      fallback: true,
    },
    i18n: { supportedLanguages: { zh, 'zh-TW': zhTw, en }, fallbackLanguage: 'zh' },
    admin: {
      user: Users.slug,
      meta: { titleSuffix: ' · 权责清单 Quanze' },
      avatar: 'default', // no Gravatar: the admin must work on a closed network
      importMap: { baseDir: path.resolve(dirname) },
      components: { afterDashboard: ['/src/admin/ReviewQueue#ReviewQueue'] },
    },
    graphQL: { disablePlaygroundInProduction: true, disableIntrospectionInProduction: true, maxComplexity: 1000 },
    typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false },
    telemetry: false,
    logger: { options: { level: logLevel() } },
    loggingLevels: REFUSALS_LOGGED_AS_INFO,
  })
}

export default makeConfig()
