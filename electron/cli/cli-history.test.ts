// `midad history`, `diff`, `restore` and `revision`, run in-process (runCli) against a real SQLite file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleBody } from '../../shared/article/body'
import { openCore } from '../core'
import { runCli } from './run-cli'

let dir: string
let db: string
let id: string

const body = (...texts: string[]): ArticleBody => ({ type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) })

/** What the journalist's desk did: wrote, saved a version, then an editor changed a word and the headline. */
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-history-'))
  db = join(dir, 'midad.sqlite')
  const core = openCore({ dbPath: db })
  core.saveProfile({ name: 'سارة القاسم', role: 'journalist' })
  const article = core.createArticle({ headline: 'الحكومة تقر الموازنة' }, body('قال الوزير إن الاتفاق قريب.', 'فقرة باقية.'))
  id = article.id
  core.saveRevision(id, 'أُرسل إلى المحرر')
  core.saveProfile({ name: 'رامي', role: 'editor' })
  const current = core.getArticle(id)
  core.saveArticle({ id, baseVersion: current.version, meta: { ...current.meta, headline: 'الحكومة تقر الموازنة الجديدة' }, body: body('قال الوزير إن الاتفاق بات قريبا.', 'فقرة باقية.') })
  core.saveRevision(id)
  core.close()
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function midad(argv: string[], env: Record<string, string> = {}) {
  let stdout = ''
  let stderr = ''
  const status = await runCli([...argv, '--db', db], env, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) })
  return { status, stdout: stdout.trimEnd(), stderr: stderr.trimEnd() }
}

describe('midad history, diff and restore', () => {
  it('history --json lists the revisions oldest first, with who made each', async () => {
    const history = JSON.parse((await midad(['history', id, '--json'])).stdout)
    expect(history.map((revision: { author: unknown; kind: string; label: string; wordsAdded: number; wordsRemoved: number }) => [revision.author, revision.kind, revision.label, revision.wordsAdded, revision.wordsRemoved])).toEqual([
      [{ name: 'سارة القاسم', role: 'journalist' }, 'named', 'أُرسل إلى المحرر', 7, 0],
      [{ name: 'رامي', role: 'editor' }, 'named', '', 2, 1]
    ])
    expect(Object.keys(history[0]).sort()).toEqual(['at', 'author', 'id', 'kind', 'label', 'wordsAdded', 'wordsRemoved'])
  })

  it('history in words names the person, their role and the kind of revision', async () => {
    const { stdout } = await midad(['history', id])
    const lines = stdout.split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^[0-9a-f]{8} {2}\S+ {2}سارة القاسم \(صحفي\) {2}حفظ يدوي {2}«أُرسل إلى المحرر» {2}\+7 −0$/)
    expect(lines[1]).toContain('رامي (محرر)')
  })

  it('diff --from the first revision --json shows exactly the changed words and the headline', async () => {
    const [first] = JSON.parse((await midad(['history', id, '--json'])).stdout)
    const comparison = JSON.parse((await midad(['diff', id, '--from', first.id.slice(0, 8), '--json'])).stdout)
    expect(comparison.from).toBe(first.id)
    expect(comparison.to).toBe('now')
    expect(comparison.meta).toEqual([
      { field: 'headline', from: 'الحكومة تقر الموازنة', to: 'الحكومة تقر الموازنة الجديدة' },
      // The slug follows the headline: the page's address changes with it.
      { field: 'slug', from: 'الحكومة-تقر-الموازنة', to: 'الحكومة-تقر-الموازنة-الجديدة' }
    ])
    expect(comparison.blocks.map((block: { change: string }) => block.change)).toEqual(['changed', 'equal'])
    expect(comparison.blocks[0].spans.filter((span: { op: string }) => span.op !== 'equal')).toEqual([
      { op: 'delete', text: 'قريب', minor: false },
      { op: 'insert', text: 'بات قريبا', minor: false }
    ])
  })

  it('diff in words marks removed and added words', async () => {
    const [first] = JSON.parse((await midad(['history', id, '--json'])).stdout)
    const { stdout } = await midad(['diff', id, '--from', first.id], { MIDAD_LOCALE: 'en' })
    expect(stdout.split('\n')).toEqual([
      `From ${first.id.slice(0, 8)} to now: 2 words added, 1 word removed.`,
      'Headline: «الحكومة تقر الموازنة» → «الحكومة تقر الموازنة الجديدة»',
      'Slug: «الحكومة-تقر-الموازنة» → «الحكومة-تقر-الموازنة-الجديدة»',
      '~ قال الوزير إن الاتفاق [-قريب-]{+بات قريبا+}.'
    ])
  })

  it('restore brings the first revision’s words back and records it', async () => {
    const [first] = JSON.parse((await midad(['history', id, '--json'])).stdout)
    const restored = await midad(['restore', id, first.id.slice(0, 8)])
    expect(restored.status).toBe(0)
    expect(restored.stdout).toContain('استُعيد نص النسخة')
    const article = JSON.parse((await midad(['show', id, '--json'])).stdout)
    expect(article.meta.headline).toBe('الحكومة تقر الموازنة')
    const kinds = JSON.parse((await midad(['history', id, '--json'])).stdout).map((revision: { kind: string }) => revision.kind)
    expect(kinds).toEqual(['named', 'named', 'restore'])
  })

  it('an unknown revision is a clear error that changes nothing', async () => {
    const before = (await midad(['show', id, '--json'])).stdout
    const failed = await midad(['restore', id, 'deadbeef'], { MIDAD_LOCALE: 'en' })
    expect(failed.status).not.toBe(0)
    expect(failed.stderr).toContain('This article has no revision “deadbeef”')
    expect((await midad(['show', id, '--json'])).stdout).toBe(before)
  })
})

