import { describe, expect, it } from 'vitest'
import { databaseAdapter, databaseKind } from '../../src/database'

describe('DATABASE_URI picks the adapter (API.md)', () => {
  it('maps each scheme to its adapter, SQLite by default', () => {
    expect(databaseKind(undefined)).toBe('sqlite')
    expect(databaseKind('file:data/x.db')).toBe('sqlite')
    expect(databaseKind('postgres://u:p@h/db')).toBe('postgres')
    expect(databaseKind('postgresql://u:p@h/db')).toBe('postgres')
    expect(databaseKind('mongodb://h/db')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://h/db')).toBe('mongodb')
  })

  it('names the accepted schemes when given another', () => {
    expect(() => databaseKind('mysql://h/db')).toThrow(/file:, postgres:\/\/ or mongodb:\/\//)
  })

  it('builds every adapter without connecting (MongoDB is selectable but not exercised here)', () => {
    expect(databaseAdapter('file:/tmp/quanze-adapter-check.db').name).toBe('sqlite')
    expect(databaseAdapter('postgres://u:p@127.0.0.1:1/db').name).toBe('postgres')
    expect(databaseAdapter('mongodb://127.0.0.1:1/db').name).toBe('mongoose')
  })
})
