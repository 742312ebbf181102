import type { reviewCliAr } from './review-cli.ar'

// Review inside the text as the command line words it: comments and suggestions.
export const reviewCliEn = {
  'cli.comments.none': 'This article has no comments.',
  'cli.comments.open': 'open',
  'cli.comments.resolved': 'resolved',
  'cli.comments.detached': 'its words are no longer in the text',
  'cli.comments.and': ', ',
  'cli.commented': 'Comment added on “{words}”: {id}',
  'cli.suggestions.none': 'No suggestions wait for a decision in this article.',
  'cli.suggestions.format': 'a change of format',
  'cli.decided': '{decision, select, accept {Accepted} other {Rejected}} {count, plural, one {# suggestion} other {# suggestions}}.',
  'cli.decided.none': 'No suggestion waited for this decision; nothing changed.',
  'cli.usage.one_of': 'Choose only one of {options}: {usage}',
  'cli.error.review_needs_profile': 'Every comment and decision is somebody’s: say who you are first with midad profile --name NAME --role ROLE. Nothing changed.'
} as const satisfies Record<keyof typeof reviewCliAr, string>
