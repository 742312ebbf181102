import { isStopStem } from '../../../shared/search/stop-words'
import type { SearchableArticle } from './searchable-article'

// What an article is about shows first in its headline and tags, then its kicker and dek, then its copy.
// Bylines (people, not subjects) and the section (a whole desk's worth of articles) say nothing of the subject.
const COLUMN_WEIGHTS: Partial<Record<keyof SearchableArticle, number>> = { headline: 4, tags: 3, kicker: 2, dek: 2, body: 1, captions: 1 }

/** The index's columns the terms come from, and where an article that shares them must have them. */
export const SUBJECT_COLUMNS = Object.keys(COLUMN_WEIGHTS) as (keyof SearchableArticle)[]

/** Enough to say what an article is about; few enough that the engine's OR stays cheap. */
export const DISTINCTIVE_TERMS_MAX = 12
/**
 * An article's most frequent stems that are looked up in the archive at all: a long article has thousands,
 * and each look-up costs in proportion to how many articles hold the stem.
 */
export const CANDIDATE_TERMS_MAX = 40
/** A stem in more than this share of a large archive belongs to everyday reporting, not to one subject. */
export const COMMON_SHARE = 0.1
/** A stem held by no more articles than this is never too common: in a small archive one subject may fill a tenth of it. */
const COMMON_FLOOR = 100

// A number is a date, a price or a count far more often than a subject: two articles sharing one say little.
const usable = (stem: string): boolean => stem.length >= 2 && !/^\d+$/.test(stem) && !isStopStem(stem)

/** Each usable stem of the article with how often it occurs, an occurrence counting its column's weight. */
export function weightedCounts(article: SearchableArticle): Map<string, number> {
  const counts = new Map<string, number>()
  for (const column of SUBJECT_COLUMNS) {
    const weight = COLUMN_WEIGHTS[column]!
    for (const stem of article[column].split(' ')) {
      // A byline or tag separator ('.') and an empty column leave nothing usable.
      if (!usable(stem)) continue
      counts.set(stem, (counts.get(stem) ?? 0) + weight)
    }
  }
  return counts
}

/** How the archive stands: its size, and in how many of its articles a stem is (this one included when it is indexed). */
export interface ArchiveVocabulary {
  articles: number
  /** Exact up to `atMost`; past it, any larger number (the count stops there, which bounds its cost). */
  articlesWith(stem: string, atMost: number): number
  /** Whether the article itself is in the index (and so in its own stems' counts). */
  selfIndexed: boolean
}

/** A stem of the article and how much it says about what the article is about. */
export interface DistinctiveTerm {
  stem: string
  weight: number
}

/**
 * The stems that set the article apart, most distinctive first: frequent in
 * it (weighted by column), rare in the archive (term frequency × inverse
 * document frequency). A stem no other article has finds nothing and is
 * passed over; one in a tenth of a large archive or more is everyday
 * reporting and is passed over too.
 */
export function distinctiveTerms(article: SearchableArticle, vocabulary: ArchiveVocabulary, max = DISTINCTIVE_TERMS_MAX): DistinctiveTerm[] {
  const candidates = [...weightedCounts(article)]
    .sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, CANDIDATE_TERMS_MAX)
  const own = vocabulary.selfIndexed ? 1 : 0
  const common = Math.max(vocabulary.articles * COMMON_SHARE, COMMON_FLOOR)
  const scored: [string, number][] = []
  for (const [stem, count] of candidates) {
    const having = vocabulary.articlesWith(stem, common)
    // No other article has it (nothing to find), or too many do (searching for it would rank most of the archive).
    if (having - own < 1 || having > common) continue
    const idf = Math.log(vocabulary.articles / having)
    if (idf <= 0) continue
    scored.push([stem, count * idf])
  }
  return scored
    .sort(([a, sa], [b, sb]) => sb - sa || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, max)
    .map(([stem, weight]) => ({ stem, weight }))
}

/** The stems of an article's subject columns, to see which distinctive terms another article shares. */
export function subjectStems(article: SearchableArticle): Set<string> {
  const stems = new Set<string>()
  for (const column of SUBJECT_COLUMNS) for (const stem of article[column].split(' ')) stems.add(stem)
  return stems
}
