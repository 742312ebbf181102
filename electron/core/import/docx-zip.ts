import { MidadError } from '../../../shared/contract/errors'

/** What a .docx may unpack to: a long article with photos is a few tens of MB. */
export const MAX_DOCX_UNPACKED_BYTES = 100 * 1024 * 1024
/** The document's own XML: a 10,000-word article is a few MB of it. */
export const MAX_DOCX_DOCUMENT_XML_BYTES = 30 * 1024 * 1024

const isZipStart = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
export const looksLikeZip = isZipStart

/**
 * Reads a zip's central directory to refuse a damaged archive or a zip bomb
 * before the Word reader inflates anything.
 */
export function checkDocxZip(bytes: Uint8Array, fileName: string): void {
  const damaged = () => new MidadError('import_docx_damaged', { fileName })
  if (!isZipStart(bytes)) throw damaged()
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = -1
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) throw damaged()
  const entries = view.getUint16(end + 10, true)
  let offset = view.getUint32(end + 16, true)
  let unpacked = 0
  let documentXml = 0
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== 0x02014b50) throw damaged()
    const size = view.getUint32(offset + 24, true)
    // 0xffffffff means a ZIP64 size: far beyond any article.
    const entrySize = size === 0xffffffff ? Infinity : size
    unpacked += entrySize
    const nameLength = view.getUint16(offset + 28, true)
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength))
    if (name === 'word/document.xml') documentXml = entrySize
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true)
  }
  if (unpacked > MAX_DOCX_UNPACKED_BYTES || documentXml > MAX_DOCX_DOCUMENT_XML_BYTES) {
    throw new MidadError('import_too_large', { fileName, limitMb: MAX_DOCX_UNPACKED_BYTES / (1024 * 1024) })
  }
}
