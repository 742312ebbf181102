import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'
import { openCore } from '../core'
import { docxFile, paragraph, pictureRun, run } from '../core/testing'
import { expectOneLineFailure, json, midad, midadProcess, repo, spawnTimeout } from './testing/run-midad'

const sample = join(repo, 'electron/core/import/fixtures/world-news.txt')
const root = mkdtempSync(join(tmpdir(), 'midad-cli-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

describe('midad CLI, end to end against a real database', { timeout: spawnTimeout }, () => {
  const db = join(root, 'newsroom', 'midad.sqlite')
  let id = ''

  it('imports a text article and prints its id as JSON', async () => {
    const result = json<{ id: string }>(await midad(['import', sample, '--json', '--db', db]))
    expect(Object.keys(result)).toEqual(['id'])
    expect(result.id).toMatch(uuid)
    id = result.id
  })

  it('lists the articles as JSON, with their workflow status', async () => {
    const list = json<{ id: string; headline: string; status: string; updatedAt: string }[]>(await midad(['list', '--json', '--db', db]))
    expect(list).toEqual([{ id, headline: 'بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي', status: 'draft', updatedAt: expect.any(String), openThreads: 0, pendingSuggestions: 0 }])
  })

  it('shows the stored article with its metadata and Tiptap body', async () => {
    const article = json<{ id: string; meta: { headline: string }; body: { type: string; content: { type: string }[] }; version: number }>(
      await midad(['show', id, '--json', '--db', db])
    )
    expect(article.id).toBe(id)
    expect(article.meta.headline).toBe('بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي')
    expect(article.version).toBe(1)
    expect(article.body.type).toBe('doc')
    expect(article.body.content.map((node) => node.type).filter((type) => type !== 'paragraph')).toEqual(['heading', 'figure', 'heading', 'heading'])
    expect(JSON.stringify(article.body)).toContain('عمق الشراكة الاستراتيجية وتحدي الهيمنة الأحادية')
  })

  it('refuses to export while the pre-publish check finds errors, writing nothing', async () => {
    // The sample's photo arrives as a caption waiting for its picture and alt text.
    const out = join(root, 'exports', 'world-news')
    expect(expectOneLineFailure(await midad(['export', id, '--out', out, '--db', db]), 1)).toMatch(/^لم يُصدَّر المقال للنشر: فيه خطآن يجب إصلاحهما أولًا/)
    expect(existsSync(out)).toBe(false)
  })

  it('exports the article to the folder given by --out, the same page the app exports', async () => {
    const out = join(root, 'exports', 'world-news')
    const library = openCore({ dbPath: db })
    try {
      const png = await sharp({ create: { width: 64, height: 36, channels: 3, background: '#1c5a8a' } }).png().toBuffer()
      const picture = await library.addImage('بوتين-شي.png', png)
      const article = library.getArticle(id)
      const content = (article.body.content ?? []).map((node) =>
        node.type === 'figure' ? { ...node, attrs: { ...node.attrs, mediaId: picture.mediaId, alt: 'بوتين وشي في مكالمة فيديو', width: 64, height: 36 } } : node
      )
      library.saveArticle({ id, baseVersion: article.version, meta: article.meta, body: { type: 'doc', content } })
    } finally {
      library.close()
    }
    const run = await midad(['export', id, '--out', out, '--db', db])
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout.trim().split('\n')).toHaveLength(1)
    // DIR/<id>/, as the batch and the app lay exports out.
    const page = readFileSync(join(out, id, 'index.html'), 'utf8')
    const core = openCore({ dbPath: db })
    try {
      const app = await core.exportArticle(id, join(root, 'exports', 'world-news-app'))
      expect(page).toBe(readFileSync(join(app.folder, 'index.html'), 'utf8'))
    } finally {
      core.close()
    }
    expect(page).toContain('<h1>بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي</h1>')
  })

  it('prints readable lines without --json', async () => {
    const imported = await midad(['import', sample, '--db', db], { MIDAD_LOCALE: 'en' })
    expect(imported.status).toBe(0)
    expect(imported.stdout).toMatch(/^Imported the article “بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي”: [0-9a-f-]{36}\n$/)
    const listed = await midad(['list', '--db', db])
    expect(listed.stdout.trim().split('\n')).toHaveLength(2)
    const shown = await midad(['show', id, '--db', db])
    expect(shown.stdout).toContain('التعاون الاقتصادي كدرع واقٍ')
  })

  it('copies the pictures an article shows into the export', async () => {
    const core = openCore({ dbPath: db })
    let articleId: string
    let imagePath: string
    try {
      const png = await sharp({ create: { width: 64, height: 36, channels: 3, background: '#8a1c1c' } }).png().toBuffer()
      const image = await core.addImage('صورة.png', png)
      const article = core.createArticle({ headline: 'مقال مصوّر' }, {
        type: 'doc',
        content: [{ type: 'figure', attrs: { mediaId: image.mediaId, alt: 'صورة', caption: 'تعليق', credit: 'أ ف ب', width: 64, height: 36 } }]
      })
      articleId = article.id
      imagePath = core.mediaFilePath(image.mediaId)
    } finally {
      core.close()
    }
    const out = join(root, 'exports', 'pictured')
    const files = json<{ folder: string; files: string[] }>(await midad(['export', articleId, '--out', out, '--json', '--db', db])).files
    // The picture is published as web renditions of itself (a 64 px picture: one width, WebP and JPEG).
    const stem = basename(imagePath).replace(/\.[a-z]+$/, '')
    expect(files.filter((file) => !file.startsWith('fonts/'))).toEqual(['index.html', 'fragment.html', 'ninjs.json', `images/${stem}-64w.jpg`, `images/${stem}-64w.webp`])
    // The page's fonts travel with it.
    expect(files.filter((file) => file.startsWith('fonts/'))).toContain('fonts/noto-naskh-arabic-arabic-700-normal.woff2')
    const jpeg = await sharp(readFileSync(join(out, articleId, `images/${stem}-64w.jpg`))).metadata()
    expect([jpeg.format, jpeg.width, jpeg.height]).toEqual(['jpeg', 64, 36])
    expect(readFileSync(join(out, articleId, 'index.html'), 'utf8')).toContain(`images/${stem}-64w.webp 64w`)
  })

  it('imports a Word file with its picture stored and its English paragraph left-to-right', async () => {
    const png = new Uint8Array(await sharp({ create: { width: 40, height: 30, channels: 3, background: '#1c5a8a' } }).png().toBuffer())
    const path = join(root, 'summit.docx')
    writeFileSync(path, await docxFile({
      media: { image1: png },
      body: [
        paragraph({ style: 'Title', bidi: true }, run('قمة المناخ')),
        paragraph({}, run('“A turning point,” the envoy said.')),
        paragraph({ bidi: true }, pictureRun('rIdimage1', { descr: 'قاعة القمة' })),
        paragraph({ style: 'Caption', bidi: true }, run('الوفود في القاعة - رويترز'))
      ].join('')
    }))
    const { id: docxId } = json<{ id: string }>(await midad(['import', path, '--json', '--db', db]))
    const core = openCore({ dbPath: db })
    try {
      const [quote, figure] = core.getArticle(docxId).body.content ?? []
      expect(quote?.attrs?.dir).toBe('ltr')
      expect(figure?.attrs).toMatchObject({ alt: 'قاعة القمة', caption: 'الوفود في القاعة', credit: 'رويترز', width: 40, height: 30 })
      expect(new Uint8Array(readFileSync(core.mediaFilePath(String(figure?.attrs?.mediaId))))).toEqual(png)
    } finally {
      core.close()
    }
  })
})

describe('midad CLI usage errors', { timeout: spawnTimeout }, () => {
  const fresh = join(root, 'never-created', 'midad.sqlite')

  it.each([
    [[], /^لم يُذكر أمر/],
    [['publish'], /^أمر غير معروف «publish»/],
    [['list', '--verbose'], /^الخيار «--verbose» غير معروف للأمر list/],
    [['list', '--out', 'x'], /^الخيار «--out» غير معروف للأمر list/],
    [['import'], /^الأمر import ينقصه FILE/],
    [['show'], /^الأمر show ينقصه ID/],
    [['export', '6b0e3a52-1f7d-4c8e-9a2b-5d4c3b2a1908'], /^الأمر export ينقصه --out DIR/],
    [['export', '6b0e3a52-1f7d-4c8e-9a2b-5d4c3b2a1908', '--out'], /^الخيار «--out» مكتوب خطأً/],
    [['list', 'extra'], /^معامل زائد «extra» للأمر list/],
    [['list', '--json=yes'], /^الخيار «--json» مكتوب خطأً/]
  ])('midad %j exits 2 with one line and touches no database', async (args, message) => {
    const line = expectOneLineFailure(await midad([...args, '--db', fresh]), 2)
    expect(line).toMatch(message)
    expect(existsSync(fresh)).toBe(false)
  })

  it('speaks English when MIDAD_LOCALE=en', async () => {
    expect(expectOneLineFailure(await midad(['publish', '--db', fresh], { MIDAD_LOCALE: 'en' }), 2)).toBe(
      'Unknown command “publish”. Commands: init, import, list, show, status, export, lint, picture, settings, profile, history, diff, restore, revision, comments, comment, suggestions, accept, reject; for help: midad --help'
    )
  })

  // Spawned: the entry point from its source, and the built one that npm run midad and the package bin run.
  it('prints help and exits 0, from the entry point and through the package bin alike', () => {
    const fromSource = midadProcess(['--help'])
    expect(fromSource.status).toBe(0)
    expect(fromSource.stdout).toContain('midad export ID --out DIR [--format F]')
    expect(fromSource.stdout).toContain('midad export --all [--status S] --out DIR')
    const viaBin = midadProcess(['--help'], { MIDAD_LOCALE: 'en' }, ['bin/midad.js'])
    expect(viaBin.status).toBe(0)
    expect(viaBin.stdout).toContain('Exit codes: 0 success, 2 usage error (also an unknown article, setting or database path), 1 any other error.')
  })
})

describe('midad CLI failures', { timeout: spawnTimeout }, () => {
  const db = join(root, 'failures.sqlite')
  const files = join(root, 'files')
  mkdirSync(files)
  const write = (name: string, bytes: Uint8Array | string) => {
    writeFileSync(join(files, name), bytes)
    return join(files, name)
  }
  const listJson = async () => (await midad(['list', '--json', '--db', db])).stdout

  it('a missing article exits 2 with one line and no stack, as in every command; --debug adds the stack', async () => {
    await midad(['import', sample, '--db', db])
    const missing = '00000000-0000-4000-8000-000000000000'
    // Spawned: the exit status a real process ends with, and what its stderr shows.
    expect(expectOneLineFailure(midadProcess(['show', missing, '--json', '--db', db]), 2)).toBe(`لا مقال بالمعرّف «${missing}» في قاعدة البيانات.`)
    expectOneLineFailure(await midad(['export', missing, '--out', join(root, 'nothing'), '--db', db]), 2)
    expect(existsSync(join(root, 'nothing'))).toBe(false)
    const debug = midadProcess(['show', missing, '--db', db, '--debug'])
    expect(debug.status).toBe(2)
    expect(debug.stderr).toMatch(/\n\s+at /)
  })

  // (A folder is imported file by file: cli-desk.test.ts.)
  it('importing a binary, non-UTF-8, empty or missing file exits 1 with a clear line and leaves the database unchanged', async () => {
    const bad: [string, RegExp][] = [
      [write('photo.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), /^الملف «photo.txt» ليس ملفًا نصيًا/],
      [write('latin1.txt', Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a])), /^الملف «latin1.txt» ليس بترميز UTF-8/],
      [write('arabic-1256.txt', Uint8Array.from([0xe3, 0xd1, 0xcd, 0xc8, 0xc7, 0x0a, 0x0a, 0xe3, 0xd1])), /^الملف «arabic-1256.txt» ليس بترميز UTF-8/],
      [write('empty.txt', ''), /^الملف «empty.txt» فارغ/],
      [write('blank.txt', '  \n\n\t\n'), /^الملف «blank.txt» فارغ/],
      [join(files, 'missing.txt'), /^تعذّرت قراءة الملف «missing.txt»/],
      [write('report.docx', 'ليس مستند Word'), /^الملف «report.docx» ليس مستند Word سليمًا/],
      [write('scan.pdf', '%PDF-1.7'), /^لا يمكن استيراد «scan.pdf»/]
    ]
    const before = await listJson()
    expect(JSON.parse(before)).toHaveLength(1)
    for (const [file, message] of bad) {
      expect(expectOneLineFailure(await midad(['import', file, '--db', db]), 1)).toMatch(message)
    }
    expect(await listJson()).toBe(before)
  })

  it('imports Markdown and HTML files through the same importer', async () => {
    for (const [name, text] of [
      ['note.md', '# عنوان من ماركداون\n\n## فرعي\n\nنص **عريض**.'],
      ['page.html', '<title>صفحة</title><h1>عنوان من صفحة</h1><script>x()</script><p>نص</p>']
    ] as const) {
      const { id: imported } = json<{ id: string }>(await midad(['import', write(name, text), '--json', '--db', db]))
      const shown = json<{ meta: { headline: string }; body: unknown }>(await midad(['show', imported, '--json', '--db', db]))
      expect(shown.meta.headline).toBe(name === 'note.md' ? 'عنوان من ماركداون' : 'عنوان من صفحة')
      expect(JSON.stringify(shown.body)).not.toContain('script')
    }
  })

  it('a refused file does not even create the database', async () => {
    const untouched = join(root, 'untouched.sqlite')
    // Spawned: a real process ending with status 1.
    expectOneLineFailure(midadProcess(['import', write('again-empty.txt', ''), '--db', untouched]), 1)
    expect(existsSync(untouched)).toBe(false)
  })
})

describe('midad CLI database choice', { timeout: spawnTimeout }, () => {
  it('uses MIDAD_DB when --db is not given, and --db over MIDAD_DB', async () => {
    const fromEnv = join(root, 'env.sqlite')
    const fromFlag = join(root, 'flag.sqlite')
    json(await midad(['import', sample, '--json'], { MIDAD_DB: fromEnv }))
    expect(json<unknown[]>(await midad(['list', '--json'], { MIDAD_DB: fromEnv }))).toHaveLength(1)
    // --db names a file that is not there: refused, not replaced by MIDAD_DB's nor created.
    expect(expectOneLineFailure(await midad(['list', '--json', '--db', fromFlag], { MIDAD_DB: fromEnv }), 2)).toBe(
      `لا قاعدة بيانات في «${fromFlag}»، ولم يُنشأ شيء. تحقّق من ‎--db‎ أو MIDAD_DB. الأمر midad init ينشئ قاعدة جديدة، وmidad import ينشئها مع أول مقال.`
    )
    expect(existsSync(fromFlag)).toBe(false)
  })

  // Spawned: the default comes from the process environment, not from runCli's.
  it.runIf(process.platform === 'linux')('falls back to the app database under the user config folder', () => {
    const config = join(root, 'xdg-config')
    json(midadProcess(['import', sample, '--json'], { XDG_CONFIG_HOME: config }))
    expect(existsSync(join(config, 'Midad', 'midad.sqlite'))).toBe(true)
  })

  // Spawned: the app and the command line are two processes sharing one file.
  it('writes while the app has the same database open, and the app sees the article', () => {
    const shared = join(root, 'shared.sqlite')
    const app = openCore({ dbPath: shared })
    try {
      app.createArticle({ headline: 'من التطبيق' })
      const { id } = json<{ id: string }>(midadProcess(['import', sample, '--json', '--db', shared]))
      expect(app.getArticle(id).meta.headline).toBe('بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي')
      const listed = json<{ headline: string }[]>(midadProcess(['list', '--json', '--db', shared]))
      expect(listed.map((a) => a.headline).sort()).toEqual(['بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي', 'من التطبيق'].sort())
    } finally {
      app.close()
    }
  })
})

describe('midad lint: the pre-publish check', { timeout: spawnTimeout }, () => {
  const db = join(root, 'lint.sqlite')
  let flawed = ''
  let publishable = ''

  it('prepares a flawed and a publishable article', async () => {
    const core = openCore({ dbPath: db })
    try {
      const png = await sharp({ create: { width: 48, height: 32, channels: 3, background: '#5a1c8a' } }).png().toBuffer()
      const { mediaId } = await core.addImage('قاعة.png', png)
      const lead = { mediaId, caption: 'القاعة', credit: 'رويترز', alt: 'قاعة القمة' }
      const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
      const figure = (alt: string) => ({ type: 'figure', attrs: { mediaId, alt, caption: 'الوفود في القاعة', credit: 'رويترز', width: 48, height: 32 } })
      const meta = { headline: 'قمة المناخ', section: 'أخبار العالم', bylines: ['سارة خليل'], leadImage: lead }
      flawed = core.createArticle(meta, { type: 'doc', content: [paragraph('افتتحت القمة, وسط حضور كبير.'), figure('')] }).id
      publishable = core.createArticle(meta, { type: 'doc', content: [paragraph('افتتحت القمة, وسط حضور كبير.'), figure('مندوبون في القاعة')] }).id
    } finally {
      core.close()
    }
  })

  it('prints one line per finding in the interface language and exits 1 when there are errors', async () => {
    const run = await midad(['lint', flawed, '--db', db])
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('')
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      'خطأ\tالنص، الكتلة 2 «الوفود في القاعة»\tصورة بلا نص بديل؛ لن يصفها قارئ الشاشة.',
      'تحذير\tالنص، الكتلة 1 «افتتحت القمة, وسط حضور كبير.»\tعلامة لاتينية «,» بين كلمات عربية (موضع واحد)؛ اكتب ، أو ؛ أو ؟',
      'خطأ واحد، تحذير واحد.'
    ])
    const english = await midad(['lint', flawed, '--db', db], { MIDAD_LOCALE: 'en' })
    expect(english.status).toBe(1)
    expect(english.stdout.trimEnd().split('\n')[0]).toBe('Error\tBody, block 2 «الوفود في القاعة»\tA picture has no alt text; a screen reader will not describe it.')
  })

  it('exits 0 when only warnings remain', async () => {
    const run = await midad(['lint', publishable, '--db', db], { MIDAD_LOCALE: 'en' })
    expect(run.status).toBe(0)
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      'Warning\tBody, block 1 «افتتحت القمة, وسط حضور كبير.»\tA Latin “,” between Arabic words (1 place); write ، ؛ or ؟ instead.',
      'No errors, 1 warning.'
    ])
  })

  it('prints machine-readable findings with --json, keeping the exit code', async () => {
    const run = await midad(['lint', flawed, '--json', '--db', db], { MIDAD_LOCALE: 'en' })
    expect(run.status).toBe(1)
    expect(JSON.parse(run.stdout)).toEqual({
      id: flawed,
      errors: 1,
      warnings: 1,
      findings: [
        {
          rule: 'figure_alt_missing',
          severity: 'error',
          params: {},
          location: { kind: 'body', path: [1], excerpt: 'الوفود في القاعة', part: 'alt' },
          message: 'A picture has no alt text; a screen reader will not describe it.'
        },
        {
          rule: 'latin_punctuation',
          severity: 'warning',
          params: { mark: ',', count: 1 },
          // The comma itself, by its offset in the paragraph's text.
          location: { kind: 'body', path: [0], excerpt: 'افتتحت القمة, وسط حضور كبير.', range: { from: 12, to: 13 } },
          message: 'A Latin “,” between Arabic words (1 place); write ، ؛ or ؟ instead.'
        }
      ]
    })
  })

  it('an unknown article id is bad input: exit 2 with one line', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000'
    expect(expectOneLineFailure(await midad(['lint', unknown, '--db', db]), 2)).toBe(`لا مقال بالمعرّف «${unknown}» في قاعدة البيانات.`)
    expect(expectOneLineFailure(await midad(['lint', 'not-an-id', '--json', '--db', db], { MIDAD_LOCALE: 'en' }), 2)).toBe(
      'There is no article with the id “not-an-id” in the database.'
    )
    expect(expectOneLineFailure(await midad(['lint', '--db', db]), 2)).toMatch(/^الأمر lint ينقصه ID/)
  })
})
