import type { Editor } from '@tiptap/core'
import type { Article } from '../../../shared/article/article'
import type { ArticleBody } from '../../../shared/article/body'
import type { ArticleMeta } from '../../../shared/article/meta'
import type { Draft } from '../autosave/autosave'

/**
 * Where a save reads the article as it is right now: the metadata fields and
 * the live editor. When the editor goes away (the screen closing) its last
 * body is kept, so a late save never falls back to an older body.
 */
export class DraftSource {
  private meta: ArticleMeta
  private editor: Editor | null = null
  private lastBody: ArticleBody

  constructor(article: Article) {
    this.meta = article.meta
    this.lastBody = article.body
  }

  read(): Draft {
    return { meta: this.meta, body: this.editor && !this.editor.isDestroyed ? (this.editor.getJSON() as ArticleBody) : this.lastBody }
  }

  currentMeta(): ArticleMeta {
    return this.meta
  }

  setMeta(meta: ArticleMeta): void {
    this.meta = meta
  }

  attach(editor: Editor | null): void {
    if (!editor && this.editor && !this.editor.isDestroyed) this.lastBody = this.editor.getJSON() as ArticleBody
    this.editor = editor
  }

  /** The stored article, loaded again, replaces what is on screen. */
  replace(article: Article): void {
    this.meta = article.meta
    this.lastBody = article.body
    this.editor?.commands.setContent(article.body, { emitUpdate: false })
  }
}
