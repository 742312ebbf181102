import { distinctTags, namedBylines } from '../../../shared/article/meta'
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
    const { section, kicker, headline, dek, dateline, slug } = article.meta
    const lines = [
      kicker || section,
      headline,
      dek,
      [namedBylines(article.meta).join('، '), dateline].filter(Boolean).join(' — '),
      distinctTags(article.meta).map((tag) => `#${tag}`).join(' '),
      slug
    ]
    for (const line of lines) if (line) output.print(line)
    output.print('')
    output.print(bodyPlainText(article.body))
  }
}
