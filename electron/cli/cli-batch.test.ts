import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openCore } from '../core'
import { expectOneLineFailure, json, midad, repo, sourceEntry, spawnTimeout } from './testing/run-midad'

const root = mkdtempSync(join(tmpdir(), 'midad-cli-batch-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const db = join(root, 'midad.sqlite')

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
let flood = ''
let summit = ''
let blocked = ''
let draft = ''

// Three approved articles (one the pre-publish check refuses: a heading with
// no words) and one draft, written through core as the app would.
beforeAll(() => {
  const core = openCore({ dbPath: db })
  try {
    const article = (headline: string, content: unknown[]) => core.createArticle({ headline }, { type: 'doc', content } as never).id
    flood = article('فيضانات في الجنوب', [paragraph('غمرت المياه القرى.')])
    summit = article('قمة المناخ', [paragraph('افتتحت القمة صباح اليوم.')])
    blocked = article('خبر ناقص', [{ type: 'heading', attrs: { level: 2 } }, paragraph('نص.')])
    draft = article('مسودة لم تكتمل', [paragraph('نص أولي.')])
    for (const id of [flood, summit, blocked]) core.setArticleStatus(id, 'approved')
  } finally {
    core.close()
  }
})

describe('midad status and list --status', { timeout: spawnTimeout }, () => {
  it('moves an article along the workflow and lists the articles at one status', async () => {
    const run = await midad(['status', draft, 'in_review', '--db', db], { MIDAD_LOCALE: 'en' })
    expect(run).toMatchObject({ status: 0, stderr: '', stdout: `The article ${draft} is now: In review.\n` })
    const inReview = json<{ id: string; status: string }[]>(await midad(['list', '--status', 'in_review', '--json', '--db', db]))
    expect(inReview).toMatchObject([{ id: draft, status: 'in_review' }])
    const lines = (await midad(['list', '--status', 'approved', '--db', db])).stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines.every((line) => line.split('\t')[2] === 'معتمد')).toBe(true)
    expect((await midad(['list', '--status', 'published', '--db', db])).stdout).toBe('لا مقالات في حالة «منشور».\n')
  })

  it('lists a page with --limit and --offset and says where it sits in the whole', async () => {
    const all = json<{ id: string }[]>(await midad(['list', '--json', '--db', db])).map((article) => article.id)
    expect(all).toHaveLength(4)
    const page = json<{ id: string }[]>(await midad(['list', '--limit', '2', '--offset', '1', '--json', '--db', db])).map((article) => article.id)
    expect(page).toEqual(all.slice(1, 3))
    const lines = (await midad(['list', '--status', 'approved', '--limit', '2', '--db', db], { MIDAD_LOCALE: 'en' })).stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[2]).toBe('Articles 1–2 of 3.')
    expect((await midad(['list', '--offset', '9', '--db', db], { MIDAD_LOCALE: 'en' })).stdout).toBe('No articles after the first 9: there are 4.\n')
    expect(expectOneLineFailure(await midad(['list', '--limit', '0', '--db', db], { MIDAD_LOCALE: 'en' }), 2)).toMatch(/--limit.*1–500/)
    expect(expectOneLineFailure(await midad(['list', '--offset', '-3', '--db', db], { MIDAD_LOCALE: 'en' }), 2)).toMatch(/--offset/)
  })

  it('refuses a status that is not one, naming the ones it takes, and changes nothing', async () => {
    expect(expectOneLineFailure(await midad(['status', draft, 'archived', '--db', db], { MIDAD_LOCALE: 'en' }), 2)).toBe(
      '“archived” is not a value STATUS takes; it takes one of: draft|in_review|approved|published'
    )
    expect(expectOneLineFailure(await midad(['list', '--status', 'done', '--db', db]), 2)).toMatch(/^«done» ليست قيمة يقبلها --status/)
    expect(json<{ status: string }>(await midad(['show', draft, '--json', '--db', db])).status).toBe('in_review')
  })
})

