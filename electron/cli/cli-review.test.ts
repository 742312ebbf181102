// `midad comments`, `comment`, `suggestions`, `accept` and `reject`, run in-process (runCli) against a real SQLite file.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCore } from '../core'
import { underReview } from '../core/testing'
import { runCli } from './run-cli'

const { body, deleted, inserted, paragraph, plainBody, suggest } = underReview

let dir: string
let db: string
let id: string

const replacement = '5b7c9d1e-2f3a-4b5c-8d7e-9f0a1b2c3d4e'
const addition = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f'

/** A reporter wrote the article and suggested two changes in her window; an editor now sits at the desk. */
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-cli-review-'))
  db = join(dir, 'midad.sqlite')
  const core = openCore({ dbPath: db })
  core.saveProfile({ name: 'ليلى', role: 'journalist' })
  id = core.createArticle({ headline: 'الحكومة تقر الموازنة' }, plainBody('قال الوزير إن الاتفاق قريب.', 'وأكد الوزير أن الاتفاق نهائي.')).id
  suggest(core, id, body(paragraph('قال الوزير ', deleted('إن', replacement), inserted('أن', replacement), ' الاتفاق قريب', inserted(' جدا', addition), '.'), paragraph('وأكد الوزير أن الاتفاق نهائي.')))
  core.saveProfile({ name: 'سارة القاسم', role: 'editor' })
  core.close()
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function midad(argv: string[], env: Record<string, string> = {}) {
  let stdout = ''
  let stderr = ''
  const status = await runCli([...argv, '--db', db], env, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) })
  return { status, stdout: stdout.trimEnd(), stderr: stderr.trimEnd() }
}
const en = { MIDAD_LOCALE: 'en' }
const bodyText = async () => (JSON.parse((await midad(['show', id, '--json'])).stdout).body.content as { content: { text: string }[] }[]).map((block) => block.content.map((node) => node.text).join(''))

describe('midad comment and comments', () => {
  it('comments on the first place the words occur, and lists the thread with who wrote it', async () => {
    const added = await midad(['comment', id, '--on', 'الاتفاق', '--text', 'أي اتفاق؟ @ليلى'])
    expect(added.status).toBe(0)
    expect(added.stdout).toMatch(/^أُضيف التعليق على «الاتفاق»: [0-9a-f]{8}$/)

    const [thread] = JSON.parse((await midad(['comments', id, '--json'])).stdout)
    expect(thread).toMatchObject({ quote: 'الاتفاق', words: 'الاتفاق', anchored: true, resolved: false })
    expect(thread.replies).toHaveLength(1)
    expect(thread.replies[0]).toMatchObject({ text: 'أي اتفاق؟ @ليلى', mentions: [expect.any(String)] })

    const lines = (await midad(['comments', id], en)).stdout.split('\n')
    expect(lines).toEqual([`${thread.id.slice(0, 8)}  «الاتفاق»  open`, `  سارة القاسم  ${thread.at}: أي اتفاق؟ @ليلى`])
    const listed = JSON.parse((await midad(['list', '--json'])).stdout)
    expect(listed[0]).toMatchObject({ id, openThreads: 1, pendingSuggestions: 2 })
  })

  it('words that are not in the text are a clear error, exit status 1, and nothing changes', async () => {
    const before = (await midad(['show', id, '--json'])).stdout
    const refused = await midad(['comment', id, '--on', 'الرئيس', '--text', 'من؟'], en)
    expect(refused.status).toBe(1)
    expect(refused.stdout).toBe('')
    expect(refused.stderr).toBe('The words “الرئيس” are not in the article’s text as written (a comment is on words within one paragraph). The comment was not added, and nothing changed.')
    expect((await midad(['show', id, '--json'])).stdout).toBe(before)
    expect((await midad(['comments', id], en)).stdout).toBe('This article has no comments.')
  })

  it('a comment needs both the words and the text, and says how it is written', async () => {
    const missing = await midad(['comment', id, '--on', 'الوزير'], en)
    expect(missing.status).toBe(2)
    expect(missing.stderr).toBe('comment needs --text TEXT: midad comment ID --on WORDS --text TEXT [--json]')
    expect((await midad(['comment', id, '--on', '', '--text', 'x'], en)).status).toBe(2)
  })

  it('nobody named at the desk: the command line says how to name yourself', async () => {
    const fresh = join(dir, 'fresh.sqlite')
    const core = openCore({ dbPath: fresh })
    const other = core.createArticle({ headline: 'خبر' }, plainBody('نص الخبر.')).id
    core.close()
    let stderr = ''
    const status = await runCli(['comment', other, '--on', 'نص', '--text', 'x', '--db', fresh], en, { stdout: () => undefined, stderr: (text) => (stderr += text) })
    expect(status).toBe(1)
    expect(stderr).toContain('midad profile --name NAME --role ROLE')
  })
})

