import type * as Y from 'yjs'
import { ArticleMeta } from '../../../shared/article/meta'
import { MidadError } from '../../../shared/contract/errors'
import { hasMissingUpdates, readContent, type DocumentContent } from '../../../shared/document/article-document'
import { checkArticleBody } from '../articles/article-body-check'

/**
 * Whether a document arriving from elsewhere (the hub, another desk) says an
 * article this version can hold: every update it depends on is there, and
 * its headline, metadata and body pass the article's schema. Refused with
 * hub_content_refused otherwise; the caller checks a scratch copy, so a
 * refusal leaves the library as it was.
 */
export function checkArticleDocument(doc: Y.Doc): DocumentContent {
  if (hasMissingUpdates(doc)) throw new MidadError('hub_content_refused', undefined, 'updates are missing their base')
  let content
  try {
    content = readContent(doc)
  } catch (error) {
    throw new MidadError('hub_content_refused', undefined, `unreadable: ${error instanceof Error ? error.message : String(error)}`)
  }
  const meta = ArticleMeta.safeParse(content.meta)
  if (!meta.success) throw new MidadError('hub_content_refused', undefined, `meta: ${meta.error.issues[0]?.path.join('.') ?? ''}`)
  try {
    return { meta: meta.data, body: checkArticleBody(content.body) }
  } catch (error) {
    throw new MidadError('hub_content_refused', undefined, `body: ${error instanceof Error ? error.message : String(error)}`)
  }
}
