// The command line as the web desk drives it, run in-process (runCli) against
// real SQLite files in temporary folders.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArticleMeta } from '../../shared/article/meta'
import type { ArticleBody, BodyNode } from '../../shared/article/body'
import { openCore } from '../core'
import { commands } from './commands/index'
import { runCli } from './run-cli'

const root = mkdtempSync(join(tmpdir(), 'midad-desk-'))
afterAll(() => {
  chmodSync(root, 0o755)
  rmSync(root, { recursive: true, force: true })
})

interface Run {
  status: number
  stdout: string
  stderr: string
}

async function midad(argv: string[], env: Record<string, string> = {}, columns?: number): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const status = await runCli(argv, env, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    ...(columns ? { terminal: { columns } } : {})
  })
  return { status, stdout, stderr }
}

const lines = (text: string): string[] => text.trimEnd().split('\n')
const paragraph = (text: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const png = (colour: string): Promise<Buffer> => sharp({ create: { width: 48, height: 32, channels: 3, background: colour } }).png().toBuffer()

/** A database holding the given articles; each is made publishable unless its body says otherwise. */
async function newsroom(name: string, articles: { meta: Partial<ArticleMeta>; body: (mediaId: string) => BodyNode[] }[]): Promise<{ db: string; ids: string[] }> {
  const db = join(root, name, 'midad.sqlite')
  const core = openCore({ dbPath: db })
  try {
    const { mediaId } = await core.addImage('قاعة.png', await png('#5a1c8a'))
    const ids = articles.map(({ meta, body }) => core.createArticle(meta, { type: 'doc', content: body(mediaId) } as ArticleBody).id)
    return { db, ids }
  } finally {
    core.close()
  }
}

const pictured = (mediaId: string, alt: string, caption = 'الوفود في القاعة'): BodyNode => ({
  type: 'figure',
  attrs: { mediaId, alt, caption, credit: 'رويترز', width: 48, height: 32 }
})

describe('midad export ID --out DIR', () => {
  it('puts each article in DIR/<id>/, so a second export to the same folder keeps the first one’s page and pictures', async () => {
    const { db, ids } = await newsroom('two-exports', [
      { meta: { headline: 'افتتاح القمة' }, body: (mediaId) => [paragraph('افتتحت القمة صباح اليوم.'), pictured(mediaId, 'مندوبون في القاعة')] },
      { meta: { headline: 'ختام القمة' }, body: (mediaId) => [paragraph('اختتمت القمة مساء اليوم.'), pictured(mediaId, 'القاعة فارغة')] }
    ])
    const out = join(root, 'two-exports', 'site')
    for (const id of ids) expect((await midad(['export', id, '--out', out, '--db', db])).status).toBe(0)
    expect(readdirSync(out).sort()).toEqual([...ids].sort())
    expect(readFileSync(join(out, ids[0]!, 'index.html'), 'utf8')).toContain('<h1>افتتاح القمة</h1>')
    expect(readFileSync(join(out, ids[1]!, 'index.html'), 'utf8')).toContain('<h1>ختام القمة</h1>')
    for (const id of ids) expect(readdirSync(join(out, id, 'images')).length).toBeGreaterThan(0)
  })
})

describe('a database that is not there', () => {
  const missing = join(root, 'nowhere', 'midad.sqlite')

  it.each([['list'], ['show', 'x'], ['export', 'x', '--out', join(root, 'nowhere-out')], ['lint', 'x'], ['status', 'x', 'draft'], ['settings'], ['picture', 'x', '--figure', '1', 'a.png']])(
    '%s refuses it with one line and creates nothing',
    async (...argv) => {
      const run = await midad([...argv, '--db', missing], { MIDAD_LOCALE: 'en' })
      expect(run.status).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toBe(`There is no database at “${missing}”; nothing was created. Check --db or MIDAD_DB. \`midad init\` creates a new database, and \`midad import\` creates one with its first article.\n`)
      expect(existsSync(join(root, 'nowhere'))).toBe(false)
    }
  )

  it('is created by midad init, which leaves an existing one as it is', async () => {
    const db = join(root, 'fresh', 'midad.sqlite')
    expect(await midad(['init', '--db', db], { MIDAD_LOCALE: 'en' })).toEqual({ status: 0, stdout: `Created a new database: ${db}\n`, stderr: '' })
    expect(await midad(['list', '--db', db], { MIDAD_LOCALE: 'en' })).toEqual({ status: 0, stdout: 'No articles in the database.\n', stderr: '' })
    expect((await midad(['init', '--db', db], { MIDAD_LOCALE: 'en' })).stdout).toBe(`The database ${db} already exists; it was left as it is.\n`)
  })
})

describe('a file that is not a Midad database, a damaged one, a read-only one', () => {
  it('refuses another program’s SQLite file and a text file in one line, leaving them byte for byte as they were', async () => {
    const foreign = join(root, 'foreign.sqlite')
    const other = new Database(foreign)
    other.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('سمير')")
    other.close()
    const text = join(root, 'notes.sqlite')
    writeFileSync(text, 'ليست قاعدة بيانات\n'.repeat(50))
    for (const path of [foreign, text]) {
      const before = readFileSync(path)
      for (const argv of [['list'], ['show', 'x'], ['import', join(root, 'missing.txt')], ['init']]) {
        const run = await midad([...argv, '--db', path], { MIDAD_LOCALE: 'en' })
        if (argv[0] === 'import') continue // refused for its file first
        expect(run.status).toBe(1)
        expect(run.stderr).toBe(`“${path}” is not a Midad database: it is another program’s file, or not a database at all. It was left untouched; check the path.\n`)
      }
      expect(readFileSync(path).equals(before)).toBe(true)
    }
  })

  it('says a damaged database is damaged and points at the backup copy', async () => {
    const { db } = await newsroom('damaged', [{ meta: { headline: 'خبر' }, body: () => [paragraph('نص')] }])
    const bytes = readFileSync(db)
    bytes.fill(0x5a, 100, 4096)
    writeFileSync(db, bytes)
    const run = await midad(['list', '--db', db], { MIDAD_LOCALE: 'en' })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/^The database “.+” is damaged and cannot be read\. It was left as it is: restore it from the newsroom’s backup copy/)
    expect(run.stderr).not.toContain('Something unexpected')
  })

  it('lists, shows, checks and exports a read-only database (mode 444, in a folder it cannot write), and refuses to change it', async () => {
    const { db, ids } = await newsroom('read-only', [
      { meta: { headline: 'افتتاح المعرض' }, body: (mediaId) => [paragraph('افتُتح المعرض اليوم.'), pictured(mediaId, 'زوار المعرض')] }
    ])
    const id = ids[0]!
    const folder = join(root, 'read-only')
    chmodSync(db, 0o444)
    chmodSync(folder, 0o555)
    try {
      const before = readFileSync(db)
      expect((await midad(['list', '--db', db])).stdout).toContain('افتتاح المعرض')
      expect((await midad(['show', id, '--db', db])).stdout).toContain('افتُتح المعرض اليوم.')
      expect((await midad(['lint', id, '--db', db])).status).toBe(0)
      const out = join(root, 'read-only-export')
      expect((await midad(['export', id, '--out', out, '--db', db])).status).toBe(0)
      expect(readFileSync(join(out, id, 'index.html'), 'utf8')).toContain('<h1>افتتاح المعرض</h1>')
      const refused = await midad(['status', id, 'approved', '--db', db], { MIDAD_LOCALE: 'en' })
      expect(refused.status).toBe(1)
      expect(refused.stderr).toBe(`The database “${db}” is read-only: it can be read, not changed. Nothing was changed; to change it, make the file and its folder writable.\n`)
      expect(readFileSync(db).equals(before)).toBe(true)
    } finally {
      chmodSync(folder, 0o755)
      chmodSync(db, 0o644)
    }
  })
})

