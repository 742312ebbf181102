import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import type { Article, ArticleSummary } from '../../../shared/article/article'
import { emptyBody, type ArticleBody } from '../../../shared/article/body'
import { ArticleMeta, emptyMeta } from '../../../shared/article/meta'
import { ArticleStatus, statusAfterEditOfApprovedText, vouchesForText, type StatusChange } from '../../../shared/article/status'
import { MidadError } from '../../../shared/contract/errors'
import { bodyPlainText } from '../../../shared/text/plain-text'
import { cleanSlug, slugFromHeadline } from '../../../shared/text/slug'
import { countWords } from '../../../shared/text/word-count'
import type { SaveResult } from '../../../shared/contract/operations'
import type { LibraryCounts } from '../../../shared/article/library-page'
import { checkArticleBody } from './article-body-check'
import { nullLog, type Log } from '../log/log'
import { articleFromRow, metaColumns, statusOf, summaryFromRow, type ArticleRow, type ArticleSummaryRow } from './article-row'
import { changesApprovedText } from './approved-text'
import { createStatusHistory } from './status-history'
import { createSearchIndex } from '../search/search-index'
import { searchableArticle, type SearchableArticle } from '../search/searchable-article'

export interface SaveArticleInput {
  id: string
  baseVersion: number
  meta: ArticleMeta
  body: ArticleBody
}

export interface ArticleStore {
  list(status?: ArticleStatus): ArticleSummary[]
  /** A slice of the list, newest edit first. */
  page(request: { status?: ArticleStatus; offset: number; limit: number }): ArticleSummary[]
  /** How many articles there are, in all and at each status. */
  counts(): LibraryCounts
  /** A new article; with `id`, one that already has its id from another desk. */
  create(meta?: Partial<ArticleMeta>, body?: ArticleBody, id?: string): Article
  get(id: string): Article
  /** Whether the library holds this article (for links between articles). */
  exists(id: string): boolean
  /** The article's version alone, without reading its body. */
  versionOf(id: string): number
  /** The article's workflow status alone, without reading its body. */
  statusOf(id: string): ArticleStatus
  /** An approved or published article whose words change goes back to review (SaveResult.statusChange). */
  save(input: SaveArticleInput): SaveResult
  /**
   * Writes what the article's document now says into its row, whatever
   * version the row is at: the document is the source, the row its
   * projection that lists, checks and exports read.
   */
  project(input: Omit<SaveArticleInput, 'baseVersion'>): SaveResult
  /** As project, for a draft checkDraft has already returned: not checked a second time. */
  projectChecked(input: { id: string; meta: ArticleMeta; body: ArticleBody }): SaveResult
  /** A draft as the store would keep it (slug filled in, body as the schema reads it), or invalid_input / invalid_body. */
  checkDraft(draft: { meta: unknown; body: unknown }): { meta: ArticleMeta; body: ArticleBody }
  /** Moves the article along the workflow; neither its revision nor its edit time changes. */
  setStatus(id: string, status: ArticleStatus, personId?: string | null): ArticleStatus
  /** Every change of the article's status, oldest first. */
  statusHistory(id: string): StatusChange[]
  /** When the article became published, or null while it is not published. */
  publishedAt(id: string): string | null
  remove(id: string): void
  /** Names the revision an approval or a publication vouched for. */
  pinRevision(id: string, pin: 'approved' | 'published', revisionId: string): void
  /** The revision the article was last approved at, or null. */
  approvedRevision(id: string): string | null
}

function parseMeta(meta: unknown, partial: boolean): ArticleMeta {
  const parsed = (partial ? ArticleMeta.partial() : ArticleMeta).safeParse(meta ?? {})
  if (!parsed.success) {
    const field = ['meta', ...parsed.error.issues[0]!.path.map(String)].join('.')
    throw new MidadError('invalid_input', { field }, parsed.error.message)
  }
  const given = Object.entries(parsed.data).filter(([, value]) => value !== undefined)
  return withSlug({ ...emptyMeta, ...Object.fromEntries(given) })
}

