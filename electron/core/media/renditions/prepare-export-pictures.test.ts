import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MidadError } from '../../../../shared/contract/errors'
import type { ExportFile, RenditionFormat } from '../../export/export-pictures'
import { openCore } from '../../core'
import { sharpEncoder, type PictureEncoder, type Shape, type ShapedPixels } from './picture-encoder'
import { prepareExportPictures, preparePictures, type ExportPicturesOptions } from './prepare-export-pictures'
import { LEDGER_FILE } from './rendition-ledger'
import type { PictureSize } from './rendition-plan'
import { noisyJpeg, pngDeclaring } from './testing/test-photos'

let dir: string
let mediaDir: string
let cacheDir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-renditions-'))
  mediaDir = join(dir, 'media')
  cacheDir = join(dir, 'cache')
  mkdirSync(mediaDir)
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** Puts bytes in the media folder under their content-hash id, as the image store does. */
function store(bytes: Buffer, ext = 'jpg'): string {
  const mediaId = `${createHash('sha256').update(bytes).digest('hex')}.${ext}`
  writeFileSync(join(mediaDir, mediaId), bytes)
  return mediaId
}

const options = (mediaIds: string[], lead: ExportPicturesOptions['lead'] = null): ExportPicturesOptions => ({
  mediaFilePath: (mediaId) => join(mediaDir, mediaId),
  cacheDir,
  mediaIds,
  lead
})

const sourceOf = (files: ExportFile[], path: string): string => {
  const file = files.find((f) => f.path === path)
  if (!file) throw new Error(`${path} is not among the files: ${files.map((f) => f.path).join(', ')}`)
  return file.source
}

async function refusal(work: () => Promise<unknown>): Promise<MidadError> {
  try {
    await work()
  } catch (error) {
    if (error instanceof MidadError) return error
    throw error
  }
  throw new Error('expected a refusal')
}

