import type Database from 'better-sqlite3'
import type { BodyNode } from '../../../shared/article/body'
import { MidadError } from '../../../shared/contract/errors'
import { highlightAll, highlightSnippet, matcherFor } from '../../../shared/search/highlight'
import { RELATED_SUGGESTIONS_MAX, type RelatedRequest, type RelatedSuggestions } from '../../../shared/search/related-views'
import { relatedArticlesFrom } from '../../../shared/schema/related-articles'
import { summaryFromRow, type ArticleSummaryRow } from '../articles/article-row'
import { distinctiveTerms, subjectStems, SUBJECT_COLUMNS, type ArchiveVocabulary } from './distinctive-terms'
import { editDayOf, relevanceScore, todayParameter } from './relevance'
import { parseJson, searchableOfRow, STORED_COLUMNS, type StoredRow } from './searchable-row'

export interface RelatedArticleSuggestions {
  suggest(request: RelatedRequest): RelatedSuggestions
}

/** The articles the body's "read also" blocks already hold. */
function alreadyRelated(body: unknown, out: Set<string>): void {
  const node = body as BodyNode | null
  if (!node || typeof node !== 'object') return
  if (node.type === 'relatedArticles') for (const related of relatedArticlesFrom(node.attrs?.articles)) out.add(related.id)
  if (Array.isArray(node.content)) for (const child of node.content) alreadyRelated(child, out)
}

const quoted = (stem: string): string => `"${stem.replace(/"/g, '""')}"`

/** The engine's best matches looked at again: enough to hold five good ones under a few that share one word by chance. */
const CANDIDATES = 40
// Two articles that share one word, or only the everyday words of the beat (the city both name, "today"), are
// not on one subject: a match must hold two of the terms and a third of their weight.
const MIN_SHARED_TERMS = 2
const MIN_SHARED_WEIGHT = 1 / 3

/**
 * Suggestions for an article's related block, from the article's own words:
 * its most distinctive stems are searched for together (any of them) and the
 * matches ranked as the search ranks them (bm25, the same column weights and
 * recency), that score then scaled by the share of the article's distinctive
 * weight each match holds. Without that share, one ordinary word in another
 * article's headline (the city both name) outranks a piece that shares the
 * subject's own words in its copy. A match must hold two of the terms (one,
 * when the article has only one) and a third of their weight.
 */
export function createRelatedSuggestions(db: Database.Database): RelatedArticleSuggestions {
  const articleRow = db.prepare<[string], StoredRow>(`SELECT ${STORED_COLUMNS} FROM articles WHERE id = ?`)
  const indexed = db.prepare<[string], { key: number }>('SELECT key FROM search_keys WHERE article_id = ?')
  const indexedCount = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM search_keys')
  // How many articles hold a stem, counted by the engine and only as far as it matters: counting a stem in
  // most of a large archive to the end costs milliseconds each (as does an fts5vocab table, which reads the
  // stem's whole list), and past "too common" the exact number changes nothing.
  const articlesWith = db.prepare<[string, number], { n: number }>('SELECT count(*) AS n FROM (SELECT 1 FROM article_search WHERE article_search MATCH ? LIMIT ?)')
  const candidates = db.prepare<{ match: string; leaveOut: string; today: number; limit: number }, ArticleSummaryRow & StoredRow & { score: number }>(`
    SELECT a.status, a.word_count, a.created_at, a.updated_at, a.open_threads, a.pending_suggestions,
      ${STORED_COLUMNS.split(', ').map((column) => `a.${column}`).join(', ')}, ${relevanceScore(editDayOf('a'))} AS score
    FROM article_search s JOIN search_keys k ON k.key = s.rowid JOIN articles a ON a.id = k.article_id
    WHERE article_search MATCH @match AND a.id NOT IN (SELECT value FROM json_each(@leaveOut))
    ORDER BY score, a.updated_at DESC, a.id
    LIMIT @limit`)

  return {
    suggest({ id, leaveOut = [] }) {
      const row = articleRow.get(id)
      if (!row) throw new MidadError('not_found', undefined, `article ${id}`)
      const vocabulary: ArchiveVocabulary = {
        articles: indexedCount.get()!.n,
        articlesWith: (stem, atMost) => articlesWith.get(quoted(stem), Math.floor(atMost) + 1)!.n,
        selfIndexed: indexed.get(id) !== undefined
      }
      const terms = distinctiveTerms(searchableOfRow(row), vocabulary)
      if (terms.length === 0) return { results: [] }

      const left = new Set([id, ...leaveOut])
      alreadyRelated(parseJson(row.body_json), left)
      const match = `{${SUBJECT_COLUMNS.join(' ')}} : (${terms.map((term) => quoted(term.stem)).join(' OR ')})`
      const found = candidates.all({ match, leaveOut: JSON.stringify([...left]), today: todayParameter(), limit: CANDIDATES })
      const total = terms.reduce((sum, term) => sum + term.weight, 0)
      const needed = Math.min(MIN_SHARED_TERMS, terms.length)
      const ranked = found
        .flatMap((candidate) => {
          const theirs = subjectStems(searchableOfRow(candidate))
          const shared = terms.filter((term) => theirs.has(term.stem))
          const share = shared.reduce((sum, term) => sum + term.weight, 0) / total
          if (shared.length < needed || share < MIN_SHARED_WEIGHT) return []
          // bm25 is negative, better when lower: a larger share makes it lower still.
          return [{ candidate, score: candidate.score * share }]
        })
        .sort((a, b) => a.score - b.score || (a.candidate.updated_at < b.candidate.updated_at ? 1 : a.candidate.updated_at > b.candidate.updated_at ? -1 : 0))
        .slice(0, RELATED_SUGGESTIONS_MAX)
        .map(({ candidate }) => candidate)

      const matches = matcherFor(terms.map(({ stem }) => ({ kind: 'word', stem, excluded: false })))
      return {
        results: ranked.map((row) => ({
          article: summaryFromRow(row),
          headline: highlightAll(row.headline, matches),
          snippet: highlightSnippet(row.plain_text, matches)
        }))
      }
    }
  }
}
