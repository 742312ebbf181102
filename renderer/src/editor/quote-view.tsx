import { useLayoutEffect } from 'react'
import { NodeViewContent, NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react'
import type { MessageKey } from '../../../shared/i18n/ar'
import { PullQuote } from '../../../shared/schema/pull-quote'
import { Quote } from '../../../shared/schema/quote'
import { useT } from '../i18n/locale-context'
import { blockDir } from './block-dir'
import { typedAs } from './field-typography'
import { useTypedField } from './use-typed-field'
import { fieldLeft, keepFieldFocus, restoreFieldFocus } from './node-field-focus'

export interface QuoteViewOptions {
  /** The attribution field lost focus: save now. */
  onFieldBlur: () => void
}

/**
 * What tells a quote from a pull quote on screen. A quote is a figure whose
 * attribution is its caption; a pull quote is an aside that repeats words
 * from the article, so its attribution is a plain line under it.
 */
interface QuoteVariant {
  wrapper: 'figure' | 'aside'
  attributionLine: 'figcaption' | 'p'
  blockClass: string
  textClass: string
  dataType: string
  attributionTestId: string
  checkTarget: string
  label: MessageKey
  attributionLabel: MessageKey
  attributionPlaceholder: MessageKey
}

const quote: QuoteVariant = {
  wrapper: 'figure',
  attributionLine: 'figcaption',
  blockClass: 'quote-block',
  textClass: 'quote-text',
  dataType: 'quote',
  attributionTestId: 'quote-attribution',
  checkTarget: 'quote.attribution',
  label: 'quote.label',
  attributionLabel: 'quote.attribution',
  attributionPlaceholder: 'quote.attribution.placeholder'
}

const pullQuote: QuoteVariant = {
  wrapper: 'aside',
  attributionLine: 'p',
  blockClass: 'pull-quote-block',
  textClass: 'pull-quote-text',
  dataType: 'pull-quote',
  attributionTestId: 'pull-quote-attribution',
  checkTarget: 'pullQuote.attribution',
  label: 'pullQuote.label',
  attributionLabel: 'pullQuote.attribution',
  attributionPlaceholder: 'pullQuote.attribution.placeholder'
}

function QuoteBlockView({ node, editor, getPos, extension, variant }: ReactNodeViewProps & { variant: QuoteVariant }) {
  const t = useT()
  const attribution = useTypedField<HTMLInputElement>(String(node.attrs.attribution ?? ''))
  const { onFieldBlur } = extension.options as QuoteViewOptions
  const AttributionLine = variant.attributionLine
  // Once, when this view is made.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => restoreFieldFocus(getPos(), { attribution: attribution.current }), [])
  // An attribute step, never the block replaced: while suggesting, that is a suggested change of the attribution.
  const typed = (element: HTMLInputElement) => {
    const pos = getPos()
    if (pos === undefined || editor.isDestroyed) return
    keepFieldFocus(pos, 'attribution', element)
    editor.view.dispatch(editor.state.tr.setNodeAttribute(pos, 'attribution', element.value))
  }
  return (
    // The wrapper carries the block's own direction: an English quote switched
    // to left-to-right shows its text and its rule from the left.
    <NodeViewWrapper as={variant.wrapper} className={variant.blockClass} data-type={variant.dataType} dir={blockDir(node)} aria-label={t(variant.label)}>
      <NodeViewContent<'blockquote'> as="blockquote" className={variant.textClass} />
      {/* Outside the editable content: who said it is not part of what was said. */}
      <AttributionLine className="quote-attribution" contentEditable={false}>
        <label>
          <span className="quote-dash" aria-hidden="true">—</span>
          <span className="visually-hidden">{t(variant.attributionLabel)}</span>
          <input
            data-testid={variant.attributionTestId}
            data-check-target={variant.checkTarget}
            {...typedAs('copy')}
            ref={attribution}
            defaultValue={String(node.attrs.attribution ?? '')}
            placeholder={t(variant.attributionPlaceholder)}
            onChange={(event) => typed(event.target)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') event.preventDefault()
            }}
            onBlur={() => {
              fieldLeft()
              onFieldBlur()
            }}
          />
        </label>
      </AttributionLine>
    </NodeViewWrapper>
  )
}

function QuoteView(props: ReactNodeViewProps) {
  return <QuoteBlockView {...props} variant={quote} />
}

function PullQuoteView(props: ReactNodeViewProps) {
  return <QuoteBlockView {...props} variant={pullQuote} />
}

/** The shared Quote node, shown in the editor with its attribution field. */
export const EditorQuote = Quote.extend<QuoteViewOptions>({
  addOptions() {
    return { onFieldBlur: () => {} }
  },
  addNodeView() {
    return ReactNodeViewRenderer(QuoteView)
  }
})

/** The shared PullQuote node, shown in the editor with its attribution field. */
export const EditorPullQuote = PullQuote.extend<QuoteViewOptions>({
  addOptions() {
    return { onFieldBlur: () => {} }
  },
  addNodeView() {
    return ReactNodeViewRenderer(PullQuoteView)
  }
})
