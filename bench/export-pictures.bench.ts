import { rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import sharp from 'sharp'
import { prepareExportPictures } from '../electron/core/media/renditions/prepare-export-pictures'
import type { Benchmark } from './benchmark'
import { newsPhotos, PICTURES } from './news-photos'

const COLD_RUNS = 3
const WARM_RUNS = 30

function exportOptions(mediaDir: string, mediaIds: string[], cacheDir: string) {
  return {
    mediaFilePath: (mediaId: string) => join(mediaDir, mediaId),
    cacheDir,
    mediaIds,
    lead: { mediaId: mediaIds[0]!, focus: { x: 0.3, y: 0.4 } }
  }
}

const workDir = () => resolve('out', 'bench', `pictures-cache-${process.pid}`)

/**
 * An article's ten photographs with an empty rendition cache: four widths in
 * WebP and JPEG for each, and the lead's three crops (83 files). The floor is
 * what no export can skip: decoding each photograph once, at the largest
 * rendition's size.
 */
const cold: Benchmark = {
  name: 'export pictures, cold cache (10 × 6000×4000 JPEG → 83 files)',
  unit: 'ms',
  async measure() {
    const { mediaDir, mediaIds, megabytes } = await newsPhotos()
    console.error(`  ${PICTURES} photographs, ${megabytes.toFixed(1)} MB`)
    const samples: number[] = []
    const baseline: number[] = []
    try {
      for (let run = 0; run < COLD_RUNS; run++) {
        rmSync(workDir(), { recursive: true, force: true })
        let started = performance.now()
        const { files } = await prepareExportPictures(exportOptions(mediaDir, mediaIds, workDir()))
        samples.push(performance.now() - started)
        if (files.length !== PICTURES * 8 + 3) throw new Error(`expected ${PICTURES * 8 + 3} files, got ${files.length}`)

        started = performance.now()
        for (const mediaId of mediaIds) {
          await sharp(await readFile(join(mediaDir, mediaId))).resize(1600).raw().toBuffer()
        }
        baseline.push(performance.now() - started)
      }
      return { samples, baseline }
    } finally {
      rmSync(workDir(), { recursive: true, force: true })
    }
  }
}

/**
 * The same export again, every rendition already cached: what a re-export
 * costs. The floor is reading the ten photographs, which the export does to
 * key the cache by their bytes.
 */
const warm: Benchmark = {
  name: 'export pictures, warm cache (10 × 6000×4000 JPEG)',
  unit: 'ms',
  async measure() {
    const { mediaDir, mediaIds } = await newsPhotos()
    const options = exportOptions(mediaDir, mediaIds, workDir())
    rmSync(workDir(), { recursive: true, force: true })
    const samples: number[] = []
    const baseline: number[] = []
    try {
      await prepareExportPictures(options) // fills the cache
      for (let run = 0; run < WARM_RUNS; run++) {
        let started = performance.now()
        await prepareExportPictures(options)
        samples.push(performance.now() - started)

        started = performance.now()
        for (const mediaId of mediaIds) await readFile(join(mediaDir, mediaId))
        baseline.push(performance.now() - started)
      }
      return { samples, baseline }
    } finally {
      rmSync(workDir(), { recursive: true, force: true })
    }
  }
}

export default [cold, warm]
