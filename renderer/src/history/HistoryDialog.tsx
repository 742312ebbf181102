import type * as Y from 'yjs'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { RevisionComparison } from '../../../shared/revisions/comparison'
import type { RevisionSummary } from '../../../shared/revisions/revision'
import { LABEL_MAX } from '../../../shared/revisions/revision'
import { clockTime, gregorianDate } from '../../../shared/text/article-date'
import { useBackend } from '../backend/backend-context'
import { ErrorMessage } from '../common/ErrorMessage'
import { messageText, refused, said, type ShownMessage } from '../common/shown-message'
import { useReturnFocus } from '../common/use-return-focus'
import { useLocale } from '../i18n/locale-context'
import { useNewsroomSettings } from '../settings/settings-context'
import { ComparisonView } from './ComparisonView'
import { AuthorshipView } from './AuthorshipView'
import { ReviewDecisions } from './ReviewDecisions'

interface Props {
  articleId: string
  /** Everything typed is committed first, so "now" is what the journalist sees; false when it could not be. */
  saveTyping: () => Promise<boolean>
  /** A restore changed the stored article: the screen catches up with it. */
  onRestored: () => Promise<void>
  onClose: () => void
  /** Opens on this comparison with now: 'approved' for the revision the article was last approved at. */
  compareFrom?: string
  /** The article's document as this window holds it: who wrote what is drawn from it. */
  document: Y.Doc
}

