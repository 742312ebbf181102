import { describe, expect, it } from 'vitest'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState } from '@tiptap/pm/state'
import { Random, randomOperation, startingArticles, type Operation } from './testing/random-edits'
import { suggestionMarksIn } from './testing/suggest'
import { suggestingTransaction } from './suggesting'
import { decideSuggestions } from './suggestion-decisions'
import { suggestionIds } from './pending-suggestions'

/**
 * Seeded random work in suggesting mode: 200 articles, 50 operations each
 * (typing Arabic and Latin words and harakat, deleting within and across
 * blocks, Enter, joining, bold on and off, headings, direction), with
 * decisions on single suggestions and on all between them. A failure names
 * its seed and last operations: the same seed draws the same run again.
 *
 * Left out: a deletion or join reaching out of a quote, a list or a table.
 * The library suggests it as the blocks deleted whole and a changed copy
 * inserted, and some later edits reaching into both cannot be rejected
 * exactly (see the report of this work); the scenarios cover the single edits.
 */
const RUNS = 200
const OPERATIONS_PER_RUN = 50
const FIRST_SEED = 20_260_301

/** The plain edit, as the editor would make it; null when ProseMirror itself refuses it (nothing to suggest). */
function plainEdit(state: EditorState, operation: Extract<Operation, { kind: 'edit' }>) {
  const tr = state.tr
  try {
    operation.edit(tr)
  } catch {
    return null
  }
  return tr
}

interface RunResult {
  operations: number
  checks: number
}

/**
 * One desk's session on one article. `original` is the body before the first
 * suggestion of the run, while no suggestion has been accepted since: rejecting
 * everything must give it back. An accept of one suggestion makes a new text
 * that nobody wrote down, so the check waits for the next decision on all.
 */
function run(seed: number): RunResult {
  const random = new Random(seed)
  let body = random.pick(startingArticles)()
  let original: ProseMirrorNode | null = body
  const log: string[] = []
  let checks = 0
  let operations = 0
  const fail = (why: string): never => {
    throw new Error(`seed ${seed}, after ${log.length} operations (${log.slice(-6).join(' | ')}): ${why}`)
  }
  // An edit ProseMirror itself refuses (a heading where a list item needs a
  // paragraph) is not counted: another is drawn, within a bound.
  for (let attempt = 0; operations < OPERATIONS_PER_RUN && attempt < 4 * OPERATIONS_PER_RUN; attempt++) {
    const operation = randomOperation(random, body)
    try {
      if (operation.kind === 'edit') {
        const state = EditorState.create({ doc: body })
        const tr = plainEdit(state, operation)
        if (!tr) continue
        log.push(operation.name)
        operations++
        body = state.apply(suggestingTransaction(tr, state)).doc
      } else {
        log.push(operation.name)
        operations++
        body = decideSuggestions(body, operation.decision, operation.choice)
        const left = suggestionMarksIn(body)
        if ('all' in operation.choice) {
          if (left.length > 0) fail(`${operation.name} left ${left.join(', ')}`)
          original = body
        } else {
          const id = operation.choice.ids[0]!
          const halfDone = left.filter((mark) => mark.endsWith(`:${id}`))
          if (halfDone.length > 0) fail(`${operation.name} left ${halfDone.join(', ')}`)
          if (operation.decision === 'accept') original = suggestionIds(body).length === 0 ? body : null
        }
      }
      body.check()
      if (original) {
        const rejected = decideSuggestions(body, 'reject', { all: true })
        checks++
        if (!rejected.eq(original)) fail(`rejecting everything gave\n${JSON.stringify(rejected.toJSON())}\ninstead of\n${JSON.stringify(original.toJSON())}`)
      }
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('seed ')) throw error
      fail(error instanceof Error ? (error.stack ?? error.message) : String(error))
    }
  }
  return { operations, checks }
}

describe('suggesting and deciding at random, seeded', () => {
  it(`${RUNS * OPERATIONS_PER_RUN} operations: nothing throws, every body is valid, no decision is half made, rejecting everything gives the text back`, () => {
    let operations = 0
    let checks = 0
    const failures: string[] = []
    for (let index = 0; index < RUNS; index++) {
      try {
        const result = run(FIRST_SEED + index)
        operations += result.operations
        checks += result.checks
      } catch (error) {
        failures.push((error as Error).message)
      }
    }
    expect(failures).toEqual([])
    expect(operations).toBe(RUNS * OPERATIONS_PER_RUN)
    // Most operations are checked against the original text, not a few.
    expect(checks).toBeGreaterThan(operations / 2)
  })
})
