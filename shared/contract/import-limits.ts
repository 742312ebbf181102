import { MAX_IMPORT_FILE_BYTES } from './operations'

/** The kinds of file the importer reads, each with its own size limit. */
export type ImportFormat = 'docx' | 'html' | 'markdown' | 'text'

const MB = 1024 * 1024

/**
 * The largest file of each kind that can still be an article. A Word file
 * carries its pictures; a saved page carries markup several times its text;
 * a plain-text article is a few thousand words.
 */
export const IMPORT_LIMIT_BYTES: Record<ImportFormat, number> = {
  docx: MAX_IMPORT_FILE_BYTES,
  html: 5 * MB,
  markdown: 5 * MB,
  text: 2 * MB
}

const byExtension: Record<string, ImportFormat> = {
  docx: 'docx',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text'
}

export const extensionOf = (fileName: string): string => /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? ''

/**
 * The kind a file's name says it is: null for a name without extension (its
 * content decides), 'unsupported' for any other extension.
 */
export function importFormatByName(fileName: string): ImportFormat | null | 'unsupported' {
  const extension = extensionOf(fileName)
  if (extension === '') return null
  return byExtension[extension] ?? 'unsupported'
}

/**
 * The size limit a file is held to before it is read, the very one its
 * importer applies, so the app, the CLI and core name the same figure. A name
 * without extension gets the largest: its content decides which limit it meets.
 */
export function importLimitBytes(fileName: string): number {
  const format = importFormatByName(fileName)
  return format === null || format === 'unsupported' ? MAX_IMPORT_FILE_BYTES : IMPORT_LIMIT_BYTES[format]
}

export const limitMb = (bytes: number): number => Math.round((bytes / MB) * 10) / 10
