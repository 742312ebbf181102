import { describe, expect, it } from 'vitest'
import type { ArticleStatus } from '../../../shared/article/status'
import { countByStatus, isStatusChoice, withStatus } from './status-choice'

const library: { id: string; status: ArticleStatus }[] = [
  { id: 'a', status: 'approved' },
  { id: 'b', status: 'draft' },
  { id: 'c', status: 'approved' },
  { id: 'd', status: 'published' }
]

describe('choosing articles by workflow status', () => {
  it('keeps the library order and only the chosen status, or every article for "all"', () => {
    expect(withStatus(library, 'approved').map((a) => a.id)).toEqual(['a', 'c'])
    expect(withStatus(library, 'in_review')).toEqual([])
    expect(withStatus(library, 'all').map((a) => a.id)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('counts what each choice would show, zero included', () => {
    expect(countByStatus(library)).toEqual({ all: 4, draft: 1, in_review: 0, approved: 2, published: 1 })
  })

  it('accepts only a known choice from storage', () => {
    expect(isStatusChoice('in_review')).toBe(true)
    expect(isStatusChoice('all')).toBe(true)
    expect(isStatusChoice('archived')).toBe(false)
    expect(isStatusChoice(null)).toBe(false)
  })
})
