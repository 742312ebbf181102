import { describe, expect, it } from 'vitest'
import { nothingUnkept } from './unkept-content'
import { importedArticleNotice, unkeptNotice } from './unkept-notice'

describe('the notice naming what was left out', () => {
  it('lists each kind with its count, in English and in Arabic with Arabic plural forms', () => {
    const unkept = { pictures: 1, objects: 0, comments: 3, footnotes: 2 }
    expect(unkeptNotice('en', unkept, 'paste.unkept')).toContain('1 picture, 3 comments, and 2 footnotes')
    const ar = unkeptNotice('ar', unkept, 'import.unkept')!
    expect(ar).toContain('صورة واحدة')
    expect(ar).toContain('3 تعليقات')
    expect(ar).toContain('حاشيتان')
    expect(unkeptNotice('en', { ...nothingUnkept(), objects: 2 }, 'import.unkept')).toBe(
      'Imported, but some of it cannot be kept in an article and was left out: 2 embedded objects (videos, frames or players).'
    )
  })

  it('says nothing when everything was kept', () => {
    expect(unkeptNotice('ar', nothingUnkept(), 'paste.unkept')).toBeNull()
  })
})

describe('the notice an imported article opens with', () => {
  it('names what the import left out, and nothing for an article opened from the library', () => {
    expect(importedArticleNotice('en', { unkept: { ...nothingUnkept(), pictures: 2 } })).toBe('Imported, but some of it cannot be kept in an article and was left out: 2 pictures.')
    expect(importedArticleNotice('ar', { id: 'x' })).toBeNull()
  })
})
