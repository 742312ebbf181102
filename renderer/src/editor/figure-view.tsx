import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react'
import { Figure, type FigureAttrs } from '../../../shared/schema/figure'
import { figureCreditPresets } from '../../../shared/schema/figure-credits'
import { useBackend } from '../backend/backend-context'
import { messageText, type ShownMessage } from '../common/shown-message'
import { useT } from '../i18n/locale-context'
import { storePicture } from './store-picture'
import { blockDir } from './block-dir'
import { editFigure, type FigurePlace } from './figure-edit'
import { typedAs } from './field-typography'
import { useTypedField } from './use-typed-field'
import { fieldLeft, keepFieldFocus, restoreFieldFocus } from './node-field-focus'

export interface FigureViewOptions {
  mediaUrl: (mediaId: string) => string
  /** A caption, credit or alt field lost focus: save now. */
  onFieldBlur: () => void
}

// Caption, credit and alt text are single lines in the article model.
const noNewline = (event: KeyboardEvent) => {
  if (event.key === 'Enter') event.preventDefault()
}
const singleLine = (typed: string) => typed.replace(/[\r\n]+/g, ' ')

type Picture = { mediaId: string; width: number | null; height: number | null }

/**
 * A figure waiting for its image (caption and credit may come first): the
 * button stores the chosen picture and fills the figure; a refusal is shown
 * here and changes nothing.
 */
function WaitingPicture({ onFilled }: { onFilled: (picture: Picture) => void }) {
  const { api } = useBackend()
  const t = useT()
  const fileInput = useRef<HTMLInputElement>(null)
  const [adding, setAdding] = useState(false)
  const [error, setError] = useState<ShownMessage | null>(null)
  const onFileChosen = (event: { currentTarget: HTMLInputElement }) => {
    const input = event.currentTarget
    const file = input.files?.[0]
    input.value = ''
    if (!file) return
    setAdding(true)
    setError(null)
    void storePicture(api, file)
      .then((stored) => {
        if (stored.ok) onFilled({ mediaId: stored.mediaId, width: stored.width, height: stored.height })
        else setError(stored.message)
      })
      .finally(() => setAdding(false))
  }
  return (
    <div className="figure-missing figure-waiting">
      <span>{t('figure.waiting')}</span>
      <button type="button" className="button" data-testid="figure-choose" data-check-target="figure.image" disabled={adding} onClick={() => fileInput.current?.click()}>
        {adding ? t('figure.choosing') : t('figure.choose')}
      </button>
      <input ref={fileInput} type="file" accept="image/*" data-testid="figure-choose-file" hidden onChange={onFileChosen} />
      {error && (
        <span className="field-error" role="alert">
          {messageText(t, error)}
        </span>
      )}
    </div>
  )
}