describe('web renditions', () => {
  it('encodes 480, 800, 1200 and 1600 px wide in WebP and JPEG, each file what its entry says', async () => {
    const mediaId = store(await noisyJpeg(2000, 1500))
    const stem = mediaId.replace('.jpg', '')
    const { pictures, files } = await prepareExportPictures(options([mediaId]))
    const picture = pictures.pictures.get(mediaId)!
    expect(picture.width).toBe(2000)
    expect(picture.height).toBe(1500)
    expect(picture.webp.map((r) => [r.path, r.width, r.height])).toEqual([
      [`images/${stem}-480w.webp`, 480, 360],
      [`images/${stem}-800w.webp`, 800, 600],
      [`images/${stem}-1200w.webp`, 1200, 900],
      [`images/${stem}-1600w.webp`, 1600, 1200]
    ])
    expect(picture.jpeg.map((r) => r.path)).toEqual(picture.webp.map((r) => r.path.replace('.webp', '.jpg')))
    expect(pictures.leadCrops).toBeNull()
    expect(files).toHaveLength(8)
    for (const rendition of [...picture.webp, ...picture.jpeg]) {
      const written = await sharp(sourceOf(files, rendition.path)).metadata()
      expect([written.format, written.width, written.height]).toEqual([rendition.format, rendition.width, rendition.height])
    }
  })

  it('never upscales a picture narrower than the largest width', async () => {
    const middling = store(await noisyJpeg(1000, 500, { seed: 2 }))
    const small = store(await noisyJpeg(300, 200, { seed: 3 }))
    const { pictures } = await prepareExportPictures(options([middling, small]))
    expect(pictures.pictures.get(middling)!.webp.map((r) => r.width)).toEqual([480, 800, 1000])
    expect(pictures.pictures.get(small)!.jpeg.map((r) => [r.width, r.height])).toEqual([[300, 200]])
  })

  it('turns a photo upright and keeps none of its EXIF, GPS position or XMP', async () => {
    // Landscape pixels with a red top-left corner, and a camera that says
    // "rotate 90° clockwise to view": the reader must see a portrait with the
    // red corner at the top right.
    const width = 640
    const height = 480
    const pixels = Buffer.alloc(width * height * 3, 40)
    for (let y = 0; y < 80; y++) for (let x = 0; x < 80; x++) pixels.set([230, 20, 20], (y * width + x) * 3)
    const secret = 'MIDAD-GPS-SECRET'
    const camera = await sharp(pixels, { raw: { width, height, channels: 3 } })
      .withExif({
        IFD0: { Artist: 'MIDAD-PHOTOGRAPHER', Copyright: 'MIDAD-AGENCY' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '33/1 30/1 1234/100', GPSLongitudeRef: 'E', GPSLongitude: '36/1 17/1 5/1', GPSMapDatum: secret }
      })
      .withMetadata({ orientation: 6 })
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="MIDAD-XMP-CREATOR"/></rdf:RDF></x:xmpmeta>')
      .jpeg()
      .toBuffer()
    // The test can fail: the input really carries what must not come out.
    const input = await sharp(camera).metadata()
    expect(input.orientation).toBe(6)
    expect(input.exif && input.xmp).toBeTruthy()
    expect(camera.includes(secret)).toBe(true)

    const mediaId = store(camera)
    const { pictures, files } = await prepareExportPictures(options([mediaId], { mediaId, focus: { x: 0.5, y: 0.5 } }))
    expect(pictures.pictures.get(mediaId)).toMatchObject({ width: 480, height: 640 })
    expect(files).toHaveLength(2 + 3) // one width in two formats, three crops
    for (const file of files) {
      const bytes = readFileSync(file.source)
      const written = await sharp(bytes).metadata()
      expect(written, file.path).not.toHaveProperty('exif')
      expect(written, file.path).not.toHaveProperty('xmp')
      expect(written, file.path).not.toHaveProperty('iptc')
      expect(written, file.path).not.toHaveProperty('comments')
      expect(written.orientation, file.path).toBeUndefined()
      for (const mark of [secret, 'MIDAD-PHOTOGRAPHER', 'MIDAD-AGENCY', 'MIDAD-XMP-CREATOR', 'Exif\0\0']) {
        expect(bytes.includes(mark), `${file.path} carries ${mark}`).toBe(false)
      }
    }
    const upright = await sharp(sourceOf(files, `images/${mediaId.replace('.jpg', '')}-480w.jpg`)).raw().toBuffer({ resolveWithObject: true })
    const pixel = (x: number, y: number) => [...upright.data.subarray((y * upright.info.width + x) * 3, (y * upright.info.width + x) * 3 + 3)]
    expect([upright.info.width, upright.info.height]).toEqual([480, 640])
    expect(pixel(480 - 20, 20)[0]).toBeGreaterThan(180) // red, top right
    expect(pixel(20, 20)[0]).toBeLessThan(80)
  })
  it('keeps a transparent PNG transparent in WebP and lays its JPEG on white', async () => {
    // A red disc on nothing, as a logo or a cut-out arrives.
    const disc = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><circle cx="300" cy="200" r="120" fill="#c00"/></svg>')
    const mediaId = store(await sharp(disc).png().toBuffer(), 'png')
    const { pictures, files } = await prepareExportPictures(options([mediaId]))
    const [webp] = pictures.pictures.get(mediaId)!.webp
    const [jpeg] = pictures.pictures.get(mediaId)!.jpeg
    expect((await sharp(sourceOf(files, webp!.path)).metadata()).hasAlpha).toBe(true)
    // (stats() reads a file's input, so the corner is cut into a file of its own first.)
    const corner = await sharp(await sharp(sourceOf(files, jpeg!.path)).extract({ left: 0, top: 0, width: 20, height: 20 }).png().toBuffer()).stats()
    expect(corner.channels.map((channel) => Math.round(channel.mean))).toEqual([255, 255, 255])
  })
})