/** The article's revisions: save one by hand, compare any with now, bring one back. */
export function HistoryDialog({ articleId, saveTyping, onRestored, onClose, compareFrom, document }: Props) {
  const { locale, t } = useLocale()
  const { api } = useBackend()
  const { settings } = useNewsroomSettings()
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null)
  const [label, setLabel] = useState('')
  // `to` null: compared with the text as it is now.
  const [comparison, setComparison] = useState<{ revision: RevisionSummary; to: RevisionSummary | null; result: RevisionComparison } | null>(null)
  const [hideMinor, setHideMinor] = useState(false)
  const [message, setMessage] = useState<ShownMessage | null>(null)
  const [notice, setNotice] = useState<ShownMessage | null>(null)
  const [busy, setBusy] = useState(false)
  const [showingWriters, setShowingWriters] = useState(false)
  const closeButton = useRef<HTMLButtonElement>(null)
  useReturnFocus()
  useEffect(() => closeButton.current?.focus(), [])

  const style = { locale, digits: settings.digitStyle, months: settings.monthNames }
  const when = (revision: RevisionSummary) => `${gregorianDate(revision.at, style) ?? ''} ${clockTime(revision.at, style) ?? ''}`.trim()

  const refresh = useCallback(async (): Promise<RevisionSummary[]> => {
    const listed = await api.listRevisions({ id: articleId })
    if (!listed.ok) {
      setMessage(refused(listed.error))
      return []
    }
    const newestFirst = [...listed.value].reverse()
    setRevisions(newestFirst)
    return newestFirst
  }, [api, articleId])

  useEffect(() => {
    void (async () => {
      if (!(await saveTyping())) setMessage(said('history.saveFirst'))
      const listed = await refresh()
      if (!compareFrom) return
      const compared = await api.compareRevisions({ id: articleId, from: compareFrom })
      if (!compared.ok) return setMessage(refused(compared.error))
      const revision = listed.find((candidate) => candidate.id === compared.value.from)
      if (revision) setComparison({ revision, to: null, result: compared.value })
    })()
  }, [saveTyping, refresh, compareFrom, api, articleId])

  const act = async (run: () => Promise<void>) => {
    setBusy(true)
    setMessage(null)
    setNotice(null)
    try {
      if (!(await saveTyping())) return setMessage(said('history.saveFirst'))
      await run()
    } finally {
      setBusy(false)
    }
  }

  const saveRevision = () =>
    act(async () => {
      const saved = await api.saveRevision({ id: articleId, label })
      if (!saved.ok) return setMessage(refused(saved.error))
      setNotice(saved.value.label ? said('history.saved', { label: saved.value.label }) : said('history.savedUnlabelled'))
      setLabel('')
      await refresh()
    })

  const compare = (revision: RevisionSummary, to: RevisionSummary | null = null) =>
    act(async () => {
      const compared = await api.compareRevisions({ id: articleId, from: revision.id, to: to?.id ?? 'now' })
      if (!compared.ok) return setMessage(refused(compared.error))
      setComparison({ revision, to, result: compared.value })
    })

  const restore = (revision: RevisionSummary) =>
    act(async () => {
      const restored = await api.restoreRevision({ id: articleId, revision: revision.id })
      if (!restored.ok) return setMessage(refused(restored.error))
      await onRestored()
      setComparison(null)
      setNotice(said('history.restored', { when: when(revision) }))
      await refresh()
    })

  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div
        className="modal history-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="history-title"
        data-testid="history"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose()
        }}
      >
        <div className="history-header">
          <h2 id="history-title">{t('history.title')}</h2>
          <button ref={closeButton} type="button" className="button" data-testid="close-history" onClick={onClose}>
            {t('history.close')}
          </button>
        </div>
        {message && <ErrorMessage message={message} onDismiss={() => setMessage(null)} />}
        {notice && (
          <p className="notice" role="status" data-testid="history-notice">
            {messageText(t, notice)}
          </p>
        )}
        <form
          className="history-save"
          onSubmit={(event) => {
            event.preventDefault()
            void saveRevision()
          }}
        >
          <label className="settings-field">
            <span className="settings-label">{t('history.label')}</span>
            <input className="settings-text" data-testid="revision-label" value={label} maxLength={LABEL_MAX} placeholder={t('history.label.placeholder')} onChange={(event) => setLabel(event.target.value)} />
          </label>
          <button type="submit" className="button button-primary" data-testid="save-revision" disabled={busy}>
            {t('history.save')}
          </button>
        </form>

        {revisions && revisions.length === 0 && <p className="settings-hint">{t('history.empty')}</p>}
        {revisions && revisions.length > 0 && (
          <ol className="revision-list" aria-label={t('history.list')} data-testid="revisions">
            {revisions.map((revision) => (
              <li key={revision.id} className="revision" data-testid="revision" data-kind={revision.kind}>
                <span className="revision-when">{when(revision)}</span>
                <span className="revision-who" data-testid="revision-author">
                  <span className="person-colour" style={{ backgroundColor: revision.author?.colour ?? 'var(--muted)' }} aria-hidden="true" />
                  <bdi>{revision.author?.name ?? t('revision.nobody')}</bdi>
                  {revision.author && <span className="revision-role"> · {t(`role.${revision.author.role}`)}</span>}
                </span>
                <span className="revision-kind">
                  {t(`revision.kind.${revision.kind}`)}
                  {revision.label && (
                    <>
                      {' '}
                      «<bdi>{revision.label}</bdi>»
                    </>
                  )}
                </span>
                <span className="revision-words" dir="ltr">
                  {t('revision.words', { added: revision.wordsAdded, removed: revision.wordsRemoved })}
                </span>
                <span className="revision-actions">
                  <button type="button" className="button button-quiet" data-testid="compare-revision" aria-label={t('history.compareLabel', { when: when(revision) })} disabled={busy} onClick={() => void compare(revision)}>
                    {t('history.compare')}
                  </button>
                  <button type="button" className="button button-quiet" data-testid="restore-revision" aria-label={t('history.restoreLabel', { when: when(revision) })} disabled={busy} onClick={() => void restore(revision)}>
                    {t('history.restore')}
                  </button>
                </span>
              </li>
            ))}
          </ol>
        )}

        <button
          type="button"
          className="button button-quiet history-writers-toggle"
          data-testid="who-wrote"
          aria-pressed={showingWriters}
          title={t('history.whoWroteLabel')}
          onClick={() => setShowingWriters((shown) => !shown)}
        >
          {t('history.whoWrote')}
        </button>
        {showingWriters && <AuthorshipView document={document} />}
        <ReviewDecisions document={document} when={(stored) => `${gregorianDate(stored, style) ?? ''} ${clockTime(stored, style) ?? ''}`.trim()} />

        {comparison && (
          <section className="history-comparison" aria-labelledby="comparison-title">
            <h3 id="comparison-title">
              {comparison.to
                ? t('history.comparingTwo', { from: when(comparison.revision), to: when(comparison.to) })
                : t('history.comparing', { when: when(comparison.revision) })}
            </h3>
            <label className="settings-field history-compare-with">
              <span className="settings-label">{t('history.compareWith')}</span>
              <select
                className="settings-text"
                data-testid="compare-with"
                value={comparison.to?.id ?? 'now'}
                disabled={busy}
                onChange={(event) => void compare(comparison.revision, revisions?.find((revision) => revision.id === event.target.value) ?? null)}
              >
                <option value="now">{t('history.compareWithNow')}</option>
                {revisions
                  ?.filter((revision) => revision.id !== comparison.revision.id)
                  .map((revision) => (
                    <option key={revision.id} value={revision.id}>
                      {`${when(revision)} · ${t(`revision.kind.${revision.kind}`)}${revision.label ? ` «${revision.label}»` : ''}`}
                    </option>
                  ))}
              </select>
            </label>
            <label className="settings-check">
              <input type="checkbox" data-testid="hide-minor" checked={hideMinor} onChange={(event) => setHideMinor(event.target.checked)} /> {t('history.hideMinor')}
            </label>
            <ComparisonView comparison={comparison.result} hideMinor={hideMinor} />
          </section>
        )}
      </div>
    </div>
  )
}
