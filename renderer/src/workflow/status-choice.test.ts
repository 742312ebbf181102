import { describe, expect, it } from 'vitest'
import { isStatusChoice } from './status-choice'

describe('choosing articles by workflow status', () => {
  it('accepts only a known choice from storage', () => {
    expect(isStatusChoice('in_review')).toBe(true)
    expect(isStatusChoice('all')).toBe(true)
    expect(isStatusChoice('archived')).toBe(false)
    expect(isStatusChoice(null)).toBe(false)
  })
})
