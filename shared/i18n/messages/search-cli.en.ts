import type { searchCliAr } from './search-cli.ar'

// The archive's search as the command line words it.
export const searchCliEn = {
  'cli.search.none': 'No article matches the search.',
  'cli.search.total': '{total, plural, one {# result} other {# results}}, showing {from} to {to}.',
  'cli.search.ignored': 'Not searched for: {words} (too common, or a prefix shorter than two letters).',
  'cli.reindex.done': 'Search index rebuilt: {count, plural, one {# article} other {# articles}} in {ms} ms.',
} as const satisfies Record<keyof typeof searchCliAr, string>