describe('midad import FILE… and FOLDER', () => {
  let folder = ''
  beforeAll(() => {
    folder = join(root, 'wire')
    mkdirSync(folder)
    writeFileSync(join(folder, 'a-summit.txt'), 'افتتاح القمة\n\nافتتحت القمة صباح اليوم.\n')
    writeFileSync(join(folder, 'b-photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]))
    writeFileSync(join(folder, 'c-report.md'), '# ختام القمة\n\nاختتمت القمة مساء اليوم.\n')
    writeFileSync(join(folder, 'notes.pdf'), '%PDF')
  })

  it('imports several files in one run, naming each refused file and why, with a progress bar, and exits 1', async () => {
    const db = join(root, 'import-many', 'midad.sqlite')
    const files = ['a-summit.txt', 'b-photo.txt', 'c-report.md'].map((name) => join(folder, name))
    const run = await midad(['import', ...files, '--db', db], { MIDAD_LOCALE: 'en' }, 80)
    expect(run.status).toBe(1)
    const out = lines(run.stdout)
    expect(out).toHaveLength(4)
    expect(out[0]).toMatch(new RegExp(`^${files[0]}: imported “افتتاح القمة” \\([0-9a-f-]{36}\\)$`))
    expect(out[1]).toBe(`${files[1]}: refused — “b-photo.txt” is not a text file (it contains binary data). Nothing was imported.`)
    expect(out[2]).toMatch(/: imported “ختام القمة”/)
    expect(out[3]).toBe('2 files imported, 1 refused.')
    expect(run.stderr).toContain('[████████████████░░░░░░░░] 2/3 c-report.md')
    expect(lines((await midad(['list', '--db', db])).stdout)).toHaveLength(2)
  })

  it('imports a folder’s article files (not its other files), and reports as JSON for programs', async () => {
    const db = join(root, 'import-folder', 'midad.sqlite')
    const run = await midad(['import', folder, '--json', '--db', db])
    expect(run.status).toBe(1)
    const report = JSON.parse(run.stdout) as { imported: { file: string; id: string; headline: string }[]; refused: { file: string; code: string }[] }
    expect(report.imported.map((entry) => entry.headline)).toEqual(['افتتاح القمة', 'ختام القمة'])
    expect(report.refused).toEqual([{ file: join(folder, 'b-photo.txt'), code: 'import_binary', message: expect.stringContaining('b-photo.txt') }])
  })
})

describe('midad show ID', () => {
  it('prints the whole article as text: metadata, then the body block by block', async () => {
    const { db, ids } = await newsroom('show', [
      {
        meta: { section: 'سياسة', kicker: 'قمة المناخ', headline: 'اتفاق على خفض الانبعاثات', dek: 'الوفود تتفق بعد مفاوضات طويلة', bylines: ['سمير خليل', 'ليلى حداد'], dateline: 'دبي', tags: ['المناخ', 'الطاقة'] },
        body: (mediaId) => [
          paragraph('اتفقت الوفود على خطة جديدة.'),
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'ردود الفعل' }] },
          { type: 'quote', attrs: { attribution: 'وزير البيئة' }, content: [paragraph('هذا يوم تاريخي.')] },
          { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('الطاقة الشمسية')] }, { type: 'listItem', content: [paragraph('طاقة الرياح')] }] },
          { type: 'orderedList', attrs: { start: 1 }, content: [{ type: 'listItem', content: [paragraph('أولًا')] }] },
          pictured(mediaId, 'القاعة'),
          { type: 'figure', attrs: { mediaId: null, alt: '', caption: 'صورة الختام', credit: 'أ ف ب', width: null, height: null } }
        ]
      }
    ])
    const run = await midad(['show', ids[0]!, '--db', db], { MIDAD_LOCALE: 'en' })
    expect(run.status).toBe(0)
    const shown = lines(run.stdout)
    expect(shown.slice(0, 8)).toEqual([
      'Status: Draft',
      'Section: سياسة',
      'Kicker: قمة المناخ',
      'Headline: اتفاق على خفض الانبعاثات',
      'Dek: الوفود تتفق بعد مفاوضات طويلة',
      'By: سمير خليل، ليلى حداد',
      'Dateline: دبي',
      'Tags: #المناخ #الطاقة'
    ])
    expect(shown[8]).toMatch(/^Slug: \S+/)
    expect(shown.slice(9)).toEqual([
      '',
      'اتفقت الوفود على خطة جديدة.',
      '',
      '## ردود الفعل',
      '',
      '> هذا يوم تاريخي.',
      '> — وزير البيئة',
      '',
      '• الطاقة الشمسية',
      '• طاقة الرياح',
      '',
      '1. أولًا',
      '',
      '[Figure 1]',
      'Caption: الوفود في القاعة',
      'Credit: رويترز',
      'Alt text: القاعة',
      '',
      '[Figure 2: waiting for its picture]',
      'Caption: صورة الختام',
      'Credit: أ ف ب'
    ])
    const json = JSON.parse((await midad(['show', ids[0]!, '--json', '--db', db])).stdout) as { meta: { bylines: string[] }; status: string }
    expect([json.status, json.meta.bylines]).toEqual(['draft', ['سمير خليل', 'ليلى حداد']])
  })
})

