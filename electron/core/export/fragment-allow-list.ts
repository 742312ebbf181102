import sanitizeHtml from 'sanitize-html'
import { isPublishedArticlePath } from '../../../shared/schema/internal-link'
import { isExportedImagePath } from './media-id'

// The last gate before a page leaves the app (docs/publishing.md): whatever a
// stored body holds — pasted, imported, or written into the database by hand —
// the published article keeps only the elements and attributes the renderer
// itself writes. Everything else is dropped, its text kept as text.

const linkHref = /^(?:https?:\/\/|mailto:)/i

// Renamed to a tag that is not allowed: the element goes, its words stay.
const unwrap = { tagName: 'midad-unwrapped', attribs: {} }

const srcsetPaths = (srcset: string): string[] =>
  srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean)

const onlyExportedImages = (srcset: string | undefined): boolean =>
  srcset === undefined || (srcsetPaths(srcset).length > 0 && srcsetPaths(srcset).every(isExportedImagePath))

// The only values these may take on the page: the page is right-to-left, a
// block says so only when it differs; a Latin run is English or French.
// A table's scrolling box is a focusable region; a header cell heads its column or its row.
const allowedValues: Record<string, readonly string[]> = {
  dir: ['ltr'],
  lang: ['en', 'fr'],
  'data-type': ['quote'],
  role: ['region'],
  tabindex: ['0'],
  scope: ['col', 'row']
}

// A cell spans a whole number of columns or rows.
const spanValue = /^[1-9]\d{0,2}$/

function withAllowedValues(attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  return Object.fromEntries(
    Object.entries(attribs).filter(([name, value]) => allowedValues[name]?.includes(value) ?? true)
  )
}

// sanitize-html runs one transform per element (its own name's, else '*').
function published(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  // A link leads to the web, to an e-mail, or to another exported article.
  if (tagName === 'a') {
    const href = attribs.href ?? ''
    if (!linkHref.test(href) && !isPublishedArticlePath(href)) return unwrap
  }
  const cell = tagName === 'td' || tagName === 'th'
  const kept = cell ? Object.fromEntries(Object.entries(attribs).filter(([name, value]) => !/^(colspan|rowspan)$/.test(name) || spanValue.test(value))) : attribs
  return { tagName, attribs: withAllowedValues(kept) }
}

export const fragmentAllowList: sanitizeHtml.IOptions = {
  allowedTags: [
    'article', 'header', 'p', 'h1', 'h2', 'h3', 'time', 'figure', 'picture', 'source', 'img', 'figcaption', 'span',
    'blockquote', 'cite', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'br', 'hr', 'aside',
    'div', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td'
  ],
  allowedAttributes: {
    // lang: an English block (block-language.ts); its values are checked below.
    '*': ['dir', 'lang'],
    p: ['class', 'dir'],
    span: ['class', 'lang', 'dir'],
    time: ['datetime'],
    figure: ['class', 'data-type', 'dir'],
    aside: ['class', 'dir'],
    a: ['rel', 'href', 'data-article-id'],
    img: ['src', 'srcset', 'sizes', 'width', 'height', 'alt', 'loading', 'fetchpriority', 'decoding'],
    source: ['type', 'srcset', 'sizes'],
    ol: ['start', 'dir'],
    div: ['class', 'role', 'aria-label', 'tabindex', 'dir'],
    th: ['scope', 'colspan', 'rowspan', 'dir'],
    td: ['colspan', 'rowspan', 'dir']
  },
  allowedClasses: {
    p: ['kicker', 'dek', 'byline', 'dateline', 'published'],
    span: ['author', 'credit'],
    figure: ['lead-image'],
    aside: ['related', 'pull-quote'],
    div: ['table-scroll']
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: [], source: [] },
  allowProtocolRelative: false,
  // An attribute whose value is refused goes altogether, not left bare (`<span lang>`).
  nonBooleanAttributes: ['*'],
  // (sanitize-html keeps an empty alt by default: a decorative picture says so with alt="".)
  disallowedTagsMode: 'discard',
  // The void elements the article uses; sanitize-html's own list lacks <source>.
  selfClosing: ['img', 'br', 'hr', 'source'],
  // Dropped with everything inside them, should they ever reach the fragment.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math'],
  transformTags: { '*': published },
  // Pictures come from the export's own images/ folder, nowhere else.
  exclusiveFilter: (frame) => {
    if (frame.tag === 'img') return !(frame.attribs.src !== undefined && isExportedImagePath(frame.attribs.src) && onlyExportedImages(frame.attribs.srcset))
    if (frame.tag === 'source') return !(frame.attribs.srcset !== undefined && onlyExportedImages(frame.attribs.srcset))
    return false
  }
}

/**
 * The fragment as published. sanitize-html writes void elements XML-style
 * (`<br />`); the page is HTML, so they are written `<br>`. This cannot touch
 * text: sanitize-html escapes every `>` in text and attribute values.
 */
export function allowListed(html: string): string {
  return sanitizeHtml(html, fragmentAllowList).replace(/ \/>/g, '>')
}
