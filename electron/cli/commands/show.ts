import { bodyPlainText } from '../../../shared/text/plain-text'
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
    const { section, kicker, headline, dek, byline, dateline } = article.meta
    const lines = [kicker || section, headline, dek, [byline, dateline].filter(Boolean).join(' — ')]
    for (const line of lines) if (line) output.print(line)
    output.print('')
    output.print(bodyPlainText(article.body))
  }
}