describe('an id that names no article, and --help', () => {
  it('is the same line and exit code 2 in every command that takes an id', async () => {
    const { db } = await newsroom('not-found', [{ meta: { headline: 'خبر' }, body: () => [paragraph('نص')] }])
    const id = '00000000-0000-4000-8000-000000000000'
    const png = join(root, 'not-found', 'picture.png')
    writeFileSync(png, await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).png().toBuffer())
    for (const argv of [['show', id], ['status', id, 'approved'], ['export', id, '--out', join(root, 'nf-out')], ['lint', id], ['picture', id, '--figure', '1', png]]) {
      expect(await midad([...argv, '--db', db], { MIDAD_LOCALE: 'en' })).toEqual({ status: 2, stdout: '', stderr: `There is no article with the id “${id}” in the database.\n` })
    }
  })

  it('names every command and every option there is, and the files import takes', async () => {
    for (const locale of ['ar', 'en']) {
      const help = (await midad(['--help'], { MIDAD_LOCALE: locale })).stdout
      for (const command of Object.values(commands)) {
        expect(help).toContain(`midad ${command.name}`)
        for (const option of command.options) expect(help).toContain(`--${option}`)
      }
      for (const option of ['--db', '--debug', '--help']) expect(help).toContain(option)
      for (const extension of ['.docx', '.html', '.md', '.txt']) expect(help).toContain(extension)
    }
  })
})

