import { getSchema } from '@tiptap/core'
import { DOMParser as SchemaParser } from '@tiptap/pm/model'
import { Window } from 'happy-dom'
import { ArticleMeta, emptyMeta } from '../../../shared/article/meta'
import type { ArticleBody } from '../../../shared/article/body'
import { MidadError } from '../../../shared/contract/errors'
import { normalisePastedHtml } from '../../../shared/paste/normalise-pasted-html'
import { articleExtensions } from '../../../shared/schema/article-extensions'
import type { ImportedArticle } from './imported-article'
import { removePageChrome } from './page-chrome'
import { readablePage } from './readable-page'

const schema = getSchema(articleExtensions())

// A DOM that runs nothing and fetches nothing: an imported page is read, never
// loaded, so its scripts, frames, stylesheets and images stay inert.
const inertWindow = () =>
  new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true }
    }
  })

const oneLine = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()

export interface HtmlSource {
  /** A saved web page: its theme's chrome (related, comments, share…) is left out. */
  webPage?: boolean
  /** The importer's own pass over the markup, before the headline is taken and the cleaner runs. */
  prepare?: (body: HTMLElement) => void
}

/**
 * An article from HTML (a saved page, or what .docx and .md become): the first
 * h1 is the headline, else the page title; the rest goes through the same
 * cleaner as a paste, and the article schema keeps only its own nodes.
 */
export function articleFromHtml(html: string, fileName: string, source: HtmlSource = {}): ImportedArticle {
  const window = inertWindow()
  try {
    // Parsed by parse5 first: happy-dom's parser loses the text after an
    // inline <svg> holding a <style> or a <script>, and is given only the
    // visible content, in markup parse5 wrote.
    const page = readablePage(html)
    const doc = new window.DOMParser().parseFromString(`<!doctype html><html><head></head><body>${page.bodyHtml}</body></html>`, 'text/html')
    const body = doc.body as unknown as HTMLElement
    source.prepare?.(body)
    if (source.webPage) removePageChrome(body)
    const max = ArticleMeta.shape.headline.maxLength ?? Infinity
    const h1 = body.querySelector('h1')
    let headline = ''
    // A heading too long to be a headline stays in the body as a subheading.
    if (h1 && oneLine(h1.textContent) && oneLine(h1.textContent).length <= max) {
      headline = oneLine(h1.textContent)
      h1.remove()
    } else {
      headline = oneLine(page.title).slice(0, max)
    }
    const cleaned = normalisePastedHtml(body)
    const unkept = { ...cleaned, objects: cleaned.objects + page.embeddedObjects }
    const parsed = SchemaParser.fromSchema(schema).parse(body as unknown as Node).toJSON() as ArticleBody
    // A Word file holding only a photo is not empty: its figure is the article.
    const hasFigure = body.querySelector('figure[data-type="figure"]') !== null
    if (!headline && !oneLine(body.textContent) && !hasFigure) throw new MidadError('import_empty', { fileName })
    return { meta: { ...emptyMeta, headline }, body: parsed, unkept }
  } finally {
    window.happyDOM.abort()
    void window.happyDOM.close()
  }
}