/**
 * The slug follows the headline until the journalist edits it; an edited slug
 * is kept, only made URL-safe, and one edited down to nothing follows the
 * headline again. Done here so the CLI and importers get slugs too.
 */
function withSlug(meta: ArticleMeta): ArticleMeta {
  const custom = meta.slugIsCustom ? cleanSlug(meta.slug) : ''
  if (custom) return { ...meta, slug: custom }
  return { ...meta, slug: slugFromHeadline(meta.headline, meta.slugScript), slugIsCustom: false }
}

/** What core derives from a checked body on every write: stored JSON, search text, count. */
function deriveChecked(checked: ArticleBody): { bodyJson: string; plainText: string; wordCount: number } {
  const plainText = bodyPlainText(checked)
  return { bodyJson: JSON.stringify(checked), plainText, wordCount: countWords(plainText) }
}


const notFound = (id: string): MidadError => new MidadError('not_found', undefined, `article ${id}`)

/**
 * `indexForSearch: false` is for the bench alone: the same store without the
 * search index's writes, the floor a save with them is measured against.
 */
export function createArticleStore(db: Database.Database, log: Log = nullLog, options: { indexForSearch?: boolean } = {}): ArticleStore {
  const selectOne = db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ?')
  const selectVersion = db.prepare<[string], { version: number }>('SELECT version FROM articles WHERE id = ?')
  const selectSaved = db.prepare<[string], Pick<ArticleRow, 'version' | 'status' | 'kicker' | 'headline' | 'dek' | 'body_json' | 'updated_at'>>(
    'SELECT version, status, kicker, headline, dek, body_json, updated_at FROM articles WHERE id = ?'
  )
  const history = createStatusHistory(db)
  const selectStatus = db.prepare<[string], { status: string }>('SELECT status FROM articles WHERE id = ?')
  // Every list reads only the columns the listing indexes hold (schema step 12), never a row with its bodies.
  const summaryColumns = 'id, headline, section, status, word_count, created_at, updated_at, open_threads, pending_suggestions'
  const selectList = db.prepare<[], ArticleSummaryRow>(`SELECT ${summaryColumns} FROM articles INDEXED BY articles_listing ORDER BY updated_at DESC, id`)
  const selectPage = db.prepare<[number, number], ArticleSummaryRow>(
    `SELECT ${summaryColumns} FROM articles INDEXED BY articles_listing ORDER BY updated_at DESC, id LIMIT ? OFFSET ?`
  )
  const selectPageAt = db.prepare<[string, number, number], ArticleSummaryRow>(
    `SELECT ${summaryColumns} FROM articles INDEXED BY articles_listing_by_status WHERE status = ? ORDER BY updated_at DESC, id LIMIT ? OFFSET ?`
  )
  const selectCounts = db.prepare<[], { status: string; n: number }>('SELECT status, count(*) AS n FROM articles INDEXED BY articles_status GROUP BY status')
  const selectNewest = db.prepare<[], { updated_at: string | null }>('SELECT max(updated_at) AS updated_at FROM articles')
  const insert = db.prepare(`
    INSERT INTO articles (id, section, kicker, headline, dek, bylines_json, dateline, tags_json,
                          slug, slug_is_custom, slug_script, seo_title, seo_description, lead_image_json,
                          body_json, plain_text, word_count, version, created_at, updated_at)
    VALUES (@id, @section, @kicker, @headline, @dek, @bylinesJson, @dateline, @tagsJson,
            @slug, @slugIsCustom, @slugScript, @seoTitle, @seoDescription, @leadImageJson,
            @bodyJson, @plainText, @wordCount, 1, @stamp, @stamp)`)
  const update = db.prepare(`
    UPDATE articles SET section = @section, kicker = @kicker, headline = @headline, dek = @dek,
                        bylines_json = @bylinesJson, dateline = @dateline, tags_json = @tagsJson,
                        slug = @slug, slug_is_custom = @slugIsCustom, slug_script = @slugScript,
                        seo_title = @seoTitle, seo_description = @seoDescription,
                        lead_image_json = @leadImageJson, body_json = @bodyJson,
                        plain_text = @plainText, word_count = @wordCount,
                        version = version + 1, updated_at = @stamp
    WHERE id = @id AND version = @baseVersion`)
  const updateStatus = db.prepare<[string, string]>('UPDATE articles SET status = ? WHERE id = ?')
  const deleteRow = db.prepare<[string]>('DELETE FROM articles WHERE id = ?')
  const pinApproved = db.prepare<[string, string]>('UPDATE articles SET approved_revision = ? WHERE id = ?')
  const pinPublished = db.prepare<[string, string]>('UPDATE articles SET published_revision = ? WHERE id = ?')
  const selectApproved = db.prepare<[string], { approved_revision: string | null }>('SELECT approved_revision FROM articles WHERE id = ?')

  // The newest-first list must show the last save first even when two saves
  // (from the app and the CLI) land in the same millisecond, so a write's time
  // is never earlier than or equal to the newest one already stored. Called
  // inside the write transaction, where no other writer can interleave.
  const nextStamp = (): string => {
    const now = new Date().toISOString()
    const newest = selectNewest.get()?.updated_at
    if (!newest || now > newest) return now
    return new Date(Date.parse(newest) + 1).toISOString()
  }

  const indexing = options.indexForSearch !== false
  const searchIndex = indexing ? createSearchIndex(db) : { write: () => undefined }
  const termsFor = (meta: ArticleMeta, body: ArticleBody, plainText: string): SearchableArticle =>
    indexing ? searchableArticle(meta, body, plainText) : { headline: '', kicker: '', dek: '', body: '', captions: '', bylines: '', tags: '', section: '' }

  // The terms are worked out before the transaction (they take longer than the writes); written inside it with the row.
  const createTx = db.transaction((params: Record<string, unknown>, terms: SearchableArticle) => {
    const stamp = nextStamp()
    insert.run({ ...params, stamp })
    searchIndex.write(params.id as string, terms, { before: null, after: stamp })
  })

  // A projection has no base version: it writes over whatever the row holds.
  const saveTx = db.transaction((input: { id: string; baseVersion: number | null }, meta: ArticleMeta, params: Record<string, unknown>, terms: SearchableArticle): SaveResult => {
    const current = selectSaved.get(input.id)
    if (!current) throw notFound(input.id)
    if (input.baseVersion !== null && current.version !== input.baseVersion) {
      throw new MidadError('stale_version', undefined, `article ${input.id} is at ${current.version}, not ${input.baseVersion}`)
    }
    const stamp = nextStamp()
    update.run({ ...params, id: input.id, baseVersion: current.version, stamp })
    searchIndex.write(input.id, terms, { before: current.updated_at, after: stamp })
    const saved = { version: current.version + 1, updatedAt: stamp, wordCount: params.wordCount as number }
    const status = statusOf(current.status)
    // In the same transaction as the edit: no program can ever read the new
    // words under the old approval.
    if (!vouchesForText(status) || !changesApprovedText({ meta: current, bodyJson: current.body_json }, { meta, bodyJson: params.bodyJson as string })) {
      return saved
    }
    const statusChange: StatusChange = { from: status, to: statusAfterEditOfApprovedText, changedAt: stamp, reason: 'edited_after_approval' }
    updateStatus.run(statusChange.to, input.id)
    history.record(input.id, statusChange)
    return { ...saved, statusChange }
  })

  const setStatusTx = db.transaction((id: string, status: ArticleStatus, personId: string | null): ArticleStatus => {
    const current = selectSaved.get(id)
    if (!current) throw notFound(id)
    const from = statusOf(current.status)
    if (from === status) return status
    updateStatus.run(status, id)
    history.record(id, { from, to: status, changedAt: new Date().toISOString(), reason: 'set' }, personId)
    return status
  })

  const get = (id: string): Article => {
    const row = typeof id === 'string' ? selectOne.get(id) : undefined
    if (!row) throw notFound(String(id))
    return articleFromRow(row, (column, error) => log.warn('a stored column could not be read; it reads as empty', { id: row.id, column, error }))
  }

  return {
    list: (status) => (status ? selectPageAt.all(status, -1, 0) : selectList.all()).map(summaryFromRow),
    page: ({ status, offset, limit }) => (status ? selectPageAt.all(status, limit, offset) : selectPage.all(limit, offset)).map(summaryFromRow),
    counts: () => {
      const counts: LibraryCounts = { all: 0, draft: 0, in_review: 0, approved: 0, published: 0 }
      for (const { status, n } of selectCounts.all()) {
        counts[statusOf(status)] += n
        counts.all += n
      }
      return counts
    },

    create(meta, body, givenId) {
      const fullMeta = parseMeta(meta, true)
      const checkedBody = checkArticleBody(body ?? emptyBody())
      const derived = deriveChecked(checkedBody)
      const id = givenId ?? randomUUID()
      createTx.immediate({ id, ...metaColumns(fullMeta), ...derived }, termsFor(fullMeta, checkedBody, derived.plainText))
      return get(id)
    },

    get,

    exists: (id) => selectVersion.get(id) !== undefined,

    versionOf(id) {
      const row = selectVersion.get(id)
      if (!row) throw notFound(id)
      return row.version
    },

    statusOf(id) {
      const row = selectStatus.get(id)
      if (!row) throw notFound(id)
      return statusOf(row.status)
    },

    // Validation and derivation happen before the transaction, so a refused
    // save has touched nothing; the version check happens inside it, so two
    // programs saving from the same base cannot both win.
    save(input) {
      const meta = parseMeta(input.meta, false)
      const body = checkArticleBody(input.body)
      const derived = deriveChecked(body)
      return saveTx.immediate(input, meta, { ...metaColumns(meta), ...derived }, termsFor(meta, body, derived.plainText))
    },

    projectChecked(input) {
      const derived = deriveChecked(input.body)
      return saveTx.immediate({ id: input.id, baseVersion: null }, input.meta, { ...metaColumns(input.meta), ...derived }, termsFor(input.meta, input.body, derived.plainText))
    },

    checkDraft: (draft) => ({ meta: parseMeta(draft.meta, false), body: checkArticleBody(draft.body) }),

    project(input) {
      const meta = parseMeta(input.meta, false)
      const body = checkArticleBody(input.body)
      const derived = deriveChecked(body)
      return saveTx.immediate({ id: input.id, baseVersion: null }, meta, { ...metaColumns(meta), ...derived }, termsFor(meta, body, derived.plainText))
    },

    setStatus(id, status, personId) {
      if (!ArticleStatus.safeParse(status).success) throw new MidadError('invalid_input', { field: 'status' }, `unknown status ${String(status)}`)
      return setStatusTx.immediate(id, status, personId ?? null)
    },

    statusHistory(id) {
      if (!selectVersion.get(id)) throw notFound(id)
      return history.list(id)
    },

    publishedAt(id) {
      const current = selectSaved.get(id)
      if (!current) throw notFound(id)
      if (statusOf(current.status) !== 'published') return null
      // A status set outside the app leaves no history: its last edit is the best time known.
      return history.publishedAt(id) ?? current.updated_at
    },

    remove(id) {
      const { changes } = deleteRow.run(id)
      if (changes === 0) throw notFound(id)
    },

    pinRevision(id, pin, revisionId) {
      const { changes } = (pin === 'approved' ? pinApproved : pinPublished).run(revisionId, id)
      if (changes === 0) throw notFound(id)
    },

    approvedRevision(id) {
      const row = selectApproved.get(id)
      if (!row) throw notFound(id)
      return row.approved_revision
    }
  }
}
