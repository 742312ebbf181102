import { describe, expect, it } from 'vitest'
import type { Person } from '../../../shared/people/person'
import { mentionCandidates, mentionQueryAt, mentionsIn } from './mention-query'

const person = (id: string, name: string): Person => ({ id, name, role: 'editor', colour: '#1f6feb' })
const rami = person('a', 'رامي الحسن')
const sara = person('b', 'سارة القاسم')
const samir = person('c', 'سمير')

describe('@mentions in a comment', () => {
  it('finds the name being typed after an @ at the start or after a space, never inside an address', () => {
    expect(mentionQueryAt('@را', 3)).toEqual({ start: 0, query: 'را' })
    expect(mentionQueryAt('سؤال إلى @س', 11)).toEqual({ start: 9, query: 'س' })
    expect(mentionQueryAt('news@example.org', 16)).toBeNull()
    expect(mentionQueryAt('بلا إشارة', 9)).toBeNull()
  })

  it('offers the people whose name has a word starting with what was typed', () => {
    expect(mentionCandidates([rami, sara, samir], 'س')).toEqual([sara, samir])
    expect(mentionCandidates([rami, sara, samir], 'الحس')).toEqual([rami])
    expect(mentionCandidates([rami, sara, samir], 'ز')).toEqual([])
  })

  it('counts only the people still named in the text, each once', () => {
    expect(mentionsIn('@رامي الحسن و@سارة القاسم ثم @رامي الحسن', [rami, sara])).toEqual(['a', 'b'])
    expect(mentionsIn('حُذف الاسم', [rami])).toEqual([])
  })
})
