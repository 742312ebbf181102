import type { searchAr } from './search.ar'

// Searching the archive, in the library and wherever an article is picked.
export const searchEn = {
  'link.article.search': 'Search the archive for an article…',
  'search.label': 'Search the archive',
  'search.placeholder': 'Search the archive by words or a "phrase in quotes"…',
  'search.hint': 'All the words are searched, however they are spelled or vowelled. Put a phrase in quotes to match it as written, a star after the start of a word to match what begins so, and a minus before a word to leave out what has it. Escape clears the search.',
  'search.searching': 'Searching…',
  'search.resultsLabel': 'Search results',
  'search.count': '{count, plural, =0 {No results} one {# result} other {# results}}',
  'search.ignored': '(common words not searched: {words})',
  'search.more': '{count, plural, one {# more result} other {# more results}}',
  'search.section': 'Section',
  'search.anySection': 'All sections',
  'search.sort': 'Order',
  'search.sort.relevance': 'Best match',
  'search.sort.date': 'Newest first'
} as const satisfies Record<keyof typeof searchAr, string>
