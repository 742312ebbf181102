import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { defaultSettings } from '../../../shared/settings/newsroom-settings'
import { pageFontFiles, subsetRanges } from '../../../shared/publishing/page-fonts'
import { library, minimalArticle } from './testing/export-fixtures'
import { writeArticleExport, type ExportSources } from './export-article'
import { originalPictures } from './testing/original-pictures'
import { fontSourcePath } from './page-font-files'

const root = mkdtempSync(join(tmpdir(), 'midad-fonts-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const sources = (settings = defaultSettings): ExportSources => ({
  settings,
  articles: library,
  mediaFilePath: (id) => join(root, id),
  cacheDir: join(root, 'cache'),
  preparePictures: originalPictures
})

const article = () => ({ ...minimalArticle(), meta: { ...minimalArticle().meta, headline: 'قمة موسكو' } })
const styleOf = (page: string) => /<style>([\s\S]*?)<\/style>/.exec(page)![1]!
const urlsOf = (css: string) => [...css.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]!.replace(/^["']|["']$/g, ''))

describe('the fonts an exported page carries', () => {
  it('are written beside the page, and every url() of the page names a file written there', async () => {
    const folder = join(root, 'page')
    const { files } = await writeArticleExport(article(), folder, sources())
    const page = readFileSync(join(folder, 'index.html'), 'utf8')
    const urls = urlsOf(page)
    expect(urls.length).toBeGreaterThan(0)
    for (const url of urls) {
      expect(url).toMatch(/^fonts\/[a-z0-9-]+\.woff2$/)
      expect(files).toContain(url)
      expect(existsSync(join(folder, url))).toBe(true)
    }
    // Every file written is used, and is a WOFF2 font (its signature).
    expect(files.filter((file) => file.startsWith('fonts/')).sort()).toEqual([...new Set(urls)].sort())
    for (const url of urls) expect(readFileSync(join(folder, url)).subarray(0, 4).toString('latin1')).toBe('wOF2')
  })

  it('are declared with their script subset and shown at once in a fallback face while they load', async () => {
    const folder = join(root, 'declared')
    await writeArticleExport(article(), folder, sources())
    const style = styleOf(readFileSync(join(folder, 'index.html'), 'utf8'))
    const faces = style.match(/@font-face \{[^}]*\}/g) ?? []
    expect(faces).toHaveLength(8)
    for (const face of faces) {
      expect(face).toContain('font-display: swap;')
      expect(face).toMatch(/unicode-range: U\+/)
    }
    expect(style).toContain('font-family: "Noto Naskh Arabic";')
    expect(style).toContain('src: url(fonts/noto-naskh-arabic-arabic-700-normal.woff2) format("woff2");')
  })

  it('follow the newsroom\'s choice: Sans for the body and the headlines ships no Naskh', async () => {
    const folder = join(root, 'sans')
    const { files } = await writeArticleExport(article(), folder, sources({ ...defaultSettings, bodyFont: 'sans', headlineFont: 'sans' }))
    const page = readFileSync(join(folder, 'index.html'), 'utf8')
    expect(files.filter((file) => file.startsWith('fonts/'))).toEqual(
      ['arabic-400', 'latin-400', 'arabic-700', 'latin-700'].map((part) => `fonts/noto-sans-arabic-${part}-normal.woff2`)
    )
    expect(styleOf(page)).not.toContain('Noto Naskh Arabic";')
    expect(styleOf(page)).toMatch(/--body-face: var\(--sans\);\s*--headline-face: var\(--sans\);\s*\}\s*$/)
  })

  it('are not written for the fragment alone, which has no style (the CMS has its own)', async () => {
    const folder = join(root, 'fragment')
    const { files } = await writeArticleExport(article(), folder, sources(), 'fragment')
    expect(files).toEqual(['fragment.html'])
    expect(readFileSync(join(folder, 'fragment.html'), 'utf8')).not.toMatch(/<style|font-face|url\(/)
  })

  it('replace an earlier export that has its fonts folder', async () => {
    const folder = join(root, 'again')
    await writeArticleExport(article(), folder, sources())
    await expect(writeArticleExport(article(), folder, sources())).resolves.toMatchObject({ folder })
  })

  it('name the very ranges their @fontsource package gives each subset', () => {
    for (const file of pageFontFiles(defaultSettings)) {
      const css = readFileSync(join(fontSourcePath(file), '..', '..', `${file.weight}.css`), 'utf8')
      const block = css.split('@font-face').find((face) => face.includes(`files/${file.name}`))!
      expect(/unicode-range: ([^;]+);/.exec(block)![1]).toBe(subsetRanges[file.subset])
    }
  })
})

describe('the packaged app', () => {
  it('ships the font packages: they are dependencies, and electron-builder excludes none of them', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }
    for (const name of new Set(pageFontFiles(defaultSettings).map((file) => file.packageName))) expect(pkg.dependencies[name]).toBeDefined()
    const builder = readFileSync('electron-builder.yml', 'utf8')
    expect(builder).not.toMatch(/!\S*(node_modules|@fontsource|woff2)/)
  })
})
