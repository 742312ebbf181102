// `midad search` and `midad reindex`, run in-process (runCli) against a real SQLite file.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openCore } from '../core'
import { runCli } from './run-cli'

let dir: string
let db: string
const ids: Record<string, string> = {}
const paragraphs = (...texts: string[]) => ({ type: 'doc' as const, content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) })

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-cli-search-'))
  db = join(dir, 'midad.sqlite')
  const core = openCore({ dbPath: db })
  ids.school = core.createArticle({ headline: 'المدرسة الابتدائية تفتح أبوابها', section: 'تعليم' }, paragraphs('عاد التلاميذ إلى مدرستهم بعد الترميم.')).id
  ids.sport = core.createArticle({ headline: 'مدرسة الكرة في النادي', section: 'رياضة' }, paragraphs('أكاديمية للناشئين.')).id
  core.close()
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function midad(argv: string[], env: Record<string, string> = {}) {
  let stdout = ''
  let stderr = ''
  const status = await runCli([...argv, '--db', db], env, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) })
  return { status, stdout: stdout.trimEnd(), stderr: stderr.trimEnd() }
}

describe('midad search', () => {
  it('prints each result with its headline marked, its id and a snippet', async () => {
    const { status, stdout } = await midad(['search', 'مدرسه', '--section', 'تعليم'])
    expect(status).toBe(0)
    expect(stdout).toContain(`«المدرسة» الابتدائية تفتح أبوابها\t${ids.school}`)
    expect(stdout).not.toContain(ids.sport)
  })

  it('answers in JSON with the total and the marked text', async () => {
    const { stdout } = await midad(['search', 'مدرسة', '--json', '--limit', '1'], { MIDAD_LOCALE: 'en' })
    const answer = JSON.parse(stdout) as { total: number; results: { id: string; marked: { headline: string } }[] }
    expect(answer.total).toBe(2)
    expect(answer.results).toHaveLength(1)
    expect(answer.results[0]!.marked.headline).toMatch(/«(المدرسة|مدرسة)»/)
  })

  it('says so in the interface language when nothing matches, and refuses a query of only common words', async () => {
    expect((await midad(['search', 'زلزال'], { MIDAD_LOCALE: 'en' })).stdout).toBe('No article matches the search.')
    const refused = await midad(['search', 'في من'], { MIDAD_LOCALE: 'ar' })
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain('لا يبقى في «في من» ما يُبحث عنه')
  })

  it('refuses a bad --limit before opening anything', async () => {
    const { status, stderr } = await midad(['search', 'مدرسة', '--limit', '500'], { MIDAD_LOCALE: 'en' })
    expect(status).not.toBe(0)
    expect(stderr).toContain('--limit')
  })
})

describe('midad reindex', () => {
  it('rebuilds the index and the search still finds every article', async () => {
    const { status, stdout } = await midad(['reindex', '--json'])
    expect(status).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ articles: 2 })
    expect((await midad(['search', 'النادي'])).stdout).toContain(ids.sport)
  })
})
