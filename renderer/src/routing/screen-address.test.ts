import { describe, expect, it } from 'vitest'
import { readScreenAddress } from './screen-address'

const id = '0b8f3a52-6c1e-4d7a-9a55-2f1e8c3b9d10'

describe('the screen kept in the address', () => {
  it('is the article named in the hash, fresh only when history says so', () => {
    expect(readScreenAddress(`#/article/${id}`, { fresh: true })).toEqual({ screen: 'article', id, fresh: true })
    expect(readScreenAddress(`#/article/${id}`, null)).toEqual({ screen: 'article', id, fresh: false })
  })

  it('is the library for anything else', () => {
    expect(readScreenAddress('', null)).toEqual({ screen: 'library' })
    expect(readScreenAddress('#/article/not-an-id', null)).toEqual({ screen: 'library' })
    expect(readScreenAddress(`#/article/${id}/../x`, null)).toEqual({ screen: 'library' })
  })
})
