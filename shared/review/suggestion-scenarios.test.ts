import { describe, expect, it } from 'vitest'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { suggestionScenarios } from './testing/suggestion-scenarios'
import type { SuggestionScenario } from './testing/suggestion-scenario'
import { hasZeroWidthSpace, suggest, suggestionMarksIn } from './testing/suggest'
import { decideSuggestions } from './suggestion-decisions'
import { hasPendingSuggestions } from './published-body'
import { suggestionIds } from './pending-suggestions'

// Each scenario's suggested body, made once when a test first needs it, so a
// scenario whose edit throws fails its own tests and not the whole file.
const suggested = new Map<SuggestionScenario, ProseMirrorNode>()
const suggestedBody = (scenario: SuggestionScenario): ProseMirrorNode => {
  if (!suggested.has(scenario)) suggested.set(scenario, suggest(scenario.before, scenario.edit))
  return suggested.get(scenario)!
}

/** The body as the reader gets it: checked against the schema, no suggestion and no marker left in it. */
function expectClean(body: ProseMirrorNode): void {
  body.check()
  expect(suggestionMarksIn(body)).toEqual([])
  expect(hasZeroWidthSpace(body)).toBe(false)
}

describe('scripted suggestions', () => {
  it('there are at least 200, each named once', () => {
    const names = suggestionScenarios.map((scenario) => scenario.name)
    expect(names.length).toBeGreaterThanOrEqual(200)
    expect(new Set(names).size).toBe(names.length)
  })
})

describe.each(suggestionScenarios)('$name', (scenario) => {
  it('is held as a suggestion: the body is valid and waits for a decision', () => {
    const body = suggestedBody(scenario)
    body.check()
    expect(hasPendingSuggestions(body)).toBe(true)
  })

  it('accepted, reads as written', () => {
    const accepted = decideSuggestions(suggestedBody(scenario), 'accept', { all: true })
    expect(accepted.toJSON()).toEqual(scenario.accepted.toJSON())
    expectClean(accepted)
  })

  it('rejected, gives the body back exactly as it was', () => {
    const rejected = decideSuggestions(suggestedBody(scenario), 'reject', { all: true })
    expect(rejected.toJSON()).toEqual(scenario.before.toJSON())
    expectClean(rejected)
  })

  it('decided by its own ids, ends the same as deciding everything', () => {
    const body = suggestedBody(scenario)
    const ids = suggestionIds(body)
    expect(decideSuggestions(body, 'accept', { ids }).toJSON()).toEqual(scenario.accepted.toJSON())
    expect(decideSuggestions(body, 'reject', { ids }).toJSON()).toEqual(scenario.before.toJSON())
  })
})