function FigureView({ editor, node, getPos, deleteNode, extension, selected }: ReactNodeViewProps) {
  const t = useT()
  const { mediaUrl, onFieldBlur } = extension.options as FigureViewOptions
  const attrs = node.attrs as FigureAttrs
  const [broken, setBroken] = useState(false)
  const presetsId = useId()
  // The figure as last drawn, for edits that arrive later (a picture stored
  // after the view was replaced): figure-edit.ts finds the figure from it.
  const place = useRef<FigurePlace>({ getPos, node })
  useLayoutEffect(() => {
    place.current = { getPos, node }
  }, [getPos, node])
  const caption = useTypedField<HTMLTextAreaElement>(attrs.caption)
  const credit = useTypedField<HTMLInputElement>(attrs.credit)
  const alt = useTypedField<HTMLInputElement>(attrs.alt)
  const edit = (patch: Partial<FigureAttrs>) => editFigure(editor, place.current, patch)
  // Drawn afresh while a field was being typed in: the focus and caret come back (node-field-focus.ts).
  // Once, when this view is made.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => restoreFieldFocus(getPos(), { caption: caption.current, credit: credit.current, alt: alt.current }), [])
  const typed = (field: 'caption' | 'credit' | 'alt', element: HTMLInputElement | HTMLTextAreaElement) => {
    const pos = getPos()
    if (pos !== undefined) keepFieldFocus(pos, field, element)
    edit({ [field]: singleLine(element.value) })
  }
  const left = () => {
    fieldLeft()
    onFieldBlur()
  }

  return (
    <NodeViewWrapper
      as="figure"
      className={selected ? 'figure-block is-selected' : 'figure-block'}
      data-type="figure"
      dir={blockDir(node)}
      aria-label={t('figure.label')}
      contentEditable={false}
    >
      <div className="figure-picture">
        {attrs.mediaId && !broken ? (
          <img
            src={mediaUrl(attrs.mediaId)}
            alt={attrs.alt}
            width={attrs.width ?? undefined}
            height={attrs.height ?? undefined}
            onError={() => setBroken(true)}
            draggable={false}
          />
        ) : attrs.mediaId ? (
          <div className="figure-missing" role="img" aria-label={t('figure.missing')}>
            {t('figure.missing')}
          </div>
        ) : (
          <WaitingPicture onFilled={(picture) => edit(picture)} />
        )}
        <button
          type="button"
          className="figure-remove"
          data-testid="figure-remove"
          onClick={() => deleteNode()}
          aria-label={t('figure.remove')}
          title={t('figure.remove')}
        >
          ×
        </button>
      </div>
      {/* Native fields inside the node view: Tiptap's node view stops their
          events from reaching ProseMirror and ignores their DOM mutations, so
          typing here edits the attribute, not the document around it. They
          keep what was typed (see use-typed-field.ts). */}
      <figcaption className="figure-fields">
        <label className="figure-field figure-field-caption">
          <span>{t('figure.caption')}</span>
          <textarea
            data-testid="figure-caption"
            data-check-target="figure.caption"
            {...typedAs('copy')}
            rows={1}
            ref={caption}
            defaultValue={attrs.caption}
            placeholder={t('figure.caption.placeholder')}
            onChange={(event) => typed('caption', event.target)}
            onKeyDown={noNewline}
            onBlur={left}
          />
        </label>
        <label className="figure-field">
          <span>{t('figure.credit')}</span>
          <input
            data-testid="figure-credit"
            {...typedAs('copy')}
            data-check-target="figure.credit"
            list={presetsId}
            ref={credit}
            defaultValue={attrs.credit}
            placeholder={t('figure.credit.placeholder')}
            onChange={(event) => typed('credit', event.target)}
            onBlur={left}
          />
          <datalist id={presetsId} data-testid="figure-credit-presets">
            {figureCreditPresets.map((credit) => (
              <option key={credit} value={credit} />
            ))}
          </datalist>
        </label>
        <label className="figure-field">
          <span>{t('figure.alt')}</span>
          <input
            data-testid="figure-alt"
            {...typedAs('copy')}
            data-check-target="figure.alt"
            ref={alt}
            defaultValue={attrs.alt}
            placeholder={t('figure.alt.placeholder')}
            onChange={(event) => typed('alt', event.target)}
            onBlur={left}
          />
        </label>
      </figcaption>
      <SuggestedFigureChanges marks={node.marks} />
    </NodeViewWrapper>
  )
}

const describedFields = ['caption', 'credit', 'alt'] as const

/** A suggested change of the figure's words says what they were, so the writer sees what would be lost. */
function SuggestedFigureChanges({ marks }: { marks: ReactNodeViewProps['node']['marks'] }) {
  const t = useT()
  const changes = marks.filter((mark) => mark.type.name === 'modification' && (describedFields as readonly unknown[]).includes(mark.attrs.attrName))
  if (changes.length === 0) return null
  return (
    <p className="figure-suggested" data-testid="figure-suggested">
      {changes.map((mark) => (
        <span key={String(mark.attrs.attrName)}>
          {t('figure.suggestedWas', { field: t(`figure.${mark.attrs.attrName as (typeof describedFields)[number]}`) })} <bdi>«{String(mark.attrs.previousValue ?? '')}»</bdi>
        </span>
      ))}
    </p>
  )
}

/** The shared Figure node, shown in the editor with its picture and fields. */
export const EditorFigure = Figure.extend<FigureViewOptions>({
  addOptions() {
    return { mediaUrl: (mediaId: string) => mediaId, onFieldBlur: () => {} }
  },
  // The shared renderHTML points images at the exported page's folder. In the
  // editor (before React node views mount, and in copied HTML) the picture
  // must come from where the app serves it.
  renderHTML(props) {
    const spec = this.parent?.(props) as unknown as unknown[]
    return spec.map((part) => {
      if (!Array.isArray(part) || part[0] !== 'img') return part
      const attrs = part[1] as Record<string, string>
      return ['img', { ...attrs, src: this.options.mediaUrl(attrs['data-media-id'] ?? '') }]
    }) as never
  },
  addNodeView() {
    return ReactNodeViewRenderer(FigureView)
  }
})
