import type { ChainedCommands } from '@tiptap/core'
import type { MessageKey } from '../../../shared/i18n/ar'
import { ar } from '../../../shared/i18n/ar'
import { en } from '../../../shared/i18n/en'

export type InsertKind =
  | 'paragraph'
  | 'h2'
  | 'h3'
  | 'quote'
  | 'pullQuote'
  | 'figure'
  | 'bulletList'
  | 'orderedList'
  | 'separator'
  | 'relatedArticles'
  | 'table'

export interface InsertItem {
  kind: InsertKind
  label: MessageKey
  /** Turns the block at the caret into this kind, or adds it after. */
  apply: (chain: ChainedCommands) => ChainedCommands
}

/** Every block the body can hold, in the order the insert menus list them. */
export const insertItems: readonly InsertItem[] = [
  { kind: 'paragraph', label: 'insert.paragraph', apply: (c) => c.setParagraph() },
  { kind: 'h2', label: 'insert.h2', apply: (c) => c.setHeading({ level: 2 }) },
  { kind: 'h3', label: 'insert.h3', apply: (c) => c.setHeading({ level: 3 }) },
  { kind: 'quote', label: 'insert.quote', apply: (c) => c.setParagraph().wrapIn('quote') },
  { kind: 'pullQuote', label: 'insert.pullQuote', apply: (c) => c.setParagraph().wrapIn('pullQuote') },
  {
    kind: 'figure',
    label: 'insert.figure',
    // A figure waiting for its image: the caption and credit can be written
    // before the picture arrives.
    apply: (c) => c.insertContent({ type: 'figure', attrs: { mediaId: null, alt: '', caption: '', credit: '' } })
  },
  { kind: 'bulletList', label: 'insert.bulletList', apply: (c) => c.setParagraph().toggleBulletList() },
  { kind: 'orderedList', label: 'insert.orderedList', apply: (c) => c.setParagraph().toggleOrderedList() },
  { kind: 'separator', label: 'insert.separator', apply: (c) => c.setHorizontalRule() },
  { kind: 'relatedArticles', label: 'insert.relatedArticles', apply: (c) => c.insertContent({ type: 'relatedArticles', attrs: { articles: [] } }) },
  // Three columns and a header row: the shape most newsroom tables start from;
  // rows and columns are added from the toolbar once the caret is inside.
  { kind: 'table', label: 'insert.table', apply: (c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }) }
]

// English names find blocks under the Arabic interface and Arabic names under
// the English one: a journalist types what comes to mind.
const normalized = (text: string) => text.toLowerCase().replace(/[\u064B-\u0652\u0640]/g, '').replace(/[أإآ]/g, 'ا').trim()

/** The items whose Arabic or English name contains what was typed after "/". */
export function matchingInsertItems(query: string): InsertItem[] {
  const q = normalized(query)
  if (q === '') return [...insertItems]
  return insertItems.filter((item) => [ar[item.label], en[item.label], item.kind].some((name) => normalized(name).includes(q)))
}
