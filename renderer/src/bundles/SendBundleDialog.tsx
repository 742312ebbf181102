import { useEffect, useId, useRef, useState } from 'react'
import type { ArticleSummary } from '../../../shared/article/article'
import type { BundleWritten } from '../../../shared/bundle/bundle-views'
import type { MidadFailure } from '../../../shared/contract/errors'
import { useBackend } from '../backend/backend-context'
import { failureMessage } from '../common/failure-message'
import { useT } from '../i18n/locale-context'
import { ArticlePicker } from '../search/ArticlePicker'
import './bundles.css'

export type BundlePurpose = 'review' | 'back'

type Phase =
  | { name: 'choosing'; writing: boolean; failure: MidadFailure | null }
  | { name: 'written'; written: BundleWritten; folderShown: boolean | null }

type Offered = Pick<ArticleSummary, 'id' | 'headline'>

/** How many of the newest articles the library's dialog offers to tick; any other is found by searching. */
const NEWEST_OFFERED = 30

interface Props {
  /** The articles offered to tick; without them, the library's newest, with a search for any other. */
  articles?: readonly Offered[]
  /** Ticked when the dialog opens (the article in hand, from its own screen). */
  chosen: readonly string[]
  purpose: BundlePurpose
  onClose: () => void
}

/**
 * "Send for review…" and "Send back…": the chosen articles, with their
 * comments, suggestions, revisions and pictures, as one signed .midad file to
 * hand on by any means. The back side chooses where it is written (the app
 * asks for a folder) and never overwrites a file.
 */
