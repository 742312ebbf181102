import type { Command } from '../command'

export const listCommand: Command = {
  name: 'list',
  usage: 'midad list [--json]',
  positionals: [],
  options: ['json'],
  run({ options, core, output }) {
    const articles = core().listArticles()
    if (options.json) {
      output.json(articles.map(({ id, headline, updatedAt }) => ({ id, headline, updatedAt })))
      return
    }
    if (articles.length === 0) output.say('cli.no_articles')
    for (const { id, headline, updatedAt } of articles) output.print(`${id}\t${updatedAt}\t${headline}`)
  }
}
