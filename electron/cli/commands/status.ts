import { ArticleStatus } from '../../../shared/article/status'
import type { Command } from '../command'
import { UsageError } from '../usage-error'

export const statusCommand: Command = {
  name: 'status',
  usage: `midad status ID ${ArticleStatus.options.join('|')}`,
  positionals: ['ID', 'STATUS'],
  options: ['json'],
  run({ args, options, core, output }) {
    const [id, wanted] = args as [string, string]
    const parsed = ArticleStatus.safeParse(wanted)
    if (!parsed.success) throw new UsageError('cli.usage.bad_value', { option: 'STATUS', value: wanted, allowed: ArticleStatus.options.join('|') })
    const status = core().setArticleStatus(id, parsed.data)
    if (options.json) output.json({ id, status })
    else output.say('cli.status_set', { id, status: output.text(`status.${status}`) })
  }
}
