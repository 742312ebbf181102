import type { ArticleSummary } from '../../../shared/article/article'
import type { Command, CommandContext } from '../command'

/** With --limit or --offset, one page of the library and where it sits in the whole; otherwise every article. */
function articlesToList({ options, core }: CommandContext): { articles: ArticleSummary[]; page?: { offset: number; total: number } } {
  const status = options.status ? { status: options.status } : {}
  if (options.limit === undefined && options.offset === undefined) return { articles: core().listArticles(status) }
  const page = core().libraryPage({ ...status, offset: options.offset ?? 0, limit: options.limit ?? 100 })
  return { articles: page.articles, page: { offset: page.offset, total: page.total } }
}

export const listCommand: Command = {
  name: 'list',
  usage: 'midad list [--status STATUS] [--limit N] [--offset N] [--json]',
  positionals: [],
  options: ['json', 'status', 'limit', 'offset'],
  run(context) {
    const { options, output } = context
    const { articles, page } = articlesToList(context)
    if (options.json) {
      output.json(articles.map(({ id, headline, status, updatedAt, openThreads, pendingSuggestions }) => ({ id, headline, status, updatedAt, openThreads, pendingSuggestions })))
      return
    }
    if (page && articles.length === 0 && page.total > 0) {
      output.say('cli.list.past_end', { offset: page.offset, total: page.total })
      return
    }
    if (articles.length === 0) {
      if (options.status) output.say('cli.batch.none_at_status', { status: output.text(`status.${options.status}`) })
      else output.say('cli.no_articles')
    }
    for (const { id, headline, status, updatedAt } of articles) output.print(`${id}\t${updatedAt}\t${output.text(`status.${status}`)}\t${headline}`)
    if (page && articles.length > 0) output.say('cli.list.page', { from: page.offset + 1, to: page.offset + articles.length, total: page.total })
  }
}
