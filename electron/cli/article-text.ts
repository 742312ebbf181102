import type { Article } from '../../shared/article/article'
import type { BodyNode } from '../../shared/article/body'
import { distinctTags, namedBylines } from '../../shared/article/meta'

/** Words the text needs in the interface language (a label, a status). */
export type Words = (key: string, params?: Record<string, string | number>) => string

const inlineText = (node: BodyNode): string => {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'hardBreak') return '\n'
  return (node.content ?? []).map(inlineText).join('')
}

/** Each line of a block's text behind the same mark, as quotes and list items continue. */
const marked = (mark: string, text: string, rest = ' '.repeat(mark.length)): string[] =>
  text.split('\n').map((line, index) => `${index === 0 ? mark : rest}${line}`)

function blockLines(node: BodyNode, words: Words, figures: { count: number }): string[] {
  const attrs = node.attrs ?? {}
  const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')
  switch (node.type) {
    case 'paragraph':
      return [inlineText(node)]
    case 'heading':
      return marked(`${'#'.repeat(Number(attrs.level) || 2)} `, inlineText(node))
    case 'quote':
    case 'pullQuote': {
      const said = (node.content ?? []).flatMap((child) => marked('> ', inlineText(child), '> '))
      const by = text(attrs.attribution)
      return by ? [...said, `> — ${by}`] : said
    }
    case 'bulletList':
    case 'orderedList': {
      const start = Number(attrs.start) || 1
      return (node.content ?? []).flatMap((item, index) => {
        const mark = node.type === 'orderedList' ? `${start + index}. ` : '• '
        const [first, ...more] = (item.content ?? []).flatMap((child) => blockLines(child, words, figures))
        return [...marked(mark, first ?? ''), ...more.map((line) => `${' '.repeat(mark.length)}${line}`)]
      })
    }
    case 'figure': {
      figures.count += 1
      const picture = attrs.mediaId ? words('cli.show.figure', { n: figures.count }) : words('cli.show.figure_waiting', { n: figures.count })
      const lines = [`[${picture}]`]
      if (text(attrs.caption)) lines.push(`${words('cli.show.caption')}: ${text(attrs.caption)}`)
      if (text(attrs.credit)) lines.push(`${words('cli.show.credit')}: ${text(attrs.credit)}`)
      if (text(attrs.alt)) lines.push(`${words('cli.show.alt')}: ${text(attrs.alt)}`)
      return lines
    }
    case 'table':
      return (node.content ?? []).map((row) => (row.content ?? []).map((cell) => inlineText(cell).replace(/\s+/g, ' ').trim()).join(' | '))
    case 'horizontalRule':
      return ['* * *']
    default: {
      // A block this text view does not know yet still shows its words.
      const plain = inlineText(node).trim()
      return plain ? [plain] : []
    }
  }
}

/**
 * The whole article as terminal text: its place in the workflow and its
 * metadata as labelled lines, then the body block by block — headings marked
 * with #, quotes with > and their attribution, lists, figures (numbered as
 * `picture --figure N` counts them) with their caption and credit.
 */
export function articleText(article: Article, words: Words): string {
  const { meta } = article
  const labelled: [string, string][] = [
    ['cli.show.status', words(`status.${article.status}`)],
    ['cli.show.section', meta.section],
    ['cli.show.kicker', meta.kicker],
    ['cli.show.headline', meta.headline],
    ['cli.show.dek', meta.dek],
    ['cli.show.bylines', namedBylines(meta).join('، ')],
    ['cli.show.dateline', meta.dateline],
    ['cli.show.tags', distinctTags(meta).map((tag) => `#${tag}`).join(' ')],
    ['cli.show.slug', meta.slug]
  ]
  const head = labelled.filter(([, value]) => value.trim() !== '').map(([key, value]) => `${words(key)}: ${value}`)
  const figures = { count: 0 }
  const blocks = (article.body.content ?? []).map((node) => blockLines(node, words, figures).join('\n')).filter((block) => block.trim() !== '')
  return [head.join('\n'), ...blocks].join('\n\n')
}
