import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openCore } from '../core'
import { json, midad, spawnTimeout } from './testing/run-midad'

const root = mkdtempSync(join(tmpdir(), 'midad-cli-draft-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const db = join(root, 'midad.sqlite')
let unfinished = ''

// An article the pre-publish check refuses: a heading with no words.
beforeAll(() => {
  const core = openCore({ dbPath: db })
  try {
    unfinished = core.createArticle({ headline: 'خبر لم يكتمل' }, {
      type: 'doc',
      content: [{ type: 'heading', attrs: { level: 2 } }, { type: 'paragraph', content: [{ type: 'text', text: 'نص أولي.' }] }]
    }).id
  } finally {
    core.close()
  }
})

describe('midad export --draft', { timeout: spawnTimeout }, () => {
  it('writes a marked draft of an article the check refuses, where the export for publishing writes nothing', async () => {
    const refusedOut = join(root, 'refused')
    expect((await midad(['export', unfinished, '--out', refusedOut, '--db', db])).status).toBe(1)
    expect(existsSync(refusedOut)).toBe(false)

    const out = join(root, 'draft')
    const run = await midad(['export', unfinished, '--out', out, '--draft', '--db', db], { MIDAD_LOCALE: 'en' })
    expect(run).toMatchObject({ status: 0, stderr: '' })
    // DIR/<id>/, as every export is laid out: the page, the fragment, ninjs and the page's fonts.
    const folder = join(out, unfinished)
    expect(run.stdout).toMatch(new RegExp(`^Exported the article as a draft \\(noindex, no publish date\\) to ${folder} \\(\\d+ files\\)\\.\n$`))
    const page = readFileSync(join(folder, 'index.html'), 'utf8')
    expect(page).toContain('<meta name="robots" content="noindex">')
    expect(page).toContain('<p class="draft-mark">مسودة لم تُنشر</p>')
    expect(page).not.toMatch(/datePublished|article:published_time/)

    const report = json<{ folder: string; draft: boolean }>(await midad(['export', unfinished, '--out', join(root, 'draft-json'), '--draft', '--json', '--db', db]))
    expect(report).toMatchObject({ folder: join(root, 'draft-json', unfinished), draft: true })
  })
})
