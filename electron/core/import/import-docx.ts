import { posix } from 'node:path'
import mammoth from 'mammoth'
import { MidadError } from '../../../shared/contract/errors'
import { MAX_IMAGE_BYTES } from '../../../shared/contract/operations'
import { addUnkept, nothingUnkept } from '../../../shared/paste/unkept-content'
import { articleFromHtml } from './article-from-html'
import { CAPTION_CLASS, pictureKey, placeDocxMarkers } from './docx-html-markers'
import { markDocument } from './docx-markers'
import { documentRelationships, relatedPart, relationshipsPartOf } from './docx-relationships'
import { styleDirection } from './docx-style-direction'
import { openDocxZip, type DocxZip } from './docx-zip'
import type { ImportedArticle, ImportedPicture } from './imported-article'
import { docxUnkept } from './docx-unkept'

// Word's paragraph styles as the article knows them: the title and the first
// Heading 1 are headline candidates (article-from-html takes the first h1 and
// turns the others into h2), quotes become quotes, and a "Caption" paragraph
// is kept apart so it can become its picture's caption.
const styleMap = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  `p[style-name='Caption'] => p.${CAPTION_CLASS}:fresh`
]

// Pictures reach the article through markers (docx-markers.ts) and core's
// media store; the reader is never asked to read their bytes.
const noImage = mammoth.images.imgElement(async () => ({ src: '' }))

const utf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

/**
 * The zip as the Word reader reads it, so every part it inflates is bounded
 * by docx-zip.ts and the document it reads is the marked one. This is
 * mammoth's `file` input: not in its README, but the shape its own unzip step
 * hands on (`exists`, `read`); mammoth's version is pinned, and every .docx
 * test fails if a new one drops it.
 */
function readerFile(zip: DocxZip, replaced: Map<string, string>) {
  return {
    exists: (name: string) => zip.has(name),
    read: async (name: string, encoding?: string) => {
      const text = replaced.get(name)
      if (text !== undefined) return encoding ? text : new TextEncoder().encode(text)
      const bytes = zip.read(name)
      if (encoding === 'base64') return Buffer.from(bytes).toString('base64')
      return encoding ? new TextDecoder(encoding).decode(bytes) : bytes
    }
  }
}

// A picture's bytes, or null when it waits for its image: linked from outside
// the file, missing, larger than the media store takes, or not inflating to
// the size its zip entry declares (a zip bomb).
function pictureBytes(zip: DocxZip, part: string | null): Uint8Array | null {
  if (!part || !zip.has(part) || (zip.sizeOf(part) ?? Infinity) > MAX_IMAGE_BYTES) return null
  try {
    return zip.read(part)
  } catch {
    return null
  }
}

/**
 * A Word file as an article: its text through the Word reader, with what the
 * reader drops put back — paragraph direction (an English paragraph in an
 * Arabic file becomes an LTR block) and its pictures as figures where they
 * stood. Pictures come back as bytes for core to store; each figure names its
 * picture by a placeholder key until then.
 */
export async function articleFromDocx(bytes: Uint8Array, fileName: string): Promise<ImportedArticle> {
  const zip = openDocxZip(bytes, fileName)
  const text = (part: string) => (zip.has(part) ? utf8(zip.read(part)) : null)
  let html: string
  let marked: ReturnType<typeof markDocument>
  let unread: ReturnType<typeof docxUnkept>
  try {
    const documentPart = relatedPart(text('_rels/.rels'), '', 'officeDocument', 'word/document.xml')
    const relsXml = text(relationshipsPartOf(documentPart))
    const documentXml = text(documentPart)
    const stylesXml = text(relatedPart(relsXml, documentPart, 'styles', 'word/styles.xml'))
    unread = docxUnkept(documentXml)
    marked = documentXml
      ? markDocument(documentXml, styleDirection(stylesXml), documentRelationships(relsXml, documentPart))
      : { xml: '', pictures: [] }
    const file = readerFile(zip, documentXml ? new Map([[documentPart, marked.xml]]) : new Map())
    const result = await mammoth.convertToHtml({ file } as unknown as { buffer: Buffer }, {
      styleMap,
      convertImage: noImage,
      externalFileAccess: false,
      // The markers are found by their bookmark names, unprefixed; and a style
      // map the file embeds for mammoth is not Word's, so it has no say.
      idPrefix: '',
      includeEmbeddedStyleMap: false
    })
    html = result.value
  } catch (error) {
    throw new MidadError('import_docx_damaged', { fileName }, (error as Error).message)
  }

  const pictures: ImportedPicture[] = []
  // A photo placed twice is one part, read once.
  const read = new Map<string | null, Uint8Array | null>()
  const keys = marked.pictures.map((picture, index) => {
    if (!read.has(picture.part)) read.set(picture.part, pictureBytes(zip, picture.part))
    const data = read.get(picture.part)
    if (!data) return null
    const key = pictureKey(index)
    pictures.push({ key, fileName: posix.basename(picture.part ?? ''), bytes: data })
    return key
  })
  const article = articleFromHtml(html, fileName, { prepare: (body) => placeDocxMarkers(body, marked.pictures, (i) => keys[i] ?? null) })
  // Only pictures whose figure survived into the body are worth storing.
  const used = JSON.stringify(article.body)
  return {
    ...article,
    pictures: pictures.filter((p) => used.includes(`"${p.key}"`)),
    // The Word reader drops comments and embedded objects unseen; footnotes it
    // writes out, and the cleaner takes them out and counts them.
    unkept: addUnkept(article.unkept ?? nothingUnkept(), unread)
  }
}
