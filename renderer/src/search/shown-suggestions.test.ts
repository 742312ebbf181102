import { describe, expect, it } from 'vitest'
import type { SearchResult } from '../../../shared/search/search-views'
import { shownSuggestions } from './shown-suggestions'

const result = (id: string, headline: string): SearchResult => ({
  article: { id, headline, section: '', status: 'draft', wordCount: 0, createdAt: '2026-12-01T00:00:00.000Z', updatedAt: '2026-12-01T00:00:00.000Z', openThreads: 0, pendingSuggestions: 0 },
  headline: [{ text: headline, match: false }],
  snippet: []
})

describe('the suggestions a related block offers', () => {
  const answer = [result('a', 'زلزال الحسيمة'), result('b', 'فرق الإنقاذ'), result('c', 'الهزات الارتدادية')]

  it('drop an article as soon as it is chosen, keeping the others in the order the archive ranked them', () => {
    expect(shownSuggestions(answer, ['b']).map((shown) => shown.article.headline)).toEqual(['زلزال الحسيمة', 'الهزات الارتدادية'])
    expect(shownSuggestions(answer, ['a', 'b', 'c'])).toEqual([])
  })

  it('offer nothing before the first answer', () => {
    expect(shownSuggestions(null, [])).toEqual([])
  })
})
