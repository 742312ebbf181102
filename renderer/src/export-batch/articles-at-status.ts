import { LIBRARY_PAGE_MAX } from '../../../shared/article/library-page'
import type { Result } from '../../../shared/contract/errors'
import type { MidadApi } from '../../../shared/contract/api'
import type { StatusChoice } from '../workflow/status-choice'

/** Every article a batch takes (those at one status, or all), newest edit first, read page by page. */
export async function articlesAtStatus(
  api: Pick<MidadApi, 'listArticles'>,
  choice: StatusChoice,
  pageSize = LIBRARY_PAGE_MAX
): Promise<Result<{ id: string; headline: string }[]>> {
  const found: { id: string; headline: string }[] = []
  for (let offset = 0; ; offset += pageSize) {
    const page = await api.listArticles({ ...(choice === 'all' ? {} : { status: choice }), offset, limit: pageSize })
    if (!page.ok) return page
    found.push(...page.value.articles.map(({ id, headline }) => ({ id, headline })))
    if (page.value.articles.length < pageSize) return { ok: true, value: found }
  }
}
