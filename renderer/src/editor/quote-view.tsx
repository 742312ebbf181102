import { NodeViewContent, NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react'
import { Quote } from '../../../shared/schema/quote'
import { useT } from '../i18n/locale-context'
import { blockDir } from './block-dir'
import { typedAs } from './field-typography'
import { useTypedField } from './use-typed-field'

export interface QuoteViewOptions {
  /** The attribution field lost focus: save now. */
  onFieldBlur: () => void
}

function QuoteView({ node, updateAttributes, extension }: ReactNodeViewProps) {
  const t = useT()
  const attribution = useTypedField<HTMLInputElement>(String(node.attrs.attribution ?? ''))
  const { onFieldBlur } = extension.options as QuoteViewOptions
  return (
    // The wrapper carries the block's own direction: an English quote switched
    // to left-to-right shows its text and its rule from the left.
    <NodeViewWrapper as="figure" className="quote-block" data-type="quote" dir={blockDir(node)} aria-label={t('quote.label')}>
      <NodeViewContent<'blockquote'> as="blockquote" className="quote-text" />
      {/* Outside the editable content: who said it is not part of what was said. */}
      <figcaption className="quote-attribution" contentEditable={false}>
        <label>
          <span className="quote-dash" aria-hidden="true">—</span>
          <span className="visually-hidden">{t('quote.attribution')}</span>
          <input
            data-testid="quote-attribution"
            data-check-target="quote.attribution"
            {...typedAs('copy')}
            ref={attribution}
            defaultValue={String(node.attrs.attribution ?? '')}
            placeholder={t('quote.attribution.placeholder')}
            onChange={(event) => updateAttributes({ attribution: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === 'Enter') event.preventDefault()
            }}
            onBlur={onFieldBlur}
          />
        </label>
      </figcaption>
    </NodeViewWrapper>
  )
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
