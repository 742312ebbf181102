import { countBySeverity, type Finding } from '../../../shared/prepublish/finding'
import { findingPlace } from '../../../shared/prepublish/finding-place'
import type { Command, CommandOutput } from '../command'
import { UsageError } from '../usage-error'
import { visibleParams, withVisibleControls } from '../visible-controls'

/** Exit code when the check finds errors: the article cannot be exported for publishing. */
const HAS_ERRORS = 1

function printFindings(findings: Finding[], output: CommandOutput): void {
  if (findings.length === 0) {
    output.say('cli.lint.clean')
    return
  }
  for (const finding of findings) {
    // What comes from the article (excerpts, quoted text) shows its direction controls instead of obeying them.
    const place = findingPlace(finding.location)
    const excerpt = finding.location.kind === 'body' && finding.location.excerpt ? ` «${withVisibleControls(finding.location.excerpt)}»` : ''
    output.print(
      `${output.text(`check.severity.${finding.severity}`)}\t${output.text(place.key, visibleParams(place.params))}${excerpt}\t${output.text(`check.${finding.rule}`, visibleParams(finding.params))}`
    )
  }
  const counts = countBySeverity(findings)
  output.say('cli.lint.summary', { errors: output.text('check.errors', { count: counts.error }), warnings: output.text('check.warnings', { count: counts.warning }) })
}

export const lintCommand: Command = {
  name: 'lint',
  usage: 'midad lint ID [--json]',
  positionals: ['ID'],
  options: ['json'],
  run({ args, options, core, output }) {
    const id = args[0]!
    // An id that names no article is a mistake in the command line, like a misspelt option.
    if (!core().findArticle(id)) throw new UsageError('cli.lint.unknown_article', { id })
    const findings = core().checkArticle(id)
    const counts = countBySeverity(findings)
    if (options.json) {
      output.json({
        id,
        errors: counts.error,
        warnings: counts.warning,
        findings: findings.map((finding) => ({ ...finding, message: output.text(`check.${finding.rule}`, finding.params) }))
      })
    } else {
      printFindings(findings, output)
    }
    return counts.error > 0 ? HAS_ERRORS : 0
  }
}
