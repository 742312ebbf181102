import { describe, expect, it } from 'vitest'
import { mayMoveTo } from './status-rights'

describe('who may set a status', () => {
  it('anyone may do anything in a newsroom that does not restrict it', () => {
    for (const role of ['journalist', 'editor', 'web_desk', null] as const) {
      for (const status of ['draft', 'in_review', 'approved', 'published'] as const) expect(mayMoveTo(status, role, false)).toBe(true)
    }
  })

  it('where it is restricted, an editor approves, an editor or the web desk publishes, anyone sends to review', () => {
    const table = (['journalist', 'editor', 'web_desk', null] as const).map((role) => (['draft', 'in_review', 'approved', 'published'] as const).map((status) => mayMoveTo(status, role, true)))
    expect(table).toEqual([
      [true, true, false, false],
      [true, true, true, true],
      [true, true, false, true],
      [true, true, false, false]
    ])
  })
})
