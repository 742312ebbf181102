import type { AnyExtension } from '@tiptap/core'
import StarterKit, { type StarterKitOptions } from '@tiptap/starter-kit'
import { Figure } from './figure'
import { Quote } from './quote'
import { BlockDirection } from './block-direction'
import { PullQuote } from './pull-quote'
import { RelatedArticles } from './related-articles'
import { LangMark } from './lang-mark'
import { isAllowedLinkHref } from './link-policy'
import { ArticleTable, TableCell, TableHeader, TableRow } from './table'

/**
 * The article schema, defined once: the editor and the exporter both build from
 * this list, so what is written is exactly what is published.
 * StarterKit parts that add no node or mark (history, cursors) are left to the
 * editor, which passes them in `kit`.
 */
export const schemaKitOptions: Partial<StarterKitOptions> = {
  heading: { levels: [2, 3] },
  blockquote: false,
  code: false,
  codeBlock: false,
  strike: false,
  underline: false,
  // The separator: <hr> between parts of the story.
  horizontalRule: {},
  undoRedo: false,
  dropcursor: false,
  gapcursor: false,
  trailingNode: false,
  listKeymap: false,
  link: {
    openOnClick: false,
    autolink: true,
    defaultProtocol: 'https',
    protocols: ['http', 'https', 'mailto'],
    isAllowedUri: (url) => isAllowedLinkHref(url),
    shouldAutoLink: (url) => isAllowedLinkHref(url),
    HTMLAttributes: { rel: 'noopener noreferrer', target: null }
  }
}

export interface ArticleExtensionParts {
  kit?: Partial<StarterKitOptions>
  figure?: AnyExtension
  quote?: AnyExtension
  pullQuote?: AnyExtension
  relatedArticles?: AnyExtension
  table?: AnyExtension
}

export function articleExtensions(parts: ArticleExtensionParts = {}): AnyExtension[] {
  return [
    StarterKit.configure({ ...schemaKitOptions, ...parts.kit }),
    parts.figure ?? Figure,
    parts.quote ?? Quote,
    parts.pullQuote ?? PullQuote,
    parts.relatedArticles ?? RelatedArticles,
    parts.table ?? ArticleTable,
    TableRow,
    TableHeader,
    TableCell,
    LangMark,
    BlockDirection
  ]
}
