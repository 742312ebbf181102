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
import Document from '@tiptap/extension-document'
import { BulletList, ListItem, OrderedList } from '@tiptap/extension-list'
import { BLOCK_SUGGESTION_MARKS, reviewMarks } from './review-marks'

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
  // The nodes that hold other blocks come from below, so that they allow a
  // suggestion on a whole block (a paragraph or list item inserted or deleted).
  document: false,
  bulletList: false,
  orderedList: false,
  listItem: false,
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

/**
 * A node that holds other blocks, made to allow the suggestion marks on them:
 * ProseMirror asks the parent which marks its children may carry, and a node
 * without inline content allows none unless it says so.
 */
const holdingSuggestedBlocks = (extension: AnyExtension): AnyExtension =>
  (extension as ReturnType<typeof Document.extend>).extend({ marks: BLOCK_SUGGESTION_MARKS })

export function articleExtensions(parts: ArticleExtensionParts = {}): AnyExtension[] {
  return [
    StarterKit.configure({ ...schemaKitOptions, ...parts.kit }),
    ...[Document, BulletList, OrderedList, ListItem].map(holdingSuggestedBlocks),
    parts.figure ?? Figure,
    holdingSuggestedBlocks(parts.quote ?? Quote),
    holdingSuggestedBlocks(parts.pullQuote ?? PullQuote),
    parts.relatedArticles ?? RelatedArticles,
    holdingSuggestedBlocks(parts.table ?? ArticleTable),
    ...[TableRow, TableHeader, TableCell].map(holdingSuggestedBlocks),
    LangMark,
    BlockDirection,
    ...reviewMarks
  ]
}
