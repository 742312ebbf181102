// How the archive ranks a match, for the search and for related suggestions alike.

// Headline above everything; kicker and dek are the headline's company; tags say what the piece is about.
// Order of article_search's columns: headline, kicker, dek, body, captions, bylines, tags, section.
const WEIGHTS = '10.0, 4.0, 4.0, 1.0, 1.0, 2.0, 3.0, 1.0'
// A fresh article weighs up to this much more than an old one of the same relevance; half of that at RECENCY_DAYS.
const RECENCY_BOOST = 0.25
const RECENCY_DAYS = 90

/**
 * The SQL of a match's score, lower is better (bm25's sign): the weighted
 * bm25 of `article_search`, favouring recent edits by the `updated_at` of the
 * table named `on` (the articles row, or the search keys that copy it).
 * Takes the time now as the named parameter `@now`.
 */
export const relevanceScore = (on: string): string =>
  `bm25(article_search, ${WEIGHTS}) * (1 + ${RECENCY_BOOST} / (1 + max(0, julianday(@now) - julianday(${on}.updated_at)) / ${RECENCY_DAYS}))`

/** The score with the articles row as `a`. */
export const RELEVANCE_SCORE = relevanceScore('a')
