/** The files an export can write beside its images/ folder. */
export const exportedDocuments = ['index.html', 'fragment.html', 'ninjs.json'] as const
export type ExportedDocument = (typeof exportedDocuments)[number]

/**
 * What the web desk asks for: the standalone page, the body fragment for a
 * CMS, the ninjs record for a wire or archive system, or all three. Every
 * format brings the pictures it shows (ninjs names them by path too).
 */
export const exportFormats = ['page', 'fragment', 'ninjs', 'all'] as const
export type ExportFormat = (typeof exportFormats)[number]

const documentsByFormat: Record<ExportFormat, readonly ExportedDocument[]> = {
  page: ['index.html'],
  fragment: ['fragment.html'],
  ninjs: ['ninjs.json'],
  all: exportedDocuments
}

export const documentsOf = (format: ExportFormat): readonly ExportedDocument[] => documentsByFormat[format]

export const isExportFormat = (value: string): value is ExportFormat => (exportFormats as readonly string[]).includes(value)
