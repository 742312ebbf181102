// How the archive ranks a match, for the search and for related suggestions alike.

// Headline above everything; kicker and dek are the headline's company; tags say what the piece is about.
// Order of article_search's columns: headline, kicker, dek, body, captions, bylines, tags, section.
const WEIGHTS = '10.0, 4.0, 4.0, 1.0, 1.0, 2.0, 3.0, 1.0'
// A fresh article weighs up to this much more than an old one of the same relevance; half of that at RECENCY_DAYS.
const RECENCY_BOOST = 0.25
const RECENCY_DAYS = 90

/** The search keys' own copy of the edit time as a day number (schema step 15). */
export const KEYS_EDIT_DAY = 'k.edit_day'
/** The edit day of a table's `updated_at`, parsed on every read: for files from before step 15. */
export const editDayOf = (table: string): string => `julianday(${table}.updated_at)`

/**
 * The SQL of a match's score, lower is better (bm25's sign): the weighted
 * bm25 of `article_search`, favouring recent edits by `editDay`, an SQL
 * expression of the match's edit time as a Julian day. Takes today as the
 * named parameter `@today` (see `todayParameter`).
 */
export const relevanceScore = (editDay: string): string =>
  `bm25(article_search, ${WEIGHTS}) * (1 + ${RECENCY_BOOST} / (1 + max(0, @today - ${editDay}) / ${RECENCY_DAYS}))`

// 1970-01-01T00:00Z as a Julian day, SQLite's julianday('1970-01-01').
const UNIX_EPOCH_JULIAN_DAY = 2440587.5
const MS_PER_DAY = 86_400_000

/** `@today` for `relevanceScore`: the time now as a Julian day, as SQLite's julianday('now') would give it. */
export const todayParameter = (now: number = Date.now()): number => UNIX_EPOCH_JULIAN_DAY + now / MS_PER_DAY