describe('midad import FILE --into ID', () => {
  it('applies the journalist’s newer file as an edit, keeps the rest of the article, and records it so the desk sees what changed', async () => {
    const file = join(dir, 'الموازنة-نسخة2.txt')
    writeFileSync(file, 'الحكومة تقر الموازنة الجديدة\n\nقال الوزير إن الاتفاق بات قريبا جدا.\n\nفقرة باقية.\n')
    const imported = await midad(['import', file, '--into', id, '--json'])
    expect(imported.status).toBe(0)
    const result = JSON.parse(imported.stdout)
    expect(result).toMatchObject({ id, wordsAdded: 1, wordsRemoved: 0 })

    const history = JSON.parse((await midad(['history', id, '--json'])).stdout)
    expect(history.map((revision: { kind: string; label: string }) => [revision.kind, revision.label])).toEqual([
      ['named', 'أُرسل إلى المحرر'],
      ['named', ''],
      ['import', 'الموازنة-نسخة2.txt']
    ])
    const comparison = JSON.parse((await midad(['diff', id, '--from', history[1].id, '--to', history[2].id, '--json'])).stdout)
    expect(comparison.blocks[0].spans.filter((span: { op: string }) => span.op !== 'equal').map((span: { text: string }) => span.text.trim())).toEqual(['جدا'])
    const article = JSON.parse((await midad(['show', id, '--json'])).stdout)
    expect(article.meta.headline).toBe('الحكومة تقر الموازنة الجديدة')
  })

  it('refuses an article that does not exist, or a file it cannot read, and changes nothing', async () => {
    const file = join(dir, 'نسخة.txt')
    writeFileSync(file, 'عنوان\n\nنص.\n')
    const unknown = await midad(['import', file, '--into', '7d1c7f4e-1a2b-4c3d-9e8f-001122334455'])
    expect(unknown.status).toBe(2)
    const missing = await midad(['import', join(dir, 'لا-يوجد.txt'), '--into', id])
    expect(missing.status).not.toBe(0)
    expect(JSON.parse((await midad(['history', id, '--json'])).stdout)).toHaveLength(2)
  })
})
