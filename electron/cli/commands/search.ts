import { SearchRequest, type Highlighted } from '../../../shared/search/search-views'
import type { Command } from '../command'
import { UsageError } from '../usage-error'

// Matched words between « », the way a journalist marks a quotation on paper.
const marked = (pieces: Highlighted): string => pieces.map((piece) => (piece.match ? `«${piece.text}»` : piece.text)).join('')

export const searchCommand: Command = {
  name: 'search',
  usage: 'midad search QUERY [--section S] [--status S] [--author A] [--tag T] [--from DATE] [--to DATE] [--limit N] [--json]',
  positionals: ['QUERY'],
  options: ['json', 'section', 'status', 'author', 'tag', 'from', 'to', 'limit'],
  run({ args, options, core, output }) {
    const request = SearchRequest.safeParse({
      query: args[0],
      ...(options.section !== undefined ? { section: options.section } : {}),
      ...(options.status !== undefined ? { status: options.status } : {}),
      ...(options.author !== undefined ? { author: options.author } : {}),
      ...(options.tag !== undefined ? { tag: options.tag } : {}),
      ...(options.from !== undefined ? { from: options.from } : {}),
      ...(options.to !== undefined ? { to: options.to } : {}),
      ...(options.limit !== undefined ? { limit: options.limit } : {})
    })
    if (!request.success) {
      const field = String(request.error.issues[0]?.path[0] ?? 'query')
      const given = (options as unknown as Record<string, unknown>)[field] ?? args[0]
      throw new UsageError('cli.usage.bad_value', { option: field === 'query' ? 'QUERY' : `--${field}`, value: String(given).slice(0, 80), allowed: field === 'from' || field === 'to' ? 'YYYY-MM-DD' : '…' })
    }
    const found = core().searchArticles(request.data)
    if (options.json) {
      output.json({
        total: found.total,
        results: found.results.map(({ article, headline, snippet }) => ({ id: article.id, headline: article.headline, section: article.section, status: article.status, updatedAt: article.updatedAt, marked: { headline: marked(headline), snippet: marked(snippet) } })),
        ...(found.ignored ? { ignored: found.ignored } : {})
      })
      return
    }
    if (found.ignored) output.say('cli.search.ignored', { words: found.ignored.join('، ') })
    if (found.results.length === 0) {
      output.say('cli.search.none')
      return
    }
    output.say('cli.search.total', { total: found.total, from: 1, to: found.results.length })
    for (const { article, headline, snippet } of found.results) {
      output.print(`${marked(headline)}\t${article.id}\t${output.text(`status.${article.status}`)}`)
      output.print(`  ${marked(snippet)}`)
    }
  }
}

export const reindexCommand: Command = {
  name: 'reindex',
  usage: 'midad reindex [--json]',
  positionals: [],
  options: ['json'],
  run({ core, options, output }) {
    const done = core().reindexArticles()
    if (options.json) output.json(done)
    else output.say('cli.reindex.done', { count: done.articles, ms: done.ms })
  }
}
