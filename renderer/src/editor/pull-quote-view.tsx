import { NodeViewContent, NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react'
import { PullQuote } from '../../../shared/schema/pull-quote'
import { useT } from '../i18n/locale-context'
import { blockDir } from './block-dir'
import { typedAs } from './field-typography'
import { useTypedField } from './use-typed-field'

export interface PullQuoteViewOptions {
  /** The attribution field lost focus: save now. */
  onFieldBlur: () => void
}

function PullQuoteView({ node, updateAttributes, extension }: ReactNodeViewProps) {
  const t = useT()
  const attribution = useTypedField<HTMLInputElement>(String(node.attrs.attribution ?? ''))
  const { onFieldBlur } = extension.options as PullQuoteViewOptions
  return (
    <NodeViewWrapper as="aside" className="pull-quote-block" data-type="pull-quote" dir={blockDir(node)} aria-label={t('pullQuote.label')}>
      <NodeViewContent<'blockquote'> as="blockquote" className="pull-quote-text" />
      <p className="quote-attribution" contentEditable={false}>
        <label>
          <span className="quote-dash" aria-hidden="true">—</span>
          <span className="visually-hidden">{t('pullQuote.attribution')}</span>
          <input
            data-testid="pull-quote-attribution"
            data-check-target="pullQuote.attribution"
            {...typedAs('copy')}
            ref={attribution}
            defaultValue={String(node.attrs.attribution ?? '')}
            placeholder={t('pullQuote.attribution.placeholder')}
            onChange={(event) => updateAttributes({ attribution: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === 'Enter') event.preventDefault()
            }}
            onBlur={onFieldBlur}
          />
        </label>
      </p>
    </NodeViewWrapper>
  )
}

/** The shared PullQuote node, shown in the editor with its attribution field. */
export const EditorPullQuote = PullQuote.extend<PullQuoteViewOptions>({
  addOptions() {
    return { onFieldBlur: () => {} }
  },
  addNodeView() {
    return ReactNodeViewRenderer(PullQuoteView)
  }
})
