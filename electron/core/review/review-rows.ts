import type Database from 'better-sqlite3'
import type { MentionView } from '../../../shared/review/review-views'
import type { ReviewSummary } from './review-summary'

/**
 * What the library keeps of each article's review beside its row: the counts
 * the list shows, and who is mentioned where, so a desk finds its mentions
 * across articles without opening every document.
 */
export interface ReviewRows {
  /** Replaces what is kept for the article; called in the same commit as its row. */
  write(articleId: string, summary: ReviewSummary): void
  /** Comments in any article that mention the person, newest first. */
  mentionsOf(personId: string): MentionView[]
  /** The article's open threads as its row last counted them (0 for an article not in the library). */
  openThreadsOf(articleId: string): number
}

interface MentionRow {
  article_id: string
  headline: string
  thread_id: string
  reply_id: string
  by_id: string
  at: string
  text: string
  resolved: number
}

export function createReviewRows(db: Database.Database): ReviewRows {
  const updateCounts = db.prepare<[number, number, string]>('UPDATE articles SET open_threads = ?, pending_suggestions = ? WHERE id = ?')
  const selectOpen = db.prepare<[string], { open_threads: number }>('SELECT open_threads FROM articles WHERE id = ?')
  const deleteMentions = db.prepare<[string]>('DELETE FROM thread_mentions WHERE article_id = ?')
  const insertMention = db.prepare<[string, string, string, string, string, string, string, number]>(
    'INSERT OR IGNORE INTO thread_mentions (article_id, thread_id, reply_id, person_id, by_id, at, text, resolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
  )
  const selectMentions = db.prepare<[string], MentionRow>(`
    SELECT m.article_id, a.headline, m.thread_id, m.reply_id, m.by_id, m.at, m.text, m.resolved
    FROM thread_mentions m JOIN articles a ON a.id = m.article_id
    WHERE m.person_id = ?
    ORDER BY m.at DESC, m.reply_id`)

  const writeTx = db.transaction((articleId: string, summary: ReviewSummary) => {
    updateCounts.run(summary.openThreads, summary.pendingSuggestions, articleId)
    deleteMentions.run(articleId)
    for (const mention of summary.mentions) {
      insertMention.run(articleId, mention.thread, mention.reply, mention.person, mention.by, mention.at, mention.text, mention.resolved ? 1 : 0)
    }
  })

  return {
    write: (articleId, summary) => writeTx.immediate(articleId, summary),
    mentionsOf: (personId) =>
      selectMentions.all(personId).map((row) => ({
        articleId: row.article_id,
        headline: row.headline,
        thread: row.thread_id,
        reply: row.reply_id,
        text: row.text,
        by: row.by_id,
        at: row.at,
        resolved: row.resolved === 1
      })),
    openThreadsOf: (articleId) => selectOpen.get(articleId)?.open_threads ?? 0
  }
}
