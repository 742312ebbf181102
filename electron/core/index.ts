// Core's front door: the Electron main process, the browser host and the CLI
// enter core only through what this file names. Behind it, core is split by
// newsroom concern (articles, media, publishing, imports, newsroom).
export { openCore, type Core, type CoreOptions } from './core'
export type { Articles } from './articles/articles'
export type { MediaLibrary } from './media/media-library'
export { storedPictureHeaders, type StoredPicture } from './media/stored-picture'
export type { Publishing, ExportOptions, ExportedArticle } from './publishing/publishing'
export type { Imports } from './import/imports'
export type { Bundles } from './bundles/bundles'
export { readBundleFile } from './bundles/read-bundle-file'
export type { Newsroom } from './newsroom/newsroom'

export { createHandlers, type HandlerOptions } from './handlers'
export { exportFormats, isExportFormat, type ExportFormat } from './export/export-format'
export { readArticleFile } from './import/read-article-file'
export type { ImportedArticle } from './import/imported-article'
export { databaseFailure } from './db/open-database'
export { databasePathFor, type DatabaseChoice } from './default-paths'
export { envLocale } from './env-locale'
export { nullLog, type Log } from './log/log'
export { logFileBeside, openLog, type FileLog } from './log/open-log'
export type { CoreEvents } from './events/core-events'
export { checkArticleDocument } from './documents/document-check'
