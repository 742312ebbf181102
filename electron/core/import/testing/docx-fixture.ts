// For tests: .docx files written the way Word lays one out (content types,
// package and document relationships, styles with display names, the
// document, and pictures in word/media), so the importer reads real files.
import JSZip from 'jszip'

export const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'

export const run = (text: string, props = '') =>
  `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`

export interface ParagraphOptions {
  style?: string
  /** `true` writes <w:bidi/>, `false` writes <w:bidi w:val="0"/> (Word's "left-to-right" over an RTL style). */
  bidi?: boolean
  /** A list paragraph: Word's numbering, list 1 at this level. */
  list?: number
}

export function paragraph(options: ParagraphOptions, ...runs: string[]): string {
  const props = [
    options.style ? `<w:pStyle w:val="${options.style}"/>` : '',
    options.list !== undefined ? `<w:numPr><w:ilvl w:val="${options.list}"/><w:numId w:val="1"/></w:numPr>` : '',
    options.bidi === true ? '<w:bidi/>' : options.bidi === false ? '<w:bidi w:val="0"/>' : ''
  ].join('')
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs.join('')}</w:p>`
}

/** A run holding an inline picture, as Word writes one: docPr carries the alt text, a: and pic: are declared where used. */
export function pictureRun(relId: string, alt: { descr?: string; title?: string } = {}): string {
  const descr = alt.descr !== undefined ? ` descr="${alt.descr}"` : ''
  const title = alt.title !== undefined ? ` title="${alt.title}"` : ''
  return `<w:r><w:drawing><wp:inline><wp:extent cx="3000000" cy="2000000"/><wp:docPr id="1" name="Picture 1"${descr}${title}/>` +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    `<pic:nvPicPr><pic:cNvPr id="0" name="photo"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="${relId}"/></pic:blipFill>` +
    '<pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
}

const paragraphStyles = ['Title', 'Heading1', 'Heading2', 'Quote', 'Caption', 'ListParagraph']
const styleName = (id: string) => (id === 'Caption' ? 'caption' : id.replace(/(\d)/, ' $1').replace('ListParagraph', 'List Paragraph'))

export interface DocxFixture {
  body: string
  /** word/media/<name> → bytes, each with a relationship id `rId<name without extension>`. */
  media?: Record<string, Uint8Array>
  /** Put <w:bidi/> on the Normal style, as an Arabic Word template does. */
  rtlNormalStyle?: boolean
  /** word/footnotes.xml: footnote i+1 says notes[i] (cite it with footnoteRun). */
  footnotes?: string[]
  /** word/comments.xml: comment i says comments[i] (anchor it with commentRun). */
  comments?: string[]
}

/** The run Word writes where footnote `id` (1-based) is cited. */
export const footnoteRun = (id: number) => `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`

/** The commented words, with the comment's anchor after them, as Word writes them (id 0-based). */
export const commentedRun = (id: number, text: string) =>
  `<w:commentRangeStart w:id="${id}"/>${run(text)}<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`

/** An embedded OLE object (an Excel sheet), as Word writes one in a run. */
export const embeddedObjectRun = () =>
  '<w:r><w:object xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><v:shape id="_x0000_i1025" style="width:200pt;height:80pt"/>' +
  '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Content" ObjectID="_1"/></w:object></w:r>'

export async function docxFile({ body, media = {}, rtlNormalStyle = false, footnotes = [], comments = [] }: DocxFixture): Promise<Uint8Array> {
  const zip = new JSZip()
  const normal = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>${rtlNormalStyle ? '<w:pPr><w:bidi/></w:pPr>' : ''}</w:style>`
  const styles = paragraphStyles
    .map((id) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${styleName(id)}"/><w:basedOn w:val="Normal"/></w:style>`)
    .join('')
  const mediaRels = Object.keys(media)
    .map((name) => `<Relationship Id="rId${name.replace(/\..*$/, '')}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/${name}"/>`)
    .join('')
  const noteRels =
    (footnotes.length > 0 ? '<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>' : '') +
    (comments.length > 0 ? '<Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>' : '')
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/><Default Extension="svg" ContentType="image/svg+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>')
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>${mediaRels}${noteRels}</Relationships>`)
  zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W_NS}>${normal}${styles}</w:styles>`)
  zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W_NS}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`)
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W_NS}><w:body>${body}</w:body></w:document>`)
  for (const [name, bytes] of Object.entries(media)) zip.file(`word/media/${name}`, bytes)
  if (footnotes.length > 0) {
    const notes = footnotes.map((note, i) => `<w:footnote w:id="${i + 1}"><w:p>${run(note)}</w:p></w:footnote>`).join('')
    zip.file('word/footnotes.xml', `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${W_NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${notes}</w:footnotes>`)
  }
  if (comments.length > 0) {
    const said = comments.map((comment, i) => `<w:comment w:id="${i}" w:author="المحرر" w:initials="م"><w:p>${run(comment)}</w:p></w:comment>`).join('')
    zip.file('word/comments.xml', `<?xml version="1.0" encoding="UTF-8"?><w:comments ${W_NS}>${said}</w:comments>`)
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

/** Rewrites the unpacked size a zip's central directory declares for one entry. */
export function declareSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const bytes = zip.slice()
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const name = new TextEncoder().encode(entry)
  for (let at = 0; at + 46 < bytes.byteLength; at++) {
    const isEntry = view.getUint32(at, true) === 0x02014b50 && view.getUint16(at + 28, true) === name.length
    if (isEntry && name.every((b, i) => bytes[at + 46 + i] === b)) view.setUint32(at + 24, size, true)
  }
  return bytes
}
