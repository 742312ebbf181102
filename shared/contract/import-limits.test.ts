import { describe, expect, it } from 'vitest'
import { importLimitBytes } from './import-limits'

const MB = 1024 * 1024

describe('import size limits', () => {
  it('holds each kind of file to its own limit, checked before the file is read', () => {
    expect(importLimitBytes('تقرير.docx')).toBe(20 * MB)
    expect(importLimitBytes('page.HTML')).toBe(5 * MB)
    expect(importLimitBytes('notes.md')).toBe(5 * MB)
    expect(importLimitBytes('خبر.txt')).toBe(2 * MB)
    // Without extension the content decides, so only the largest is known beforehand.
    expect(importLimitBytes('saved')).toBe(20 * MB)
  })
})
