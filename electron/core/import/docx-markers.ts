import { isOn, walkXml, wordPrefixOf, type XmlTag } from './docx-xml'
import { isLeftToRightParagraph } from './paragraph-direction'

/** Bookmark names the Word reader turns into `<a id>` where they stood. */
export const LTR_MARKER = '_midad_ltr_'
export const PICTURE_MARKER = '_midad_picture_'

/** A picture as the document places it. */
export interface DocxPicture {
  /** The marker's name: where the picture sits in the converted HTML. */
  marker: string
  /** The picture's description (Word's alt text), else its title. */
  alt: string
  /** The part holding its bytes, or null for a picture linked from outside the file. */
  part: string | null
}

export interface MarkedDocument {
  xml: string
  pictures: DocxPicture[]
}

interface OpenParagraph {
  markerAt: number
  bidi?: boolean
  styleId?: string
  text: string
}

interface OpenPicture {
  at: number
  alt: string
  rel: string | null
  linked: boolean
}

// Enough text to judge a paragraph's direction by.
const SAMPLE_CHARS = 2000

/**
 * Marks word/document.xml for the Word reader, which drops what an Arabic
 * article needs: each left-to-right paragraph gets a bookmark at its start,
 * and each picture a bookmark where it stands. The reader carries bookmarks
 * into its HTML as anchors inside the very element they were in, so a mark
 * lands on its own heading, list item, quote or table cell; nothing depends
 * on counting paragraphs the same way the reader does. Content the reader
 * skips (mc:Choice, moved-away and deleted text) is skipped here too.
 */
export function markDocument(
  xml: string,
  styleIsRtl: (styleId: string | undefined) => boolean,
  relationships: Map<string, string | null>
): MarkedDocument {
  const prefix = wordPrefixOf(xml)
  if (!prefix) return { xml, pictures: [] }
  const stack: string[] = []
  const paragraphs: OpenParagraph[] = []
  const openPictures: OpenPicture[] = []
  const insertions: { at: number; text: string }[] = []
  const pictures: DocxPicture[] = []
  let skipping = 0
  let bookmarkId = 900_000
  const bookmark = (name: string) => `<${prefix}:bookmarkStart ${prefix}:id="${bookmarkId++}" ${prefix}:name="${name}"/>`
  const skipped = new Set(['mc:Choice', 'w:moveFrom', 'w:del'])

  const open = (tag: XmlTag) => {
    const parent = stack[stack.length - 1]
    const grandparent = stack[stack.length - 2]
    const paragraph = paragraphs[paragraphs.length - 1]
    const picture = openPictures[openPictures.length - 1]
    if (tag.name === 'w:p' && !tag.selfClosing) paragraphs.push({ markerAt: tag.end, text: '' })
    else if (tag.name === 'w:bidi' && parent === 'w:pPr' && grandparent === 'w:p' && paragraph) paragraph.bidi = isOn(tag)
    else if (tag.name === 'w:pStyle' && parent === 'w:pPr' && grandparent === 'w:p' && paragraph) paragraph.styleId = tag.attributes['w:val']
    else if ((tag.name === 'w:drawing' || tag.name === 'w:pict') && !tag.selfClosing) {
      openPictures.push({ at: tag.start, alt: '', rel: null, linked: false })
    } else if (tag.name === 'wp:docPr' && picture) {
      const { descr, title } = tag.attributes
      picture.alt = (descr?.trim() ? descr : title ?? '').trim()
    } else if (tag.name === 'a:blip' && parent === 'pic:blipFill' && picture && !picture.rel && !picture.linked) {
      picture.rel = tag.attributes['r:embed'] ?? null
      picture.linked = !picture.rel && Boolean(tag.attributes['r:link'])
    } else if (tag.name === 'v:imagedata' && picture && !picture.rel) {
      picture.rel = tag.attributes['r:id'] ?? null
      if (!picture.alt) picture.alt = (tag.attributes['o:title'] ?? '').trim()
    }
  }

  const close = (name: string) => {
    if (name === 'w:p') {
      const paragraph = paragraphs.pop()
      if (!paragraph) return
      const bidi = paragraph.bidi ?? styleIsRtl(paragraph.styleId)
      if (isLeftToRightParagraph(bidi, paragraph.text)) {
        insertions.push({ at: paragraph.markerAt, text: bookmark(`${LTR_MARKER}${insertions.length}`) })
      }
    } else if (name === 'w:drawing' || name === 'w:pict') {
      const picture = openPictures.pop()
      if (!picture || (!picture.rel && !picture.linked)) return
      const marker = `${PICTURE_MARKER}${pictures.length}`
      const part = picture.rel ? (relationships.get(picture.rel) ?? null) : null
      pictures.push({ marker, alt: picture.alt, part })
      insertions.push({ at: picture.at, text: bookmark(marker) })
    }
  }

  const walked = walkXml(xml, {
    tag(tag) {
      if (tag.closing) {
        const name = stack.pop()
        if (name !== undefined && skipped.has(name)) skipping--
        else if (name !== undefined && skipping === 0) close(name)
        return
      }
      if (skipping === 0) open(tag)
      if (tag.selfClosing) return
      stack.push(tag.name)
      if (skipped.has(tag.name)) skipping++
    },
    text(text) {
      const paragraph = paragraphs[paragraphs.length - 1]
      if (skipping === 0 && stack[stack.length - 1] === 'w:t' && paragraph && paragraph.text.length < SAMPLE_CHARS) {
        paragraph.text += text
      }
    }
  })
  if (!walked) return { xml, pictures: [] }

  // Insertions are in closing order; the text is rebuilt once, front to back.
  insertions.sort((a, b) => a.at - b.at)
  let out = ''
  let from = 0
  for (const { at, text } of insertions) {
    out += xml.slice(from, at) + text
    from = at
  }
  return { xml: out + xml.slice(from), pictures }
}
