import { MidadError } from '../../../shared/contract/errors'
import { limitMb } from '../../../shared/contract/import-limits'

const utf16ByteOrderMarks = [
  [0xff, 0xfe],
  [0xfe, 0xff]
]

// C0 controls other than tab, line feed, form feed and carriage return do not
// occur in text a journalist typed; NUL in particular marks images, PDFs, Word
// files and UTF-16 text.
const isBinaryByte = (b: number): boolean => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d

export const megabytes = (bytes: number) => bytes / (1024 * 1024)

/**
 * The text of a .txt, .md or .html file: refused when it is too large, binary
 * or not UTF-8, before anything else reads it.
 */
export function decodeArticleText(bytes: Uint8Array, fileName: string, maxBytes: number): string {
  if (bytes.byteLength > maxBytes) {
    throw new MidadError('import_too_large', { fileName, limitMb: limitMb(maxBytes) })
  }
  // UTF-16 text is text, just not in the encoding we accept: say so, rather
  // than calling it binary because of its NUL bytes.
  if (utf16ByteOrderMarks.some(([a, b]) => bytes[0] === a && bytes[1] === b)) {
    throw new MidadError('import_not_utf8', { fileName })
  }
  if (bytes.some(isBinaryByte)) throw new MidadError('import_binary', { fileName })
  try {
    // ignoreBOM: false strips a leading UTF-8 byte order mark.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new MidadError('import_not_utf8', { fileName })
  }
}
