import type { Command } from '../command'
import { exportBatch } from './export-batch'

export const exportCommand: Command = {
  name: 'export',
  usage: 'midad export ID --out DIR [--format page|fragment|ninjs|all] [--draft] | midad export --all [--status STATUS] --out DIR',
  // With --all the articles come from the library (all, or those at --status), not from the line.
  positionals: (options) => (options.all ? [] : ['ID']),
  options: ['out', 'json', 'format', 'all', 'status', 'draft'],
  required: ['out'],
  needs: { status: 'all' },
  async run(context) {
    const { args, options, core, output } = context
    if (options.all) return exportBatch(context)
    // DIR/<id>/ as the batch writes it: a second article exported to the same
    // --out sits beside the first instead of replacing its page and pictures.
    const id = args[0]!
    const result = await core().exportArticleInto(id, options.out!, options.format, { draft: options.draft })
    if (options.json) return output.json({ ...result, draft: options.draft === true })
    output.say(options.draft ? 'cli.exported_draft' : 'cli.exported', { folder: result.folder, count: result.files.length })
    // What the draft left out (suggestions still waiting), so nobody takes it for the text under review.
    for (const notice of result.notices ?? []) output.say(`export.notice.${notice.code}`, { count: notice.count })
  }
}
