import { useCallback, useEffect, useRef, useState } from 'react'
import type { Article, ArticleSummary } from '../../../shared/article/article'
import { useBackend } from '../backend/backend-context'
import { ErrorMessage } from '../common/ErrorMessage'
import { refused, said, type ShownMessage } from '../common/shown-message'
import { BatchExportDialog } from '../export-batch/BatchExportDialog'
import { SettingsButton } from '../settings/SettingsButton'
import { StatusFilter } from '../workflow/StatusFilter'
import { statusLabelKey } from '../workflow/status-labels'
import { useStatusFilter } from '../workflow/use-status-filter'
import { useT } from '../i18n/locale-context'
import { ArticleRow } from './ArticleRow'
import { LibraryList } from './LibraryList'
import { useLibraryPages } from './use-library-pages'
import { MentionsInbox } from './MentionsInbox'
import '../review/review-panel.css'
import { ConfirmDelete } from './ConfirmDelete'
import { ImportArticleButton } from './ImportArticleButton'
import { useArticleImport } from './use-article-import'
import { useFileDrop } from './use-file-drop'
import { OpenBundleDialog } from '../bundles/OpenBundleDialog'
import { SendBundleDialog } from '../bundles/SendBundleDialog'
import { isBundleFile, useBundleOpen } from '../bundles/use-bundle-open'
import { useHandedBundles } from '../bundles/use-handed-bundles'
import { useProfile } from '../people/profile-context'
import { HubBadge } from '../hub/HubBadge'
import { useHubStatus } from '../hub/use-hub-status'
import { SearchBox } from '../search/SearchBox'
import { SearchFilters } from '../search/SearchFilters'
import { SearchResultList } from '../search/SearchResultList'
import { useArchiveSearch, type ArchiveFilters } from '../search/use-archive-search'

interface Props {
  /** `fresh`: created just now, so backing out of it untouched removes it. */
  onOpen: (article: Article, opening?: { fresh: boolean }) => void
  /** Said on arrival (an article open before a reload and deleted since). */
  message?: ShownMessage
}

