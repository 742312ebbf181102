import type { Command } from '../command'

export const listCommand: Command = {
  name: 'list',
  usage: 'midad list [--status STATUS] [--json]',
  positionals: [],
  options: ['json', 'status'],
  run({ options, core, output }) {
    const articles = core().listArticles(options.status ? { status: options.status } : undefined)
    if (options.json) {
      output.json(articles.map(({ id, headline, status, updatedAt, openThreads, pendingSuggestions }) => ({ id, headline, status, updatedAt, openThreads, pendingSuggestions })))
      return
    }
    if (articles.length === 0) {
      if (options.status) output.say('cli.batch.none_at_status', { status: output.text(`status.${options.status}`) })
      else output.say('cli.no_articles')
    }
    for (const { id, headline, status, updatedAt } of articles) output.print(`${id}\t${updatedAt}\t${output.text(`status.${status}`)}\t${headline}`)
  }
}
