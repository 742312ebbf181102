import { inflateRawSync } from 'node:zlib'
import { MidadError } from '../../../shared/contract/errors'

/** What a .docx may unpack to: a long article with photos is a few tens of MB. */
export const MAX_DOCX_UNPACKED_BYTES = 100 * 1024 * 1024
/** The document's own XML: a 10,000-word article is a few MB of it. */
export const MAX_DOCX_DOCUMENT_XML_BYTES = 30 * 1024 * 1024

const isZipStart = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
export const looksLikeZip = isZipStart

interface ZipEntry {
  method: number
  compressedSize: number
  /** What the central directory declares; reading never inflates past it. */
  size: number
  localHeader: number
}

/** A .docx opened without inflating anything: each part is read on demand. */
export interface DocxZip {
  has(name: string): boolean
  /** The declared unpacked size of a part, or undefined if there is none. */
  sizeOf(name: string): number | undefined
  /**
   * A part's bytes. Throws if the part is missing, stored with a method Word
   * does not use, or inflates to more than the central directory declared
   * (a zip bomb that lies about its size stops at the size it claimed).
   */
  read(name: string): Uint8Array
}

function readDirectory(bytes: Uint8Array, damaged: () => MidadError): Map<string, ZipEntry> {
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
  const count = view.getUint16(end + 10, true)
  let offset = view.getUint32(end + 16, true)
  const entries = new Map<string, ZipEntry>()
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== 0x02014b50) throw damaged()
    const size = view.getUint32(offset + 24, true)
    const nameLength = view.getUint16(offset + 28, true)
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength))
    entries.set(name, {
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      // 0xffffffff means a ZIP64 size: far beyond any article.
      size: size === 0xffffffff ? Infinity : size,
      localHeader: view.getUint32(offset + 42, true)
    })
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true)
  }
  return entries
}

/**
 * Reads a zip's central directory to refuse a damaged archive or a zip bomb
 * before anything is inflated, and opens it for reading part by part.
 */
export function openDocxZip(bytes: Uint8Array, fileName: string): DocxZip {
  const damaged = () => new MidadError('import_docx_damaged', { fileName })
  const entries = readDirectory(bytes, damaged)
  let unpacked = 0
  for (const entry of entries.values()) unpacked += entry.size
  const documentXml = entries.get('word/document.xml')?.size ?? 0
  // The message names the limit the file actually ran into, not its own size's.
  if (unpacked > MAX_DOCX_UNPACKED_BYTES) {
    throw new MidadError('import_docx_unpacks_too_large', { fileName, limitMb: MAX_DOCX_UNPACKED_BYTES / (1024 * 1024) })
  }
  if (documentXml > MAX_DOCX_DOCUMENT_XML_BYTES) {
    throw new MidadError('import_docx_unpacks_too_large', { fileName, limitMb: MAX_DOCX_DOCUMENT_XML_BYTES / (1024 * 1024) })
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return {
    has: (name) => entries.has(name),
    sizeOf: (name) => entries.get(name)?.size,
    read(name) {
      const entry = entries.get(name)
      if (!entry) throw damaged()
      const at = entry.localHeader
      if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== 0x04034b50) throw damaged()
      const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
      if (start + entry.compressedSize > bytes.byteLength) throw damaged()
      const data = bytes.subarray(start, start + entry.compressedSize)
      let out: Uint8Array
      if (entry.method === 0) out = data
      else if (entry.method === 8) {
        try {
          // One byte of room beyond the declared size tells a lie from the truth.
          out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size + 1) })
        } catch {
          throw damaged()
        }
      } else throw damaged()
      if (out.byteLength !== entry.size) throw damaged()
      return out
    }
  }
}

/** Refuses a damaged archive or a zip bomb before the Word reader inflates anything. */
export function checkDocxZip(bytes: Uint8Array, fileName: string): void {
  openDocxZip(bytes, fileName)
}
