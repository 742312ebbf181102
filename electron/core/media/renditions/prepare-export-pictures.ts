import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { MidadError } from '../../../../shared/contract/errors'
import {
  cropRatios,
  type CropRatio,
  type ExportFile,
  type ExportPictures,
  type LeadImageCrops,
  type PictureRenditions,
  type Rendition,
  type RenditionFormat
} from '../../export/export-pictures'
import { isSafeMediaId } from '../../export/media-id'
import { sharpEncoder, type PictureEncoder, type Shape, type ShapedPixels } from './picture-encoder'
import { cacheEntry, cachedRendition } from './rendition-cache'
import { recordPictureUses } from './rendition-ledger'
import { cropPlan, renditionSizes, workingSize, type FocalPoint, type PictureSize } from './rendition-plan'

export interface ExportPicturesOptions {
  /** Absolute path of a stored picture; throws not_found for an unknown id. */
  mediaFilePath: (mediaId: string) => string
  /** Where renditions are kept between exports. */
  cacheDir: string
  /** The article's pictures. The lead image is added when it is not among them. */
  mediaIds: string[]
  lead: { mediaId: string; focus: FocalPoint } | null
}

const stemOf = (mediaId: string): string => mediaId.replace(/\.[A-Za-z0-9]+$/, '')

interface StoredPicture {
  mediaId: string
  contentHash: string
  size: PictureSize
  /** Decoded on first use only: a warm cache never decodes. */
  working: () => Promise<ShapedPixels>
}

async function readStoredPicture(mediaFilePath: (mediaId: string) => string, mediaId: string, encoder: PictureEncoder): Promise<StoredPicture> {
  // The id becomes part of a file name inside images/: one safe segment.
  if (!isSafeMediaId(mediaId)) throw new MidadError('export_image_missing', { mediaId })
  let bytes: Buffer
  try {
    bytes = await readFile(mediaFilePath(mediaId))
  } catch (error) {
    const missing = (error instanceof MidadError && error.code === 'not_found') || (error as NodeJS.ErrnoException).code === 'ENOENT'
    if (missing) throw new MidadError('export_image_missing', { mediaId })
    throw error
  }
  // The cache is keyed by the bytes actually on disk, not by the name they
  // were stored under: a file damaged since its renditions were made is not
  // served from the cache but decoded again, and refused.
  const contentHash = createHash('sha256').update(bytes).digest('hex')
  const size = await damagedUnless(mediaId, () => encoder.measure(bytes))
  let working: Promise<ShapedPixels> | undefined
  return { mediaId, contentHash, size, working: () => (working ??= encoder.decode(bytes, workingSize(size))) }
}

/** What one export takes from the cache: the files to copy, and the bytes it added to each picture's folder. */
interface CacheVisit {
  files: ExportFile[]
  uses: Map<string, number>
}

async function damagedUnless<T>(mediaId: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof MidadError) throw error
    throw new MidadError('export_image_damaged', { mediaId }, (error as Error).message)
  }
}

/**
 * The files of one shape (a width in WebP and JPEG, or a crop in JPEG), from
 * the cache: the picture is decoded and shaped only if one of them is not
 * there yet.
 */
async function renditions<F extends RenditionFormat>(
  picture: StoredPicture,
  cacheDir: string,
  label: string,
  shape: Shape,
  formats: readonly F[],
  encoder: PictureEncoder,
  visit: CacheVisit
): Promise<Record<F, Rendition>> {
  let pixels: Promise<ShapedPixels> | undefined
  const shaped = () => (pixels ??= picture.working().then((working) => encoder.shape(working, shape)))
  const { width, height } = shape.kind === 'width' ? shape.size : shape.plan.window
  const made = {} as Record<F, Rendition>
  for (const format of formats) {
    const entry = await cacheEntry(cacheDir, picture.contentHash, label, { ...shape, format })
    // Only decoding and encoding speak of the picture; a cache that cannot be
    // written (a full disk) is the export's failure, not a damaged photo.
    const cached = await cachedRendition(entry, () => damagedUnless(picture.mediaId, async () => encoder.encode(await shaped(), format)))
    visit.uses.set(picture.contentHash, (visit.uses.get(picture.contentHash) ?? 0) + cached.added)
    const path = `images/${stemOf(picture.mediaId)}-${label}.${format === 'webp' ? 'webp' : 'jpg'}`
    visit.files.push({ path, source: cached.path })
    made[format] = { path, width, height, format }
  }
  return made
}

