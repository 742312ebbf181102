import type { Finding } from '../../../shared/prepublish/finding'
import type { CheckInput, Rule } from './check-input'
import { articleLinksRule } from './rules/article-links'
import { doubledSpacesRule } from './rules/doubled-spaces'
import { bodyFiguresRule } from './rules/figures'
import { emptyHeadingRule } from './rules/headings'
import { headlineRule } from './rules/headline'
import { latinPunctuationRule } from './rules/latin-punctuation'
import { leadImageRule } from './rules/lead-image'
import { longParagraphRule } from './rules/long-paragraph'
import { quotationMarksRule } from './rules/quotation-marks'

// Metadata first (it sits above the body on screen), then the body's rules.
const rules: Rule[] = [
  headlineRule,
  leadImageRule,
  bodyFiguresRule,
  emptyHeadingRule,
  articleLinksRule,
  latinPunctuationRule,
  doubledSpacesRule,
  quotationMarksRule,
  longParagraphRule
]

const blockOrder = (finding: Finding): number[] => (finding.location.kind === 'body' ? finding.location.path : [-1])

function compareByPlace(a: Finding, b: Finding): number {
  const [pa, pb] = [blockOrder(a), blockOrder(b)]
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!
  return pa.length - pb.length
}

/**
 * The pre-publish check: errors first, then warnings, each in the order the
 * journalist meets them on screen (metadata, then the body from the top).
 */
export function checkArticle(input: CheckInput): Finding[] {
  const findings = rules.flatMap((rule) => rule(input))
  const errors = findings.filter((f) => f.severity === 'error')
  const warnings = findings.filter((f) => f.severity === 'warning')
  return [...errors.sort(compareByPlace), ...warnings.sort(compareByPlace)]
}
