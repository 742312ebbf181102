import type { MidadApi } from '../../../shared/contract/api'
import type { Result } from '../../../shared/contract/errors'
import type { DocumentContent as Draft } from '../../../shared/document/article-document'

const HEADLINE_MAX = 500

/**
 * What the journalist typed and could not save goes into a new article of its
 * own, when the article was deleted elsewhere while it was being written.
 */
export async function keepDraftAsCopy(api: MidadApi, draft: Draft, headline: string): Promise<Result<{ id: string; headline: string }>> {
  const meta = { ...draft.meta, headline: headline.slice(0, HEADLINE_MAX) }
  const created = await api.createArticle({ meta })
  if (!created.ok) return created
  const saved = await api.saveArticle({ id: created.value.id, baseVersion: created.value.version, meta, body: draft.body })
  if (!saved.ok) return saved
  return { ok: true, value: { id: created.value.id, headline: meta.headline } }
}
