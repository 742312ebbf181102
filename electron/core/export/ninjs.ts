import type { Article } from '../../../shared/article/article'
import { distinctTags } from '../../../shared/article/meta'
import { exportedImagePath } from '../../../shared/schema/figure'
import { articleFigures } from './article-figures'
import { cropRatios, type ExportPictures, type Rendition } from './export-pictures'
import { isSafeMediaId } from './media-id'
import { machineDate } from './page-dates'
import type { PublicationFacts } from './publication-facts'

// IPTC ninjs 3.3 (https://iptc.org/std/ninjs/): the article for agencies and
// CMSs that take news as JSON. Validated against IPTC's own schema in
// ninjs.test.ts (fixtures/ninjs-schema_3.3.json).

export const ninjsSchemaUri = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.3.json#'

const bylineList = new Intl.ListFormat('ar', { type: 'conjunction' })
const contentTypes = { jpeg: 'image/jpeg', webp: 'image/webp' } as const

const empty = (value: unknown) => value === '' || value === null || value === undefined || (Array.isArray(value) && value.length === 0)
const withoutEmpty = <T extends Record<string, unknown>>(data: T): Partial<T> =>
  Object.fromEntries(Object.entries(data).filter(([, value]) => !empty(value))) as Partial<T>

/** ninjs wants a date-time with seconds; the stored ISO timestamps have them. Anything else is left out. */
const dateTime = (stored: string): string | null => {
  const date = machineDate(stored)
  return date && /T\d{2}:\d{2}:\d{2}/.test(date) ? date : null
}

/**
 * A rendition as ninjs lists it. `href` must be an absolute URI, which only a
 * base URL gives; the file's place in the export folder is always stated in
 * the `midad:path` extension (ninjs 3.3 rendition extensions).
 */
const absoluteHref = (path: string, facts: PublicationFacts): string | null => {
  const href = facts.absolute(path)
  return /^https?:\/\//.test(href) ? href : null
}

function rendition(r: Rendition, facts: PublicationFacts): Record<string, unknown> {
  return withoutEmpty({
    name: `${r.width}w-${r.format}`,
    href: absoluteHref(r.path, facts),
    contentType: contentTypes[r.format],
    width: r.width,
    height: r.height,
    extensions: { 'midad:path': r.path }
  })
}

/** The lead crops, named by their ratio (`crop-16x9`), as structured data uses them. */
function cropRenditions(pictures: ExportPictures, facts: PublicationFacts): Record<string, unknown>[] {
  const crops = pictures.leadCrops?.crops
  if (!crops) return []
  return cropRatios.map((ratio) => ({ ...rendition(crops[ratio], facts), name: `crop-${ratio}`, aspectRatio: ratio.replace('x', ':') }))
}

function pictureAssociations(article: Article, pictures: ExportPictures, facts: PublicationFacts): Record<string, unknown>[] {
  const lead = article.meta.leadImage
  const body = articleFigures(article.body).filter((figure) => isSafeMediaId(figure.mediaId))
  const shown = [
    ...(lead && isSafeMediaId(lead.mediaId) ? [{ ...lead, name: 'lead' }] : []),
    ...body.map((figure, index) => ({ ...figure, name: `picture-${index + 1}` }))
  ]
  // The crops belong to the picture that stands for the article: listed once, with its first appearance.
  const croppedAt = shown.findIndex((picture) => picture.mediaId === pictures.leadCrops?.mediaId)
  return shown.map((picture, index) => {
    const renditions = pictures.pictures.get(picture.mediaId)
    const listed = [
      ...(renditions ? [...renditions.webp, ...renditions.jpeg].map((r) => rendition(r, facts)) : []),
      ...(index === croppedAt ? cropRenditions(pictures, facts) : [])
    ]
    // A picture the pipeline made no renditions of is offered as the stored file.
    const path = exportedImagePath(picture.mediaId)
    const stored = withoutEmpty({ name: 'original', href: absoluteHref(path, facts), extensions: { 'midad:path': path } })
    return withoutEmpty({
      name: picture.name,
      uri: `urn:midad:media:${picture.mediaId}`,
      type: 'picture',
      headlines: picture.caption.trim() ? [{ role: 'caption', value: picture.caption.trim() }] : null,
      descriptions: picture.alt.trim() ? [{ role: 'alt', value: picture.alt.trim() }] : null,
      by: picture.credit.trim(),
      renditions: listed.length > 0 ? listed : [stored]
    })
  })
}

/** ninjs.json for the article: the same fragment the page shows is its HTML body. */
export function ninjsDocument(article: Article, fragment: string, pictures: ExportPictures, facts: PublicationFacts): string {
  const { meta } = article
  const names = facts.authors.map((author) => author.name)
  const document = withoutEmpty({
    uri: facts.canonical ?? `urn:uuid:${article.id}`,
    standard: { name: 'ninjs', version: '3.3', schema: ninjsSchemaUri },
    type: 'text',
    representationType: 'full',
    version: String(article.version),
    firstCreated: dateTime(article.createdAt),
    versionCreated: dateTime(article.updatedAt),
    // A draft is not for use: agencies and CMSs hold a withheld item back.
    pubStatus: facts.draft ? 'withheld' : 'usable',
    language: 'ar',
    slugline: meta.slug.trim(),
    headlines: [
      ...(meta.headline.trim() ? [{ role: 'main', value: meta.headline.trim() }] : []),
      ...(meta.dek.trim() ? [{ role: 'sub', value: meta.dek.trim() }] : [])
    ],
    descriptions: facts.description ? [{ role: 'summary', value: facts.description }] : null,
    bodies: [{ role: 'main', contentType: 'text/html', wordCount: article.wordCount, value: fragment }],
    by: names.length > 0 ? bylineList.format(names) : null,
    people: facts.authors.map((author) => withoutEmpty({ name: author.name, rel: 'author', uri: author.url })),
    located: meta.dateline.trim(),
    subjects: distinctTags(meta).map((tag) => ({ name: tag, rel: 'keyword' })),
    associations: pictureAssociations(article, pictures, facts)
  })
  return `${JSON.stringify(document, null, 2)}\n`
}
