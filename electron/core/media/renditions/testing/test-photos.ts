// Pictures the rendition tests encode: photo-like noise (so encoders do real
// work and truncation hits real data), reproducible from a seed.
import { crc32, deflateSync } from 'node:zlib'
import sharp from 'sharp'

export interface PaintedHalves {
  /** Colour of the left and right halves, noise on top. */
  left: [number, number, number]
  right: [number, number, number]
}

export function noisyPixels(width: number, height: number, seed = 1, halves?: PaintedHalves): Buffer {
  const pixels = Buffer.alloc(width * height * 3)
  let state = seed >>> 0 || 1
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const base = halves ? (x < width / 2 ? halves.left : halves.right) : [(x * 255) / width, (y * 255) / height, 128]
      for (let c = 0; c < 3; c++) {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0
        const noise = ((state >>> 24) % 41) - 20
        pixels[(y * width + x) * 3 + c] = Math.min(255, Math.max(0, base[c]! + noise))
      }
    }
  }
  return pixels
}

export function noisyJpeg(width: number, height: number, options: { seed?: number; halves?: PaintedHalves; quality?: number } = {}): Promise<Buffer> {
  return sharp(noisyPixels(width, height, options.seed, options.halves), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: options.quality ?? 85 })
    .toBuffer()
}

/**
 * A decompression bomb: a PNG of a few hundred bytes whose header declares
 * `width` × `height` RGB pixels (40000 × 40000 would be 4.8 GB decoded).
 */
export function pngDeclaring(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(1000))),
    chunk('IEND', Buffer.alloc(0))
  ])
}
