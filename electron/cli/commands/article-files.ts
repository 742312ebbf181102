import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** The kinds of file the importer reads, by extension (import-article-file.ts). */
const articleExtension = /\.(docx|html?|xhtml|md|markdown|txt|text)$/i

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * The files an `import` line names: each FILE as given, and a FOLDER's
 * article files (not its hidden files or sub-folders) in name order. Null
 * when the line names one file, which is imported as it always was.
 */
export function articleFiles(args: string[]): string[] | null {
  if (args.length === 1 && !isFolder(args[0]!)) return null
  return args.flatMap((arg) =>
    isFolder(arg)
      ? readdirSync(arg)
          .filter((name) => !name.startsWith('.') && articleExtension.test(name) && !isFolder(join(arg, name)))
          .sort()
          .map((name) => join(arg, name))
      : [arg]
  )
}