describe('lead image crops', () => {
  // Blue on the left half, red on the right: where a crop was cut shows in its colour.
  const halves = { left: [30, 60, 200] as [number, number, number], right: [210, 40, 30] as [number, number, number] }

  async function meanColour(path: string): Promise<{ red: number; blue: number }> {
    const { channels } = await sharp(path).stats()
    return { red: channels[0]!.mean, blue: channels[2]!.mean }
  }

  it('cuts 16×9, 4×3 and 1×1 at 1200 px wide, each over 50,000 pixels, around the centre by default', async () => {
    const mediaId = store(await noisyJpeg(2400, 1200, { halves }))
    const stem = mediaId.replace('.jpg', '')
    const { pictures, files } = await prepareExportPictures(options([mediaId], { mediaId, focus: { x: 0.5, y: 0.5 } }))
    const crops = pictures.leadCrops!.crops
    expect(pictures.leadCrops!.mediaId).toBe(mediaId)
    expect([crops['16x9'], crops['4x3'], crops['1x1']].map((c) => [c.path, c.width, c.height, c.format])).toEqual([
      [`images/${stem}-16x9.jpg`, 1200, 675, 'jpeg'],
      [`images/${stem}-4x3.jpg`, 1200, 900, 'jpeg'],
      [`images/${stem}-1x1.jpg`, 1200, 1200, 'jpeg']
    ])
    for (const crop of Object.values(crops)) {
      const written = await sharp(sourceOf(files, crop.path)).metadata()
      expect([written.format, written.width, written.height]).toEqual(['jpeg', crop.width, crop.height])
      expect(crop.width * crop.height).toBeGreaterThanOrEqual(50_000)
    }
    // Centred: the square straddles the middle, half blue and half red.
    const square = await meanColour(sourceOf(files, crops['1x1'].path))
    expect(Math.abs(square.red - square.blue)).toBeLessThan(20)
  })

  it('follows the focal point the editor set, as far as the picture goes', async () => {
    const mediaId = store(await noisyJpeg(2400, 1200, { halves }))
    const onTheRight = await prepareExportPictures(options([mediaId], { mediaId, focus: { x: 0.85, y: 0.5 } }))
    const right = await meanColour(sourceOf(onTheRight.files, onTheRight.pictures.leadCrops!.crops['1x1'].path))
    expect(right.red).toBeGreaterThan(180)
    expect(right.blue).toBeLessThan(70)
    const onTheLeft = await prepareExportPictures(options([mediaId], { mediaId, focus: { x: 0.1, y: 0.5 } }))
    const left = await meanColour(sourceOf(onTheLeft.files, onTheLeft.pictures.leadCrops!.crops['1x1'].path))
    expect(left.blue).toBeGreaterThan(170)
    expect(left.red).toBeLessThan(70)
  })

  it('gives a lead image too small for 50,000-pixel crops no crops at all, but still its renditions', async () => {
    const mediaId = store(await noisyJpeg(250, 250))
    const { pictures, files } = await prepareExportPictures(options([], { mediaId, focus: { x: 0.5, y: 0.5 } }))
    expect(pictures.leadCrops).toBeNull()
    expect(pictures.pictures.get(mediaId)!.webp.map((r) => r.width)).toEqual([250])
    expect(files.map((f) => f.path).filter((path) => /x\d\.jpg$/.test(path))).toEqual([])
  })
})

