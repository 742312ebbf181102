import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MidadApi } from '../../../shared/contract/api'
import { startWebHost, type WebHost } from '../../../electron/host/web-host'
import { createHttpBackend } from '../backend/http-backend'
import { runExportBatch, type BatchArticle, type BatchProgress } from './run-export-batch'
import { articlesAtStatus } from './articles-at-status'

// The runner against the real back side: the browser host on a SQLite file in
// a temporary folder, reached through the renderer's own HTTP client.
let dir: string
let web: WebHost
let api: MidadApi

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'midad-batch-'))
  const rendererDir = join(dir, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>مداد</title>')
  web = await startWebHost({ dbPath: join(dir, 'midad.sqlite'), rendererDir, port: 0 })
  api = createHttpBackend({
    token: web.host.token,
    unreachableMessage: () => 'unreachable',
    fetch: (input, init) => fetch(`${web.host.origin}${String(input)}`, init)
  })
})

afterEach(async () => {
  await web.stop()
  await rm(dir, { recursive: true, force: true })
})

async function article(headline: string): Promise<BatchArticle> {
  const created = await api.createArticle({ meta: { headline } })
  if (!created.ok) throw new Error(created.error.message)
  return { id: created.value.id, headline }
}

const exportsDir = () => join(dir, 'exports')

describe('a batch export', () => {
  it('exports each publishable article into its own folder and reports the one the pre-publish check refuses', async () => {
    const first = await article('الحكومة تقرّ الموازنة')
    const unheadlined = await article('')
    const last = await article('افتتاح معرض الكتاب')
    const seen: BatchProgress[] = []
    let begunIn: string | null = null

    const run = await runExportBatch(api, [first, unheadlined, last], {
      onBegun: (folder) => (begunIn = folder),
      onProgress: (progress) => seen.push(progress)
    })

    expect(run.ok).toBe(true)
    if (!run.ok) return
    const { report } = run
    expect(begunIn).toBe(exportsDir())
    expect(report.folder).toBe(exportsDir())
    expect(report.exported.map((a) => a.id)).toEqual([first.id, last.id])
    expect(report.refused).toHaveLength(1)
    expect(report.refused[0]?.article.id).toBe(unheadlined.id)
    expect(report.refused[0]?.failure.code).toBe('export_blocked_by_check')
    expect(report.refused[0]?.failure.params).toEqual({ errors: 1 })
    expect(report.stopped).toBe(false)
    expect(report.notAttempted).toEqual([])

    // Progress names each article as it goes, then reaches the end.
    expect(seen.map((p) => [p.done, p.current?.id ?? null])).toEqual([
      [0, first.id],
      [1, unheadlined.id],
      [2, last.id],
      [3, null]
    ])
    expect(seen.every((p) => p.total === 3)).toBe(true)

    expect((await readdir(exportsDir())).sort()).toEqual([first.id, last.id].sort())
    expect(existsSync(join(exportsDir(), first.id, 'index.html'))).toBe(true)
    expect(existsSync(join(exportsDir(), last.id, 'ninjs.json'))).toBe(true)
  })

  it('stops after the article in hand when asked, leaving the rest unexported', async () => {
    const articles = [await article('أول'), await article('ثانٍ'), await article('ثالث')]
    let cancelPressed = false
    const run = await runExportBatch(api, articles, {
      // The journalist presses Cancel while the first article is being exported.
      onProgress: (progress) => {
        if (progress.current?.id === articles[0]!.id) cancelPressed = true
      },
      stopRequested: () => cancelPressed
    })

    expect(run.ok).toBe(true)
    if (!run.ok) return
    expect(run.report.stopped).toBe(true)
    expect(run.report.exported.map((a) => a.id)).toEqual([articles[0]!.id])
    expect(run.report.notAttempted.map((a) => a.id)).toEqual([articles[1]!.id, articles[2]!.id])
    expect(await readdir(exportsDir())).toEqual([articles[0]!.id])
  })

  it('ends the run when the back side no longer knows the batch, and tries nothing more', async () => {
    const articles = [await article('أول'), await article('ثانٍ')]
    // A batch id the host never handed out, as after a restart of the app.
    const forgotten: MidadApi['beginExportBatch'] = async () => ({ ok: true, value: { batchId: crypto.randomUUID(), folder: exportsDir() } })
    const run = await runExportBatch({ ...api, beginExportBatch: forgotten }, articles)

    expect(run.ok).toBe(true)
    if (!run.ok) return
    expect(run.report.refused.map((r) => [r.article.id, r.failure.code])).toEqual([[articles[0]!.id, 'export_batch_expired']])
    expect(run.report.notAttempted.map((a) => a.id)).toEqual([articles[1]!.id])
    expect(run.report.stopped).toBe(true)
    expect(existsSync(exportsDir())).toBe(false)
  })

  it('exports nothing when no folder was chosen (the picker closed), and says so by its code', async () => {
    const articles = [await article('أول')]
    const closedPicker: MidadApi['beginExportBatch'] = async () => ({ ok: false, error: { code: 'cancelled', message: 'أُلغي' } })
    const run = await runExportBatch({ ...api, beginExportBatch: closedPicker }, articles)

    expect(run).toEqual({ ok: false, failure: { code: 'cancelled', message: 'أُلغي' } })
    expect(existsSync(exportsDir())).toBe(false)
  })
})

describe('the articles a batch takes', () => {
  it('reads every article at the chosen status page by page, newest edit first, none twice', async () => {
    const made: BatchArticle[] = []
    for (const headline of ['أ', 'ب', 'ج', 'د', 'هـ']) made.push(await article(headline))
    for (const { id } of [made[0]!, made[2]!, made[4]!]) expect((await api.setArticleStatus({ id, status: 'in_review' })).ok).toBe(true)
    expect(await articlesAtStatus(api, 'all', 2)).toEqual({ ok: true, value: [...made].reverse() })
    expect(await articlesAtStatus(api, 'in_review', 2)).toEqual({ ok: true, value: [made[4], made[2], made[0]] })
    expect(await articlesAtStatus(api, 'published', 2)).toEqual({ ok: true, value: [] })
  })
})