describe('midad settings', () => {
  let db = ''
  beforeAll(async () => {
    db = (await newsroom('settings', [])).db
  })
  const settingsNow = () => {
    const core = openCore({ dbPath: db })
    try {
      return core.getSettings()
    } finally {
      core.close()
    }
  }

  it('prints every setting as a "name value" line, or JSON', async () => {
    const run = await midad(['settings', '--db', db])
    expect(run.status).toBe(0)
    const expected = Object.entries(settingsNow()).map(([name, value]) => `${name} ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    expect(run.stdout).toBe(`${expected.join('\n')}\n`)
    expect(lines(run.stdout)).toContain('digitStyle western')
    expect(lines(run.stdout)).toContain('headlineTarget 70')
    expect(JSON.parse((await midad(['settings', '--json', '--db', db])).stdout)).toEqual(settingsNow())
  })

  it('sets one by its name, stored as the app stores it', async () => {
    expect(await midad(['settings', 'siteBaseUrl', 'https://news.example.com/', '--db', db])).toEqual({ status: 0, stdout: 'siteBaseUrl https://news.example.com\n', stderr: '' })
    expect((await midad(['settings', 'digitStyle', 'arabic-indic', '--db', db])).status).toBe(0)
    expect((await midad(['settings', 'headlineTarget', '80', '--db', db])).status).toBe(0)
    expect((await midad(['settings', 'hijriTwin', 'true', '--db', db])).status).toBe(0)
    expect(settingsNow()).toMatchObject({ siteBaseUrl: 'https://news.example.com', digitStyle: 'arabic-indic', headlineTarget: 80, hijriTwin: true })
  })

  it('refuses an unknown name or a bad value, naming what is allowed, with exit 2 and nothing changed', async () => {
    const before = settingsNow()
    const refusals: [string[], string | RegExp][] = [
      [['siteUrl', 'https://x.com'], /^“siteUrl” is not a setting\. The settings are: headlineTarget, quoteStyle, digitStyle, .*siteBaseUrl.*authorUrlPattern.*\n$/],
      [['digitStyle', 'roman'], '“roman” is not a value digitStyle takes; it takes one of: western|arabic-indic\n'],
      [['headlineTarget', '5'], '“5” is not a value headlineTarget takes; it takes one of: 10…500\n'],
      [['hijriTwin', 'yes'], '“yes” is not a value hijriTwin takes; it takes one of: true|false\n'],
      [['siteBaseUrl', 'news.example.com'], /^The site address “news\.example\.com” is not valid: write it in full, starting with https:\/\//],
      [['articleUrlPattern', '{site}/{section}/'], /does not tell one article from another: add \{slug\} or \{id\}\. The settings were not changed/]
    ]
    for (const [argv, message] of refusals) {
      const run = await midad(['settings', ...argv, '--db', db], { MIDAD_LOCALE: 'en' })
      expect(run.status).toBe(2)
      expect(run.stdout).toBe('')
      if (typeof message === 'string') expect(run.stderr).toBe(message)
      else expect(run.stderr).toMatch(message)
    }
    expect(settingsNow()).toEqual(before)
  })
})

describe('midad picture ID --figure N FILE', () => {
  it('gives a figure waiting for its picture the picture, through the image store, keeping its caption', async () => {
    const waiting = (caption: string): BodyNode => ({ type: 'figure', attrs: { mediaId: null, alt: '', caption, credit: 'رويترز', width: null, height: null } })
    const { db, ids } = await newsroom('picture', [{ meta: { headline: 'القمة بالصور' }, body: () => [waiting('الافتتاح'), paragraph('نص'), waiting('الختام')] }])
    const id = ids[0]!
    const file = join(root, 'picture', 'closing.png')
    writeFileSync(file, await png('#1c5a8a'))
    const run = await midad(['picture', id, '--figure', '2', file, '--db', db], { MIDAD_LOCALE: 'en' })
    expect(run).toEqual({ status: 0, stdout: `Figure 2 of the article ${id} now shows closing.png.\n`, stderr: '' })
    const core = openCore({ dbPath: db })
    try {
      const [first, , second] = core.getArticle(id).body.content ?? []
      expect(first?.attrs?.mediaId).toBeNull()
      expect(second?.attrs).toMatchObject({ caption: 'الختام', credit: 'رويترز', width: 48, height: 32 })
      expect(readFileSync(core.mediaFilePath(String(second?.attrs?.mediaId))).equals(readFileSync(file))).toBe(true)
    } finally {
      core.close()
    }
  })

  it('refuses a figure number the article does not have, and a file that is not a picture, changing nothing', async () => {
    const { db, ids } = await newsroom('picture-refused', [{ meta: { headline: 'خبر' }, body: () => [{ type: 'figure', attrs: { mediaId: null, alt: '', caption: 'صورة', credit: '', width: null, height: null } }] }])
    const id = ids[0]!
    const text = join(root, 'picture-refused', 'caption.txt')
    writeFileSync(text, 'ليست صورة')
    const picture = join(root, 'picture-refused', 'p.png')
    writeFileSync(picture, await png('#000000'))
    expect(await midad(['picture', id, '--figure', '3', picture, '--db', db], { MIDAD_LOCALE: 'en' })).toEqual({
      status: 2,
      stdout: '',
      stderr: `The article ${id} has no figure 3: it has 1 figure. Nothing was changed.\n`
    })
    const notPicture = await midad(['picture', id, '--figure', '1', text, '--db', db], { MIDAD_LOCALE: 'en' })
    expect(notPicture.status).toBe(1)
    expect(notPicture.stderr).toBe('“caption.txt” is not an image in an accepted format (JPEG, PNG, WebP, GIF or AVIF).\n')
    expect((await midad(['picture', id, '--figure', '0', picture, '--db', db])).status).toBe(2)
    expect((await midad(['picture', id, picture, '--db', db])).status).toBe(2)
    const core = openCore({ dbPath: db })
    try {
      expect(core.getArticle(id).version).toBe(1)
    } finally {
      core.close()
    }
  })
})

describe('the terminal’s language', () => {
  it('speaks English when LANG or LC_ALL starts with en, Arabic otherwise, and MIDAD_LOCALE decides over both', async () => {
    const db = join(root, 'nowhere-lang.sqlite')
    const first = async (env: Record<string, string>) => (await midad(['list', '--db', db], env)).stderr
    expect(await first({ LANG: 'en_GB.UTF-8' })).toMatch(/^There is no database/)
    expect(await first({ LANG: 'ar_EG.UTF-8', LC_ALL: 'en_US.UTF-8' })).toMatch(/^There is no database/)
    expect(await first({ LANG: 'C.UTF-8' })).toMatch(/^لا قاعدة بيانات/)
    expect(await first({ LANG: 'en_US.UTF-8', MIDAD_LOCALE: 'ar' })).toMatch(/^لا قاعدة بيانات/)
    expect(await first({ LANG: 'ar_SA.UTF-8', MIDAD_LOCALE: 'en' })).toMatch(/^There is no database/)
  })
})

describe('direction controls from the article in lint output', () => {
  it('shows them as <U+202E> on a terminal line, and as JSON escapes in --json', async () => {
    const override = 'الوفود\u202E في القاعة\u2066'
    const { db, ids } = await newsroom('bidi', [{ meta: { headline: 'قمة المناخ' }, body: (mediaId) => [paragraph('افتتحت القمة.'), pictured(mediaId, '', override)] }])
    const run = await midad(['lint', ids[0]!, '--db', db], { MIDAD_LOCALE: 'en' })
    expect(run.stdout).toContain('«الوفود<U+202E> في القاعة<U+2066>»')
    expect(run.stdout).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
    const json = await midad(['lint', ids[0]!, '--json', '--db', db])
    expect(json.stdout).toContain('\\u202e')
    expect(json.stdout).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
    const report = JSON.parse(json.stdout) as { findings: { location: { excerpt?: string } }[] }
    expect(report.findings.map((finding) => finding.location.excerpt)).toContain(override)
  })
})
