// PLACEHOLDER INTERFACE — helper "core-store" replaces the body of openCore with
// the real implementation; the exported names and types below are the agreed API.
import type { Article, ArticleSummary } from '../../shared/article/article'
import type { ArticleMeta } from '../../shared/article/meta'
import type { ArticleBody } from '../../shared/article/body'

export interface CoreOptions {
  /** The SQLite file; created with its folder on first run. */
  dbPath: string
  /** Where stored images live; defaults to `<dir of dbPath>/media`. */
  mediaDir?: string
}

export interface StoredImage {
  mediaId: string // `<sha256>.<ext>`, content-addressed
  width: number
  height: number
  mimeType: string
}

export interface SaveResult {
  version: number
  updatedAt: string
  wordCount: number
}

export interface Core {
  readonly dbPath: string
  readonly mediaDir: string
  listArticles(): ArticleSummary[]
  createArticle(meta?: Partial<ArticleMeta>, body?: ArticleBody): Article
  getArticle(id: string): Article // throws MidadError('not_found')
  saveArticle(input: { id: string; baseVersion: number; meta: ArticleMeta; body: ArticleBody }): SaveResult // MidadError('stale_version' | 'invalid_body' | 'not_found')
  deleteArticle(id: string): void
  addImage(fileName: string, bytes: Uint8Array): Promise<StoredImage> // MidadError('image_*')
  mediaFilePath(mediaId: string): string // absolute path of a stored image; throws not_found for unknown/malformed ids
  exportArticle(id: string, outDir: string): Promise<{ folder: string; files: string[] }>
  close(): void
}

export declare function openCore(options: CoreOptions): Core
