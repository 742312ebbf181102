import { articleText } from '../article-text'
import type { Command } from '../command'

export const showCommand: Command = {
  name: 'show',
  usage: 'midad show ID [--json]',
  positionals: ['ID'],
  options: ['json'],
  run({ args, options, core, output }) {
    const article = core().getArticle(args[0]!)
    if (options.json) {
      output.json(article)
      return
    }
    output.print(articleText(article, output.text))
  }
}
