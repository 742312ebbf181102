import { MidadError } from '../../../shared/contract/errors'
import type { CommandContext } from '../command'
import { cliErrorKey } from '../cli-error-key'

/** Exit code when some articles were refused (the others are exported). */
const SOME_REFUSED = 1

interface Exported {
  id: string
  headline: string
  folder: string
  files: number
}

interface Refused {
  id: string
  headline: string
  code: string
  message: string
}

/**
 * `midad export --all [--status S] --out DIR`: every article (or those at
 * one status) into `DIR/<article id>/`, one after another — sharp already
 * uses every core for one article. An article the check or the picture store
 * refuses is reported and skipped; the batch goes on, and the exit code says
 * some were refused. A failure that is not about one article (the disk, the
 * database) stops the batch with its one-line message.
 */
export async function exportBatch({ options, core, output }: CommandContext): Promise<number> {
  const library = core()
  const articles = library.listArticles(options.status ? { status: options.status } : undefined)
  if (articles.length === 0) {
    if (options.json) output.json({ exported: [], refused: [] })
    else output.say(options.status ? 'cli.batch.none_at_status' : 'cli.no_articles', options.status ? { status: output.text(`status.${options.status}`) } : undefined)
    return 0
  }

  const exported: Exported[] = []
  const refused: Refused[] = []
  for (const [index, article] of articles.entries()) {
    const headline = article.headline.trim() || output.text('cli.untitled')
    output.progress({ done: index, total: articles.length, label: headline })
    try {
      const result = await library.exportArticleInto(article.id, options.out!, options.format, { draft: options.draft })
      exported.push({ id: article.id, headline, folder: result.folder, files: result.files.length })
      if (!options.json) output.say('cli.batch.exported', { headline, folder: result.folder })
    } catch (error) {
      if (!(error instanceof MidadError) || error.code === 'internal') throw error
      const message = output.text(cliErrorKey(error.code), error.params)
      refused.push({ id: article.id, headline, code: error.code, message })
      if (!options.json) output.say('cli.batch.refused', { headline, id: article.id, reason: message.replace(/\s*\n\s*/g, ' ') })
    }
  }
  output.progress({ done: articles.length, total: articles.length, label: '' })
  output.progress(null)
  if (options.json) output.json({ exported, refused })
  else output.say('cli.batch.summary', { exported: exported.length, refused: refused.length })
  return refused.length > 0 ? SOME_REFUSED : 0
}