async function pictureRenditions(picture: StoredPicture, cacheDir: string, encoder: PictureEncoder, visit: CacheVisit): Promise<PictureRenditions> {
  const result: PictureRenditions = { mediaId: picture.mediaId, ...picture.size, webp: [], jpeg: [] }
  for (const size of renditionSizes(picture.size)) {
    const { webp, jpeg } = await renditions(picture, cacheDir, `${size.width}w`, { kind: 'width', size }, ['webp', 'jpeg'] as const, encoder, visit)
    result.webp.push(webp)
    result.jpeg.push(jpeg)
  }
  return result
}

/**
 * All three crops or none: a picture too small to give one of them 50,000
 * pixels without upscaling is too small for structured data's crops at all,
 * and the page then offers its ordinary renditions instead (leadCrops null).
 */
async function leadImageCrops(
  picture: StoredPicture,
  focus: FocalPoint,
  cacheDir: string,
  encoder: PictureEncoder,
  visit: CacheVisit
): Promise<LeadImageCrops | null> {
  const plans = cropRatios.map((ratio) => [ratio, cropPlan(picture.size, ratio, focus)] as const)
  if (plans.some(([, plan]) => plan === null)) return null
  const crops = {} as Record<CropRatio, Rendition>
  for (const [ratio, plan] of plans) {
    crops[ratio] = (await renditions(picture, cacheDir, ratio, { kind: 'crop', plan: plan! }, ['jpeg'] as const, encoder, visit)).jpeg
  }
  return { mediaId: picture.mediaId, crops }
}

/**
 * The pictures of one export: web renditions of every picture (480–1600 px
 * wide, WebP and JPEG, upright, no metadata) and the lead image's 16×9, 4×3
 * and 1×1 crops around its focal point, with the files the exporter copies
 * into images/. Everything is made in `cacheDir` and reused by later exports;
 * nothing is written anywhere else. A missing picture is `export_image_missing`,
 * one that cannot be decoded `export_image_damaged`, both naming the media id.
 */
export async function preparePictures(options: ExportPicturesOptions, encoder: PictureEncoder): Promise<{ pictures: ExportPictures; files: ExportFile[] }> {
  const mediaIds = [...new Set([...options.mediaIds, ...(options.lead ? [options.lead.mediaId] : [])])]
  const cacheDir = resolve(options.cacheDir) // ExportFile.source is absolute
  const pictures = new Map<string, PictureRenditions>()
  const visit: CacheVisit = { files: [], uses: new Map() }
  let leadCrops: LeadImageCrops | null = null
  try {
    for (const mediaId of mediaIds) {
      const picture = await readStoredPicture(options.mediaFilePath, mediaId, encoder)
      pictures.set(mediaId, await pictureRenditions(picture, cacheDir, encoder, visit))
      if (options.lead?.mediaId === mediaId) {
        leadCrops = await leadImageCrops(picture, options.lead.focus, cacheDir, encoder, visit)
      }
    }
  } finally {
    // Noted even when a later picture fails, so the ledger counts every file made.
    await recordPictureUses(cacheDir, visit.uses, Date.now())
  }
  return { pictures: { pictures, leadCrops }, files: visit.files }
}

export function prepareExportPictures(options: ExportPicturesOptions): Promise<{ pictures: ExportPictures; files: ExportFile[] }> {
  return preparePictures(options, sharpEncoder)
}