describe('the rendition cache', () => {
  function countingEncoder(): PictureEncoder & { decoded: number; shaped: number; encoded: number } {
    const counter = {
      decoded: 0,
      shaped: 0,
      encoded: 0,
      measure: (input: Buffer) => sharpEncoder.measure(input),
      decode: (input: Buffer, size: PictureSize) => {
        counter.decoded++
        return sharpEncoder.decode(input, size)
      },
      shape: (working: ShapedPixels, shape: Shape) => {
        counter.shaped++
        return sharpEncoder.shape(working, shape)
      },
      encode: (pixels: ShapedPixels, format: RenditionFormat) => {
        counter.encoded++
        return sharpEncoder.encode(pixels, format)
      }
    }
    return counter
  }

  const cacheFiles = (): Record<string, number> => {
    const out: Record<string, number> = {}
    for (const folder of readdirSync(cacheDir).filter((name) => name !== LEDGER_FILE)) {
      for (const name of readdirSync(join(cacheDir, folder))) out[`${folder}/${name}`] = statSync(join(cacheDir, folder, name)).mtimeMs
    }
    return out
  }

  it('does not encode again on a second export, and gives the same files', async () => {
    const mediaId = store(await noisyJpeg(1300, 900))
    const lead = { mediaId, focus: { x: 0.3, y: 0.6 } }
    const cold = countingEncoder()
    const first = await preparePictures(options([mediaId], lead), cold)
    expect(cold.encoded).toBe(4 * 2 + 3) // 480, 800, 1200, 1300 in two formats, three crops
    expect(cold.decoded).toBe(1) // the photo is decoded once for all its files
    expect(cold.shaped).toBe(4 + 3) // each width shaped once for both formats
    const before = cacheFiles()
    expect(Object.keys(before)).toHaveLength(11)

    const warm = countingEncoder()
    const second = await preparePictures(options([mediaId], lead), warm)
    expect([warm.decoded, warm.shaped, warm.encoded]).toEqual([0, 0, 0])
    expect(second.files).toEqual(first.files)
    expect(second.pictures).toEqual(first.pictures)
    expect(cacheFiles()).toEqual(before) // not one file rewritten

    // Moving the focal point makes new crops, and only new crops.
    const moved = countingEncoder()
    await preparePictures(options([mediaId], { mediaId, focus: { x: 0.7, y: 0.2 } }), moved)
    expect([moved.decoded, moved.shaped, moved.encoded]).toEqual([1, 3, 3])
  })

  it('makes byte-identical files from the same picture in an empty cache', async () => {
    const mediaId = store(await noisyJpeg(1300, 900, { seed: 9 }))
    const lead = { mediaId, focus: { x: 0.5, y: 0.5 } }
    const first = await prepareExportPictures(options([mediaId], lead))
    const firstBytes = first.files.map((f) => [f.path, readFileSync(f.source).toString('base64')])
    cacheDir = join(dir, 'another-cache')
    const second = await prepareExportPictures(options([mediaId], lead))
    expect(second.files.every((f) => f.source.startsWith(cacheDir))).toBe(true)
    expect(second.files.map((f) => [f.path, readFileSync(f.source).toString('base64')])).toEqual(firstBytes)
  })
})

describe('a stored picture that turns out damaged', () => {
  const cachedFor = (bytes: Buffer): boolean => existsSync(join(cacheDir, createHash('sha256').update(bytes).digest('hex')))

  it('refuses a JPEG cut in half, naming it, and caches nothing of it', async () => {
    const whole = await noisyJpeg(800, 600)
    const mediaId = store(whole)
    const cut = whole.subarray(0, whole.length / 2)
    writeFileSync(join(mediaDir, mediaId), cut) // the disk lost the second half after it was stored
    const error = await refusal(() => prepareExportPictures(options([mediaId])))
    expect([error.code, error.params]).toEqual(['export_image_damaged', { mediaId }])
    expect(cachedFor(cut)).toBe(false)
  })

  it('refuses random bytes in a .jpg file', async () => {
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24))
    const mediaId = store(noise)
    const error = await refusal(() => prepareExportPictures(options([mediaId])))
    expect([error.code, error.params]).toEqual(['export_image_damaged', { mediaId }])
  })

  it('refuses a picture whose header declares more pixels than can be decoded safely', async () => {
    const mediaId = store(pngDeclaring(40_000, 40_000), 'png')
    const error = await refusal(() => prepareExportPictures(options([mediaId])))
    expect([error.code, error.params]).toEqual(['export_image_damaged', { mediaId }])
  })

  it('does not serve old renditions of a file damaged after they were made', async () => {
    const core = openCore({ dbPath: join(dir, 'midad.sqlite') })
    try {
      const whole = await noisyJpeg(900, 600, { seed: 5 })
      const { mediaId } = await core.addImage('قمة.jpg', whole)
      const library = { ...options([mediaId]), mediaFilePath: core.mediaFilePath }
      await prepareExportPictures(library)
      writeFileSync(core.mediaFilePath(mediaId), whole.subarray(0, whole.length - 4000))
      const error = await refusal(() => prepareExportPictures(library))
      expect([error.code, error.params]).toEqual(['export_image_damaged', { mediaId }])
    } finally {
      core.close()
    }
  })

  it('says which picture is missing from the library', async () => {
    const present = store(await noisyJpeg(300, 200))
    const gone = `${'ab'.repeat(32)}.jpg`
    const error = await refusal(() => prepareExportPictures(options([present, gone])))
    expect([error.code, error.params]).toEqual(['export_image_missing', { mediaId: gone }])
  })
})
