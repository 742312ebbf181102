import { readFile, writeFile, mkdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { MidadError } from '../../../shared/contract/errors'
import { pageFontFiles, pageFontFolder, type PageFontChoice, type PageFontFile } from '../../../shared/publishing/page-fonts'

// Not named `require`: electron-vite declares its own `require` in a bundled
// chunk whose code mentions one, and a second declaration stops it loading.
const packages = createRequire(import.meta.url)

/**
 * Where a font file is on this machine: in its @fontsource package, a
 * dependency of the app, so it is in node_modules from source and inside the
 * packaged app's archive alike (electron-builder ships every dependency).
 */
export function fontSourcePath(file: PageFontFile): string {
  return join(dirname(packages.resolve(`${file.packageName}/package.json`)), 'files', file.name)
}

/**
 * Writes the page's font files into `folder`/fonts/ and returns their paths
 * relative to `folder`. Read and written whole rather than copied: a file
 * inside the packaged app's archive can be read but not copied by path.
 */
export async function writePageFonts(folder: string, choice: PageFontChoice): Promise<string[]> {
  const files = pageFontFiles(choice)
  await mkdir(join(folder, pageFontFolder))
  const written: string[] = []
  for (const file of files) {
    let bytes: Buffer
    try {
      bytes = await readFile(fontSourcePath(file))
    } catch (error) {
      throw new MidadError('export_failed', { detail: `the font ${file.name} is missing: ${(error as Error).message}` })
    }
    const path = `${pageFontFolder}/${file.name}`
    await writeFile(join(folder, path), bytes)
    written.push(path)
  }
  return written
}