describe('midad suggestions, accept and reject', () => {
  it('lists the waiting suggestions with who made them, as words taken out and added', async () => {
    expect((await midad(['suggestions', id], en)).stdout.split('\n')).toEqual([`${replacement.slice(0, 8)}  ليلى  [-إن-]{+أن+}`, `${addition.slice(0, 8)}  ليلى  {+ جدا+}`])
    const listed = JSON.parse((await midad(['suggestions', id, '--json'])).stdout)
    expect(listed.map((suggestion: { id: string; author: { by: string } | null }) => [suggestion.id, suggestion.author !== null])).toEqual([
      [replacement, true],
      [addition, true]
    ])
  })

  it('accepts one by the start of its id, then rejects the rest, and the text follows', async () => {
    const accepted = await midad(['accept', id, replacement.slice(0, 8)], en)
    expect(accepted).toMatchObject({ status: 0, stdout: `Accepted 1 suggestion.\n  ${replacement.slice(0, 8)}  ليلى  [-إن-]{+أن+}` })
    expect((await midad(['reject', id, '--all'])).stdout.split('\n')[0]).toBe('القرار: رفض اقتراح واحد.')
    expect(await bodyText()).toEqual(['قال الوزير أن الاتفاق قريب.', 'وأكد الوزير أن الاتفاق نهائي.'])
    expect((await midad(['suggestions', id], en)).stdout).toBe('No suggestions wait for a decision in this article.')
    expect((await midad(['accept', id, '--all'], en)).stdout).toBe('No suggestion waited for this decision; nothing changed.')
  })

  it('accepts every suggestion one person made, named as the desk knows them', async () => {
    const decided = JSON.parse((await midad(['accept', id, '--by', 'ليلى', '--json'])).stdout).decided
    expect(decided.map((record: { suggestion: string; decision: string }) => [record.suggestion, record.decision])).toEqual([
      [replacement, 'accept'],
      [addition, 'accept']
    ])
    expect(await bodyText()).toEqual(['قال الوزير أن الاتفاق قريب جدا.', 'وأكد الوزير أن الاتفاق نهائي.'])
  })

  it('an unknown suggestion is a clear error that changes nothing; --all beside a suggestion is a usage error', async () => {
    const before = (await midad(['show', id, '--json'])).stdout
    const refused = await midad(['reject', id, 'deadbeef'], en)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toBe('No suggestion “deadbeef” waits for a decision in this article; it may have been accepted or rejected already. Nothing changed.')
    expect((await midad(['accept', id, '--all', replacement], en)).status).toBe(2)
    expect((await midad(['accept', id, '--all', '--by', 'ليلى'], en)).status).toBe(2)
    expect((await midad(['show', id, '--json'])).stdout).toBe(before)
  })

  it('a draft export says it left the waiting suggestions out', async () => {
    const exported = await midad(['export', id, '--out', join(dir, 'out'), '--draft'], en)
    expect(exported.status).toBe(0)
    expect(exported.stdout.split('\n')[1]).toBe('2 suggestions wait for a decision, so the draft shows the text as it stood before anyone suggested.')
    expect((await midad(['export', id, '--out', join(dir, 'out')], en)).status).toBe(1)
  })

  it('--help shows how each review command is written', async () => {
    const help = (await midad(['--help'], en)).stdout
    for (const usage of ['midad comments ID', 'midad comment ID --on WORDS --text TEXT', 'midad suggestions ID', 'midad accept ID (--all | --by PERSON | SUGGESTION)', 'midad reject ID (--all | --by PERSON | SUGGESTION)']) {
      expect(help).toContain(usage)
    }
  })
})
