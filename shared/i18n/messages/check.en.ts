import type { checkAr } from './check.ar'

export const checkEn: Record<keyof typeof checkAr, string> = {
  'check.headline_missing': 'The article has no headline.',
  'check.figure_image_missing': 'A figure in the body has no picture chosen yet.',
  'check.figure_alt_missing': 'A picture has no alt text; a screen reader will not describe it.',
  'check.caption_credit_missing': 'A caption has no credit; name the agency or photographer.',
  'check.heading_empty': 'An empty subheading.',
  'check.article_link_missing': 'The link “{text}” points to an article that is no longer in the library.',
  'check.approval_needed': 'This article was approved, then changed or sent back to review: it needs approving again before it is exported for publishing.',
  'check.headline_over_target': 'The headline is longer than the target: {count, plural, one {# character} other {# characters}}, target {target}.',
  'check.latin_punctuation':
    'A Latin “{mark}” between Arabic words ({count, plural, one {# place} other {# places}}); write ، ؛ or ؟ instead.',
  'check.doubled_spaces': 'Two spaces in a row ({count, plural, one {# place} other {# places}}).',
  'check.unbalanced_quotes': 'The quotation mark {mark} has no partner in the same paragraph.',
  'check.paragraph_long': 'A long paragraph: {words, plural, one {# word} other {# words}}; the suggested most is {limit}.',
  'check.suggestions_pending':
    '{count, plural, one {# suggestion in the text waits} other {# suggestions in the text wait}} for a decision: accept or reject {count, plural, one {it} other {them}} before the article is exported for publishing.',
  'check.threads_open':
    '{count, plural, one {# comment thread is} other {# comment threads are}} not resolved yet; comments never stop publishing, and never appear in it.',
  'check.lead_image_missing': 'The article has no lead image; link previews will take the first picture in the body, if any.',

  'check.where.headline': 'Headline',
  'check.where.leadImage': 'Lead image',
  'check.where.leadImage.alt': 'Lead image alt text',
  'check.where.leadImage.credit': 'Lead image credit',
  'check.where.body': 'Body, block {block}',

  'check.severity.error': 'Error',
  'check.severity.warning': 'Warning',
  'check.title': 'Pre-publish check',
  'check.errors': '{count, plural, =0 {No errors} one {# error} other {# errors}}',
  'check.warnings': '{count, plural, =0 {No warnings} one {# warning} other {# warnings}}',
  'check.clean': 'Nothing to note: the article is ready to publish.',
  'check.checking': 'Checking…',
  'check.rule': 'Errors block export for publishing; warnings do not.',
  'check.locate': 'Go to: {where}',
  'check.showMore': 'Show {count, plural, one {# more finding} other {# more findings}}',
  'check.failed': 'The article could not be checked: {message}',
  'check.byline_missing': 'The article has no byline; name the reporter, the agency or the desk.',
  'check.section_missing': 'No section is chosen for the article.',
  'check.mixed_digits':
    'Two kinds of digits in the same text: “{digits}” goes against the newsroom’s digits ({style, select, western {0–9} other {٠–٩}}) ({count, plural, one {# place} other {# places}}).',
  'check.where.section': 'Section',
  'check.where.bylines': 'Byline',
  'check.where.kicker': 'Kicker',
  'check.where.dek': 'Dek',
  'check.where.dateline': 'Dateline',
  'check.where.slug': 'Slug',
  'check.where.leadImage.caption': 'Lead image caption',
  'check.where.status': 'Article status',
  'check.where.body.caption': 'Body, caption of block {block}',
  'check.where.body.credit': 'Body, credit of block {block}',
  'check.where.body.attribution': 'Body, attribution of block {block}'
}