export function SendBundleDialog({ articles: given, chosen: initiallyChosen, purpose, onClose }: Props) {
  const t = useT()
  const { api } = useBackend()
  const titleId = useId()
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(initiallyChosen))
  const [articles, setArticles] = useState<readonly Offered[]>(given ?? [])
  const [newestFailure, setNewestFailure] = useState<MidadFailure | null>(null)
  useEffect(() => {
    if (given) return
    let current = true
    void api.listArticles({ limit: NEWEST_OFFERED }).then((newest) => {
      if (!current) return
      if (newest.ok) setArticles((shown) => [...shown, ...newest.value.articles.filter((article) => !shown.some((one) => one.id === article.id))])
      else setNewestFailure(newest.error)
    })
    return () => {
      current = false
    }
  }, [api, given])
  // An article found by searching joins the list, ticked.
  const addFound = (found: Offered) => {
    setArticles((shown) => (shown.some((article) => article.id === found.id) ? shown : [...shown, found]))
    setChosen((was) => new Set(was).add(found.id))
  }
  const [phase, setPhase] = useState<Phase>({ name: 'choosing', writing: false, failure: null })
  const sendButton = useRef<HTMLButtonElement>(null)
  const closeButton = useRef<HTMLButtonElement>(null)
  const choices = useRef<HTMLFieldSetElement>(null)
  const dialog = useRef<HTMLDivElement>(null)

  const someOffered = articles.length > 0
  // The focus starts where the next step is: Send when articles are chosen, the first article when none is yet.
  useEffect(() => {
    // Once the person has moved the focus within the dialog, the newest articles arriving leave it there.
    const focus = document.activeElement
    const stillAtStart = focus === dialog.current || !dialog.current?.contains(focus)
    if (phase.name === 'written') closeButton.current?.focus()
    else if (!stillAtStart) return
    else if (sendButton.current && !sendButton.current.disabled) sendButton.current.focus()
    // Until the newest articles come, the dialog itself holds the focus, so Escape closes it at once.
    else (choices.current?.querySelector('input') ?? dialog.current)?.focus()
    // Only when the step changes or the first articles arrive: ticking boxes leaves the focus where it is.
  }, [phase.name, someOffered])

  const toggle = (id: string) =>
    setChosen((was) => {
      const next = new Set(was)
      if (!next.delete(id)) next.add(id)
      return next
    })

  const send = async () => {
    setPhase({ name: 'choosing', writing: true, failure: null })
    // In the library's order, whatever order they were ticked in.
    const ids = articles.filter((article) => chosen.has(article.id)).map((article) => article.id)
    const written = await api.sendBundle({ ids, purpose })
    if (written.ok) setPhase({ name: 'written', written: written.value, folderShown: null })
    // Closing the folder picker is a change of mind, not an error.
    else setPhase({ name: 'choosing', writing: false, failure: written.error.code === 'cancelled' ? null : written.error })
  }

  const showFolder = async (written: BundleWritten) => {
    const shown = await api.openBundleFolder({ file: written.file })
    setPhase({ name: 'written', written, folderShown: shown.ok && shown.value.opened })
  }

  const writing = phase.name === 'choosing' && phase.writing
  const closeUnlessWriting = () => {
    if (!writing) onClose()
  }

  return (
    <div className="modal-backdrop" onClick={closeUnlessWriting}>
      <div
        ref={dialog}
        tabIndex={-1}
        className="modal bundle-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="send-bundle-dialog"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') closeUnlessWriting()
        }}
      >
        <h2 id={titleId}>{t(purpose === 'back' ? 'bundle.sendBackTitle' : 'bundle.sendTitle')}</h2>
        {phase.name === 'choosing' && (
          <>
            <p className="bundle-note">{t(purpose === 'back' ? 'bundle.sendBackNote' : 'bundle.sendNote')}</p>
            <fieldset ref={choices} className="bundle-choice">
              <legend>{t('bundle.which')}</legend>
              <ul>
                {articles.map((article) => (
                  <li key={article.id}>
                    <label>
                      <input type="checkbox" data-testid="bundle-pick" checked={chosen.has(article.id)} onChange={() => toggle(article.id)} />{' '}
                      <bdi>{article.headline.trim() || t('library.untitled')}</bdi>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
            {newestFailure && (
              <p className="bundle-error" role="alert">
                {failureMessage(t, newestFailure)}
              </p>
            )}
            <ArticlePicker
              label={t('bundle.findOther')}
              placeholder={t('bundle.findOtherPlaceholder')}
              leaveOut={[...chosen]}
              testId="bundle-find"
              onPick={addFound}
            />
            <p className="bundle-count" data-testid="bundle-count">
              {t('bundle.chosen', { count: chosen.size })}
            </p>
            {phase.failure && (
              <p className="bundle-error" role="alert" data-testid="bundle-error">
                {failureMessage(t, phase.failure)}
              </p>
            )}
          </>
        )}
        {phase.name === 'written' && (
          <>
            <p role="status" data-testid="bundle-written">
              {t('bundle.written', { count: phase.written.articles })}
            </p>
            <p>
              <code dir="ltr" data-testid="bundle-file">
                {phase.written.file}
              </code>
            </p>
            {phase.folderShown === false && <p className="bundle-note">{t('bundle.folderNotShown')}</p>}
          </>
        )}
        <div className="modal-actions">
          {phase.name === 'choosing' ? (
            <>
              <button
                ref={sendButton}
                type="button"
                className="button button-primary"
                data-testid="bundle-send"
                disabled={chosen.size === 0 || writing}
                aria-busy={writing}
                onClick={() => void send()}
              >
                {writing ? t('bundle.writing') : t(purpose === 'back' ? 'bundle.sendBack' : 'bundle.send')}
              </button>
              <button type="button" className="button" data-testid="bundle-cancel" disabled={writing} onClick={onClose}>
                {t('bundle.cancel')}
              </button>
            </>
          ) : (
            <>
              <button type="button" className="button" data-testid="bundle-show-folder" onClick={() => void showFolder(phase.written)}>
                {t('bundle.showFolder')}
              </button>
              <button ref={closeButton} type="button" className="button" data-testid="bundle-close" onClick={onClose}>
                {t('bundle.close')}
              </button>
            </>
          )}
        </div>
      </div>
    </div>
  )
}
