import type { Article } from '../../../shared/article/article'
import { namedBylines } from '../../../shared/article/meta'
import { escapeAttribute, escapeText } from './html-escape'
import { machineDate, readerDate, westernDates, type PageDateStyle } from './page-dates'

const bylineList = new Intl.ListFormat('ar', { type: 'conjunction' })

/**
 * The article's <header>: kicker, headline, dek, bylines, dateline and date,
 * each written only when the article has it, so the page never carries an
 * empty element.
 */
export function articleHeader(article: Article, dates: PageDateStyle = westernDates, publishedAt: string | null = null): string {
  const { kicker, headline, dek, dateline } = article.meta
  const lines: string[] = []
  const add = (value: string, html: (text: string) => string) => {
    if (value.trim()) lines.push(html(escapeText(value.trim())))
  }
  add(kicker, (t) => `<p class="kicker">${t}</p>`)
  add(headline, (t) => `<h1>${t}</h1>`)
  add(dek, (t) => `<p class="dek">${t}</p>`)
  const authors = namedBylines(article.meta)
  if (authors.length > 0) {
    // Each name is its own element (sites link or style authors one by one),
    // joined the way Arabic lists names: «أ، ب وج».
    const names = bylineList.formatToParts(authors).map((part) =>
      part.type === 'element' ? `<span class="author">${escapeText(part.value)}</span>` : escapeText(part.value)
    )
    lines.push(`<p class="byline">${names.join('')}</p>`)
  }
  add(dateline, (t) => `<p class="dateline">${t}</p>`)
  // The date readers see is the publication's; a draft shows none.
  const published = publishedAt ? machineDate(publishedAt) : null
  const shown = published ? readerDate(published, dates) : null
  if (published && shown) lines.push(`<p class="published"><time datetime="${escapeAttribute(published)}">${escapeText(shown)}</time></p>`)
  return lines.length > 0 ? `<header>\n${lines.join('\n')}\n</header>` : ''
}
