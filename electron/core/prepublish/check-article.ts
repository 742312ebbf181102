import type { Finding, MetaField } from '../../../shared/prepublish/finding'
import type { CheckInput, Rule } from './check-input'
import { approvalRule } from './rules/approval'
import { articleLinksRule } from './rules/article-links'
import { bylineRule } from './rules/byline'
import { mixedDigitsRule } from './rules/digits'
import { doubledSpacesRule } from './rules/doubled-spaces'
import { bodyFiguresRule } from './rules/figures'
import { emptyHeadingRule } from './rules/headings'
import { headlineRule } from './rules/headline'
import { latinPunctuationRule } from './rules/latin-punctuation'
import { leadImageRule } from './rules/lead-image'
import { longParagraphRule } from './rules/long-paragraph'
import { quotationMarksRule } from './rules/quotation-marks'
import { openThreadsRule, pendingSuggestionsRule } from './rules/review'
import { sectionRule } from './rules/section'

// Metadata first (it sits above the body on screen), then the body's rules.
const rules: Rule[] = [
  approvalRule,
  sectionRule,
  headlineRule,
  bylineRule,
  leadImageRule,
  bodyFiguresRule,
  emptyHeadingRule,
  articleLinksRule,
  latinPunctuationRule,
  doubledSpacesRule,
  quotationMarksRule,
  mixedDigitsRule,
  longParagraphRule,
  pendingSuggestionsRule,
  openThreadsRule
]

// The header fields from the top of the screen down, then the lead image and the slug beside the sheet.
const metaOnScreen: readonly MetaField[] = [
  'status',
  'section',
  'kicker',
  'headline',
  'dek',
  'bylines',
  'dateline',
  'leadImage',
  'leadImage.caption',
  'leadImage.credit',
  'leadImage.alt',
  'slug'
]

// A block's own fields (a quote's attribution) come after the blocks inside it; within one text, by offset.
const AFTER_CHILDREN = Number.MAX_SAFE_INTEGER
const blockOrder = ({ location }: Finding): number[] =>
  location.kind === 'body'
    ? [...location.path, location.part ? AFTER_CHILDREN : -1, location.range?.from ?? -1]
    : [-1, metaOnScreen.indexOf(location.field), location.range?.from ?? -1]

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
