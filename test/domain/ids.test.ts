import { describe, expect, it } from 'vitest'
import { actorOf } from '../../src/domain/actor'
import { idOf, isDocumentId } from '../../src/domain/ids'

describe('idOf', () => {
  it('reads an id or a populated document alike', () => {
    expect(idOf(7)).toBe('7')
    expect(idOf('7')).toBe('7')
    expect(idOf({ id: 7, name: '工商局' })).toBe('7')
  })
})

describe('isDocumentId', () => {
  it('takes serial integers within PostgreSQL integer range and ObjectIds', () => {
    expect(isDocumentId('1')).toBe(true)
    expect(isDocumentId('2147483647')).toBe(true)
    expect(isDocumentId('2147483648')).toBe(false)
    expect(isDocumentId('5f1d7a3e9c1b2a0012345678')).toBe(true)
  })

  it('refuses what cannot name a document', () => {
    for (const id of ['', '-1', '1.5', '1e3', '12345678901', "1' or 1=1", '5F1D7A3E9C1B2A0012345678']) expect(isDocumentId(id)).toBe(false)
  })
})

describe('actorOf', () => {
  it('keeps known roles and flattens populated departments', () => {
    expect(actorOf({ id: 2, email: 'editor@quanze.test', roles: ['editor', 'root'], departments: [{ id: 1 }, 3] })).toEqual({
      id: '2',
      email: 'editor@quanze.test',
      roles: ['editor'],
      departments: ['1', '3'],
    })
  })

  it('is null for anonymous requests', () => {
    expect(actorOf(null)).toBeNull()
  })
})
