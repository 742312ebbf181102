import { readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { ArticleBody, BodyNode } from '../shared/article/body'
import type { LeadImage } from '../shared/article/meta'
import { openCore, type Core } from '../electron/core/core'
import { benchMeta, buildArabicArticle } from './arabic-article'
import type { NewsPhotos } from './news-photos'

/** A library on disk holding one illustrated long read, ready to export. */
export interface IllustratedNewsroom {
  core: Core
  articleId: string
  /** Where core keeps renditions between exports (beside its database). */
  renditionCacheDir: string
  close(): void
}

const agency = 'وكالة الأنباء'

/**
 * The 10,000-word article with the ten photographs as a web desk would send it:
 * the first as the lead image (focal point set off-centre) and the other nine
 * as figures spread evenly through the body, each with alt text, caption and
 * credit, so the pre-publish check lets it through. The photographs go in
 * through core.addImage, as the editor's picture button puts them, into a real
 * SQLite library in `workDir`.
 */
export async function openIllustratedNewsroom(workDir: string, photos: NewsPhotos): Promise<IllustratedNewsroom> {
  rmSync(workDir, { recursive: true, force: true })
  const core = openCore({ dbPath: join(workDir, 'library.sqlite') })
  try {
    const stored = []
    for (const mediaId of photos.mediaIds) {
      stored.push(await core.addImage(`agency-${stored.length + 1}.jpg`, readFileSync(join(photos.mediaDir, mediaId))))
    }
    const [lead, ...inBody] = stored
    if (!lead) throw new Error('no photographs to illustrate the article')

    const text = buildArabicArticle(10_000).content ?? []
    const figureEvery = Math.floor(text.length / (inBody.length + 1))
    const content: BodyNode[] = []
    text.forEach((node, i) => {
      content.push(node)
      const picture = i > 0 && i % figureEvery === 0 ? inBody[i / figureEvery - 1] : undefined
      if (picture) {
        const n = i / figureEvery
        content.push({
          type: 'figure',
          attrs: {
            mediaId: picture.mediaId,
            alt: `صورة رقم ${n} من موقع الحدث`,
            caption: `مشهد من الأسواق المحلية، الصورة ${n}`,
            credit: agency,
            width: picture.width,
            height: picture.height
          }
        })
      }
    })
    const figures = content.filter((node) => node.type === 'figure').length
    if (figures !== inBody.length) throw new Error(`placed ${figures} figures, wanted ${inBody.length}`)
    const body: ArticleBody = { type: 'doc', content }
    const leadImage: LeadImage = {
      mediaId: lead.mediaId,
      alt: 'متسوقون أمام واجهة متجر في وسط العاصمة',
      caption: 'متسوقون في وسط العاصمة',
      credit: agency,
      focus: { x: 0.3, y: 0.4 }
    }
    const article = core.createArticle({ ...benchMeta, leadImage }, body)
    core.assertPublishable(article.id)
    return {
      core,
      articleId: article.id,
      renditionCacheDir: join(dirname(core.dbPath), 'cache', 'renditions'),
      close: () => {
        core.close()
        rmSync(workDir, { recursive: true, force: true })
      }
    }
  } catch (error) {
    core.close()
    throw error
  }
}
