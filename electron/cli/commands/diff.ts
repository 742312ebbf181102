import type { RevisionComparison } from '../../../shared/revisions/comparison'
import type { Command, CommandOutput } from '../command'
import { shortRevision } from './history'

const markers = { equal: (text: string) => text, insert: (text: string) => `{+${text}+}`, delete: (text: string) => `[-${text}-]` }
const blockMarks = { equal: ' ', changed: '~', added: '+', removed: '-', moved: '>' }

function printComparison(comparison: RevisionComparison, output: CommandOutput): void {
  const name = (ref: string) => (ref === 'now' ? output.text('diff.now') : shortRevision(ref))
  output.say('cli.diff.header', { from: name(comparison.from), to: name(comparison.to), added: comparison.wordsAdded, removed: comparison.wordsRemoved })
  for (const change of comparison.meta) output.print(`${output.text(`diff.field.${change.field}`)}: «${change.from}» → «${change.to}»`)
  const changedBlocks = comparison.blocks.filter((block) => block.change !== 'equal')
  if (comparison.meta.length === 0 && changedBlocks.length === 0) return output.say('cli.diff.same')
  for (const block of changedBlocks) {
    output.print(`${blockMarks[block.change]} ${block.spans.map((span) => markers[span.op](span.text)).join('')}`)
  }
}

/** `midad diff ID [--from REV] [--to REV] [--json]`: by default the last revision against now. */
export const diffCommand: Command = {
  name: 'diff',
  usage: 'midad diff ID [--from REV] [--to REV] [--json]',
  positionals: ['ID'],
  options: ['json', 'from', 'to'],
  run({ args, options, core, output }) {
    const comparison = core().compareRevisions(args[0]!, options.from, options.to)
    if (options.json) {
      output.json({
        from: comparison.from,
        to: comparison.to,
        blocks: comparison.blocks.map((block) => ({ change: block.change, spans: block.spans })),
        meta: comparison.meta
      })
      return
    }
    printComparison(comparison, output)
  }
}
