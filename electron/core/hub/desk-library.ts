import type { DocumentContent } from '../../../shared/document/article-document'
import type { ArticleRecordRows } from './article-record-rows'
import type { PictureShelf } from './hub-pictures'

/** What the hub's sync needs of this desk's library; core.ts builds it. */
export interface DeskLibrary {
  exists(articleId: string): boolean
  /** The article's committed document (format v2); with a state vector, only what it lacks. */
  state(articleId: string, since?: Uint8Array): Uint8Array
  /** An article new here, from its document's whole state and what it says (checked already). */
  adopt(articleId: string, state: Uint8Array, content: DocumentContent): void
  /** An update from the hub (format v2, checked already), committed and the row written. */
  receive(articleId: string, update: Uint8Array, content: DocumentContent): void
  record: ArticleRecordRows
  /** The pictures the article shows, by media id. */
  pictures(articleId: string): string[]
  shelf: PictureShelf
  /** Tells the windows an article changed (its record: status, revisions). */
  changed(articleId: string, change: 'status' | 'edited'): void
}