describe('midad export --format and --all', { timeout: spawnTimeout }, () => {
  it('writes only the format asked for', async () => {
    const out = join(root, 'fragment-only')
    const run = await midad(['export', flood, '--out', out, '--format', 'fragment', '--db', db])
    expect(run.status).toBe(0)
    expect(readdirSync(join(out, flood))).toEqual(['fragment.html'])
    expect(readFileSync(join(out, flood, 'fragment.html'), 'utf8')).toMatch(/^<article[^>]*>[\s\S]*غمرت المياه القرى/)
    const ninjs = join(root, 'ninjs-only')
    await midad(['export', flood, '--out', ninjs, '--format', 'ninjs', '--db', db])
    expect(JSON.parse(readFileSync(join(ninjs, flood, 'ninjs.json'), 'utf8'))).toMatchObject({ headlines: [{ value: 'فيضانات في الجنوب' }] })
  })

  it('exports the approved articles each into its folder, lists the one refused with its reason, and exits 1', async () => {
    const out = join(root, 'approved')
    const run = await midad(['export', '--all', '--status', 'approved', '--out', out, '--db', db], { MIDAD_LOCALE: 'en' })
    expect(run.status).toBe(1)
    // Not a terminal: no progress line in the output a script reads.
    expect(run.stderr).toBe('')
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(4)
    expect(lines).toContain(`Exported “قمة المناخ” to ${join(out, summit)}`)
    expect(lines).toContain(`“خبر ناقص” (${blocked}): The article was not exported for publishing: it has 1 error to fix first; midad lint ID lists them. Warnings do not block export. Nothing was written.`)
    expect(lines.at(-1)).toBe('2 articles exported, 1 refused.')
    expect(readdirSync(out).sort()).toEqual([flood, summit].sort())
    expect(readFileSync(join(out, flood, 'index.html'), 'utf8')).toContain('<h1>فيضانات في الجنوب</h1>')
    expect(existsSync(join(out, draft))).toBe(false)
  })

  it('reports the batch as JSON for programs, and exits 0 when nothing is refused', async () => {
    const out = join(root, 'in-review')
    const report = await midad(['export', '--all', '--status', 'in_review', '--out', out, '--format', 'page', '--json', '--db', db])
    expect(report.status).toBe(0)
    expect(JSON.parse(report.stdout)).toEqual({ exported: [{ id: draft, headline: 'مسودة لم تكتمل', folder: join(out, draft), files: 9 }], refused: [] })
    // The page and the eight font files it carries (Naskh and Sans, two subsets, two weights).
    expect(readdirSync(join(out, draft)).sort()).toEqual(['fonts', 'index.html'])
  })

  it('refuses a line that mixes one article and --all, or --status without --all, or an unknown format, before touching anything', async () => {
    const out = join(root, 'never')
    expect(expectOneLineFailure(await midad(['export', flood, '--all', '--out', out, '--db', db]), 2)).toMatch(/^معامل زائد/)
    expect(expectOneLineFailure(await midad(['export', flood, '--status', 'approved', '--out', out, '--db', db], { MIDAD_LOCALE: 'en' }), 2)).toMatch(/^--status only works with --all/)
    expect(expectOneLineFailure(await midad(['export', flood, '--out', out, '--format', 'pdf', '--db', db], { MIDAD_LOCALE: 'en' }), 2)).toBe(
      '“pdf” is not a value --format takes; it takes one of: page|fragment|ninjs|all'
    )
    expect(existsSync(out)).toBe(false)
  })

  // util-linux's `script` gives the CLI a real terminal, where the progress bar is drawn.
  const hasScript = spawnSync('script', ['--version']).status === 0
  it.skipIf(!hasScript)('draws a progress bar on a terminal, redrawn in place, and erases it before each result line', () => {
    const out = join(root, 'on-a-terminal')
    const line = [process.execPath, ...sourceEntry, 'export', '--all', '--status', 'approved', '--out', out, '--db', db]
      .map((word) => `'${word}'`)
      .join(' ')
    const run = spawnSync('script', ['-qec', `${line} 2>&1`, '/dev/null'], { cwd: repo, encoding: 'utf8', env: { ...process.env, COLUMNS: '100', MIDAD_LOCALE: 'en' } })
    const screen = run.stdout
    expect(screen).toMatch(/\[░{24}\] 0\/3 /)
    expect(screen).toContain(`\r\u001b[2K[${'█'.repeat(24)}] 3/3`)
    // Each result line starts on a clean line: the bar is erased first.
    expect(screen).toContain(`\r\u001b[2KExported “`)
    // And the run ends with the bar erased, leaving the summary as the last thing shown.
    const lastLine = screen.trimEnd().split(/\r?\n/).at(-1)!
    expect(lastLine.split('\r\u001b[2K').at(-1)).toBe('2 articles exported, 1 refused.')
  })
})