export function LibraryScreen({ onOpen, message }: Props) {
  const t = useT()
  const { api, events } = useBackend()
  const [error, setError] = useState<ShownMessage | string | null>(message ?? null)
  const [busy, setBusy] = useState(false)
  const [toDelete, setToDelete] = useState<ArticleSummary | null>(null)
  const [exportingBatch, setExportingBatch] = useState(false)
  const batchButton = useRef<HTMLButtonElement>(null)
  const [statusFilter, setStatusFilter] = useStatusFilter()
  const pages = useLibraryPages(statusFilter === 'all' ? undefined : statusFilter)
  const hasArticles = (pages.counts?.all ?? 0) > 0
  const [query, setQuery] = useState('')
  const [searchFilters, setSearchFilters] = useState<ArchiveFilters>({ sort: 'relevance' })
  const search = useArchiveSearch(query, { ...searchFilters, ...(statusFilter === 'all' ? {} : { status: statusFilter }) })

  // Bumped to list the articles again after a change.
  const [listing, setListing] = useState(0)
  const { reload: reloadPages } = pages
  const reload = useCallback(() => {
    setListing((n) => n + 1)
    reloadPages()
  }, [reloadPages])
  // Another window (or the web desk's) changed an article: the list follows without a reload.
  useEffect(() => events.subscribe((event) => event.name === 'articleChanged' && reload()), [events, reload])

  const { importing, importFile, cancelImport } = useArticleImport(onOpen, setError)
  const { opening, openFile: openBundleFile, openHanded, merge: mergeBundle, close: closeBundle } = useBundleOpen(reload)
  useHandedBundles(openHanded, opening !== null)
  // A .midad file is a bundle to merge; any other file is an article to import.
  const takeFile = (file: File) => void (isBundleFile(file) ? openBundleFile(file) : importFile(file))
  const { dragging, dropProps } = useFileDrop(takeFile, () => setError(said('library.dropOne')), busy || importing || opening !== null)
  const [sendingBundle, setSendingBundle] = useState(false)
  const sendButton = useRef<HTMLButtonElement>(null)
  const { profile } = useProfile()
  const hub = useHubStatus()
  const sharedState = new Map((hub.status?.shared ?? []).map((shared) => [shared.id, shared]))
  const canShare = hub.status?.link != null && !hub.status.link.readOnly
  const share = async (id: string, shared: boolean) => {
    const done = await api.shareArticles({ ids: [id], shared })
    if (done.ok) hub.setStatus(done.value)
    else setError(refused(done.error))
  }

  const create = async () => {
    setBusy(true)
    setError(null)
    const created = await api.createArticle({})
    setBusy(false)
    if (created.ok) onOpen(created.value, { fresh: true })
    else setError(refused(created.error))
  }

  const open = async (id: string) => {
    setBusy(true)
    setError(null)
    const found = await api.getArticle({ id })
    setBusy(false)
    if (found.ok) onOpen(found.value)
    else {
      setError(refused(found.error))
      reload()
    }
  }

  const confirmDelete = async () => {
    if (!toDelete) return
    setBusy(true)
    const deleted = await api.deleteArticle({ id: toDelete.id })
    setBusy(false)
    setToDelete(null)
    if (!deleted.ok) setError(refused(deleted.error))
    reload()
  }

  return (
    <div className="screen library-screen" {...dropProps} data-dragging={dragging || undefined}>
      <header className="app-header">
        <span className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </span>
        <span className="header-spacer" />
        <HubBadge link={hub.status?.link ?? null} />
        <SettingsButton />
        {/* An empty library has nothing to export: no button that leads nowhere. */}
        {hasArticles && (
          <button
            ref={batchButton}
            type="button"
            className="button"
            data-testid="export-batch"
            title={t('batch.openLabel')}
            disabled={busy}
            onClick={() => setExportingBatch(true)}
          >
            {t('batch.open')}
          </button>
        )}
        {hasArticles && (
          <button
            ref={sendButton}
            type="button"
            className="button"
            data-testid="send-bundle"
            title={t('library.sendBundleLabel')}
            disabled={busy}
            onClick={() => setSendingBundle(true)}
          >
            {t('library.sendBundle')}
          </button>
        )}
        <ImportArticleButton importing={importing} disabled={busy} onFile={takeFile} onCancel={cancelImport} />
        <button type="button" className="button button-primary" data-testid="new-article" disabled={busy} onClick={() => void create()}>
          {t('library.new')}
        </button>
      </header>
      <main className="library-main">
        <div className="library-heading">
          <h1>{t('library.title')}</h1>
          {/* An empty library says so once, in the line below. */}
          {hasArticles && pages.total !== null && <span className="library-count">{t('library.count', { count: pages.total })}</span>}
        </div>
        <MentionsInbox listing={listing} onOpen={(id) => void open(id)} />
        {hasArticles && <SearchBox value={query} onChange={setQuery} busy={search.searching} />}
        {hasArticles && pages.counts && <StatusFilter counts={pages.counts} value={statusFilter} onChange={setStatusFilter} />}
        {search.active && <SearchFilters filters={searchFilters} onChange={setSearchFilters} />}
        <div className="messages">
          {error && <ErrorMessage message={error} onDismiss={() => setError(null)} />}
          {pages.failure && <ErrorMessage message={refused(pages.failure)} onDismiss={pages.dismissFailure} />}
        </div>
        {dragging && (
          <p className="library-drop-hint" data-testid="drop-hint">
            {t('library.dropHint')}
          </p>
        )}
        {search.active ? (
          <SearchResultList answer={search.answer} failure={search.failure} searching={search.searching} onOpen={(id) => void open(id)} onMore={search.more} />
        ) : (
          <>
          {pages.counts === null ? (
            <p className="library-empty">{t('library.loading')}</p>
          ) : !hasArticles ? (
            <p className="library-empty" data-testid="library-empty">
              {t('library.empty')}
            </p>
          ) : pages.total === 0 && statusFilter !== 'all' ? (
            <p className="library-empty" data-testid="filter-empty">
              {t('library.filterEmpty', { status: t(statusLabelKey[statusFilter]) })}
            </p>
          ) : null}
          <LibraryList
            pages={pages}
            busy={busy}
            row={(article, place) => (
              <ArticleRow
                key={article.id}
                place={place}
                article={article}
                onOpen={() => void open(article.id)}
                onDelete={() => setToDelete(article)}
                sync={sharedState.get(article.id) ?? null}
                onShare={canShare ? (shared) => void share(article.id, shared) : undefined}
              />
            )}
          />
          </>
        )}
      </main>
      {exportingBatch && pages.counts && (
        <BatchExportDialog
          counts={pages.counts}
          onOpenArticle={(id) => {
            setExportingBatch(false)
            void open(id)
          }}
          onClose={() => {
            setExportingBatch(false)
            batchButton.current?.focus()
          }}
        />
      )}
      {sendingBundle && (
        <SendBundleDialog
          chosen={[]}
          purpose={profile?.role === 'editor' ? 'back' : 'review'}
          onClose={() => {
            setSendingBundle(false)
            sendButton.current?.focus()
          }}
        />
      )}
      {opening && (
        <OpenBundleDialog
          opening={opening}
          onMerge={() => void mergeBundle()}
          onOpenArticle={(id) => {
            closeBundle()
            void open(id)
          }}
          onClose={closeBundle}
        />
      )}
      {toDelete && (
        <ConfirmDelete
          headline={toDelete.headline.trim() || t('library.untitled')}
          busy={busy}
          onConfirm={() => void confirmDelete()}
          onCancel={() => setToDelete(null)}
        />
      )}
    </div>
  )
}
