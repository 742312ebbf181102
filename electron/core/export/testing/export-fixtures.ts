// Articles the export tests render: a full newsroom article, a bare one, a
// long one, one with many pictures, an English one, and ones whose every field
// tries to break out of the page; with the pictures and library they link to.
import type { Article } from '../../../../shared/article/article'
import type { BodyNode } from '../../../../shared/article/body'
import { emptyMeta } from '../../../../shared/article/meta'
import { defaultSettings, type NewsroomSettings } from '../../../../shared/settings/newsroom-settings'
import type { ExportPictures, PictureRenditions, Rendition, RenditionFormat } from '../export-pictures'
import type { ArticleLookup, PublicationContext } from '../publication-context'

const text = (value: string, marks?: BodyNode['marks']): BodyNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) })
const paragraph = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', content })

export const leadImageId = 'a3f1c0de9b8a7f6e5d4c3b2a19080706a3f1c0de9b8a7f6e5d4c3b2a19080706.jpg'
export const relatedArticleId = '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c'

export const secondImageId = '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0.png'

export function richArticle(): Article {
  return {
    id: '3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b',
    status: 'approved',
    version: 4,
    wordCount: 87,
    createdAt: '2026-11-26T08:40:41.123Z',
    updatedAt: '2026-11-26T09:12:00.000Z',
    meta: {
      section: 'أخبار العالم',
      kicker: 'روسيا والصين',
      headline: 'بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي',
      dek: 'وصف الرئيس الروسي التحالف مع الصين بأنه «عامل استقرار» حاسم في المشهد الدولي.',
      bylines: ['سارة الأحمد', 'ليو تشن'],
      dateline: 'موسكو',
      tags: ['روسيا', 'الصين', 'قمة'],
      slug: 'بوتين-وشي-التحالف-الروسي-الصيني-ركيزة-استقرار-عالمي',
      slugIsCustom: false,
      slugScript: 'arabic',
      seoTitle: '',
      seoDescription: '',
      leadImage: null
    },
    body: {
      type: 'doc',
      content: [
        { type: 'figure', attrs: { mediaId: leadImageId, alt: 'بوتين أمام شاشة', caption: 'بوتين خلال مكالمة فيديو مع الرئيس الصيني', credit: 'أ ف ب', width: 1200, height: 675 } },
        { ...paragraph(text('وصف الرئيس الروسي فلاديمير بوتين، يوم الأربعاء، التحالف بأنه '), text('عامل استقرار', [{ type: 'bold' }]), text('.')), attrs: { dir: 'rtl' } },
        paragraph(text('وأكد بوتين، بحسب '), text('الكرملين', [{ type: 'link', attrs: { href: 'https://example.org/kremlin?lang=ar&id=7' } }]), text('، أن التنسيق وثيق.'), { type: 'hardBreak' }, text('سطر ثانٍ.')),
        { type: 'heading', attrs: { level: 2 }, content: [text('عمق الشراكة الاستراتيجية')] },
        { type: 'quote', attrs: { attribution: 'فلاديمير بوتين' }, content: [paragraph(text('نحن مستعدون لمواصلة تعميق التعاون.'))] },
        { type: 'heading', attrs: { level: 3 }, content: [text('التعاون الاقتصادي')] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('الطاقة'))] }, { type: 'listItem', content: [paragraph(text('التكنولوجيا', [{ type: 'italic' }]))] }] },
        { type: 'orderedList', attrs: { start: 1 }, content: [{ type: 'listItem', content: [paragraph(text('أولًا'))] }] },
        { type: 'figure', attrs: { mediaId: secondImageId, alt: '', caption: 'خريطة', credit: '', width: null, height: null } },
        { ...paragraph(text('Gazprom said the pipeline is on schedule.')), attrs: { dir: 'ltr' } },
        { type: 'pullQuote', attrs: { attribution: 'شي جين بينغ' }, content: [paragraph(text('صداقتنا بلا حدود.'))] },
        { type: 'pullQuote', attrs: { attribution: '' }, content: [paragraph(text('بلا قائل.'))] },
        { type: 'horizontalRule' },
        paragraph(text('قالت وكالة '), text('Reuters', [{ type: 'lang', attrs: { lang: 'en' } }]), text(' إن '), text('الاتفاق', [{ type: 'link', attrs: { href: `midad:article/${relatedArticleId}` } }]), text(' وُقّع.')),
        { type: 'figure', attrs: { mediaId: null, alt: 'الرئيسان يتصافحان', caption: 'الرئيسان في بكين', credit: 'رويترز', width: null, height: null } },
        { type: 'figure', attrs: { mediaId: null, alt: '', caption: '', credit: '', width: null, height: null } },
        { type: 'relatedArticles', attrs: { articles: [{ id: relatedArticleId, headline: 'قمة بكين: ما الذي اتفق عليه الطرفان؟' }] } },
        { type: 'relatedArticles', attrs: { articles: [] } },
        { type: 'paragraph' }
      ]
    }
  }
}

export function minimalArticle(): Article {
  return {
    id: '6b0e3a52-1f7d-4c8e-9a2b-5d4c3b2a1908',
    status: 'draft',
    version: 1,
    wordCount: 0,
    createdAt: '2026-01-05T00:00:00.000Z',
    updatedAt: '2026-01-05T00:00:00.000Z',
    meta: { ...emptyMeta },
    body: { type: 'doc', content: [{ type: 'paragraph' }] }
  }
}

export const hostile = {
  script: '</script><script>alert(1)</script>',
  image: '<img src=x onerror=alert(1)>',
  comment: '<!--',
  quoteAttr: '" onmouseover="alert(1)'
}

export function hostileArticle(): Article {
  const evil = `${hostile.script}${hostile.image}${hostile.comment}${hostile.quoteAttr}`
  return {
    ...richArticle(),
    id: '9c8b7a69-5d4e-4f3a-8b2c-1d0e9f8a7b6c',
    meta: {
      ...emptyMeta,
      section: evil,
      kicker: evil,
      headline: `عنوان ${evil}`,
      dek: evil,
      bylines: [evil],
      dateline: evil,
      tags: [evil],
      seoTitle: evil,
      seoDescription: evil
    },
    body: {
      type: 'doc',
      content: [
        paragraph(text(`فقرة ${evil}`), text('رابط', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])),
        { type: 'figure', attrs: { mediaId: leadImageId, alt: evil, caption: evil, credit: evil, width: 800, height: 600 } },
        { type: 'quote', attrs: { attribution: evil }, content: [paragraph(text(evil))] },
        { type: 'heading', attrs: { level: 2 }, content: [text(evil)] },
        { type: 'pullQuote', attrs: { attribution: evil }, content: [paragraph(text(evil))] },
        { type: 'relatedArticles', attrs: { articles: [{ id: relatedArticleId, headline: evil }] } }
      ]
    }
  }
}

/** Another article of the library that the rich article links to and relates. */
export const relatedArticle = {
  id: relatedArticleId,
  createdAt: '2026-11-20T10:00:00.000Z',
  meta: { slug: 'قمة-بكين', section: 'أخبار العالم', slugScript: 'arabic' as const, headline: 'قمة بكين' }
}

/** A library holding only the related article: every other id is a deleted article. */
export const library: ArticleLookup = (id) => (id === relatedArticleId ? relatedArticle : null)

export const siteSettings: NewsroomSettings = {
  ...defaultSettings,
  siteName: 'مداد نيوز',
  siteBaseUrl: 'https://news.example',
  articleUrlPattern: '{site}/{section}/{slug}/',
  publisherName: 'دار مداد',
  publisherLogoUrl: 'https://news.example/logo.png',
  authorUrlPattern: '{site}/authors/{author}'
}

const stemOf = (mediaId: string) => mediaId.replace(/\.[a-z]+$/, '')

function renditions(mediaId: string, width: number, height: number, format: RenditionFormat): Rendition[] {
  return [480, 800, 1200, 1600]
    .filter((w) => w <= width)
    .map((w) => ({ path: `images/${stemOf(mediaId)}-${w}w.${format === 'jpeg' ? 'jpg' : 'webp'}`, width: w, height: Math.round((w * height) / width), format }))
}

/** What a picture pipeline gives for a picture of this size: WebP and JPEG at the usual widths, never upscaled. */
export function handBuiltPicture(mediaId: string, width: number, height: number): PictureRenditions {
  return { mediaId, width, height, webp: renditions(mediaId, width, height, 'webp'), jpeg: renditions(mediaId, width, height, 'jpeg') }
}

/** The rich article's pictures as the sharp pipeline would hand them over, with lead crops. */
export function handBuiltPictures(): ExportPictures {
  const stem = stemOf(leadImageId)
  return {
    pictures: new Map([
      [leadImageId, handBuiltPicture(leadImageId, 4000, 2250)],
      [secondImageId, handBuiltPicture(secondImageId, 1000, 750)]
    ]),
    leadCrops: {
      mediaId: leadImageId,
      crops: {
        '16x9': { path: `images/${stem}-16x9.jpg`, width: 1200, height: 675, format: 'jpeg' },
        '4x3': { path: `images/${stem}-4x3.jpg`, width: 1200, height: 900, format: 'jpeg' },
        '1x1': { path: `images/${stem}-1x1.jpg`, width: 1200, height: 1200, format: 'jpeg' }
      }
    }
  }
}

/** When the fixtures' article went out: the day after it was drafted, so a page dated by its creation is caught. */
export const publishedAt = '2026-11-27T06:15:00.000Z'

/** A published article's context; `publishedAt: null` renders it as a draft. */
export function context(patch: Partial<PublicationContext> = {}): PublicationContext {
  return { settings: defaultSettings, pictures: { pictures: new Map(), leadCrops: null }, articles: library, publishedAt, ...patch }
}

const words = (count: number, seed: string) => Array.from({ length: count }, (_, i) => `${seed}${i % 7 === 0 ? '،' : ''}`).join(' ')

/** A long read: sections, lists and quotes, some 3,000 words. */
export function longArticle(): Article {
  const sections: BodyNode[] = []
  for (let part = 1; part <= 12; part++) {
    sections.push({ type: 'heading', attrs: { level: 2 }, content: [text(`الجزء ${part}`)] })
    for (let p = 0; p < 4; p++) sections.push(paragraph(text(words(60, 'كلمة'))))
    if (part % 3 === 0) sections.push({ type: 'heading', attrs: { level: 3 }, content: [text('تفصيل')] })
    if (part % 4 === 0) {
      sections.push({ type: 'orderedList', attrs: { start: 3 }, content: [1, 2, 3].map((n) => ({ type: 'listItem', content: [paragraph(text(`بند ${n}`))] })) })
    }
    if (part % 5 === 0) sections.push({ type: 'quote', attrs: { attribution: 'مصدر' }, content: [paragraph(text('قول طويل.'))] })
  }
  return {
    ...minimalArticle(),
    id: '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d',
    wordCount: 2900,
    meta: { ...emptyMeta, section: 'رأي', headline: 'قراءة طويلة في الاقتصاد', bylines: ['كاتب'], tags: ['اقتصاد'] },
    body: { type: 'doc', content: sections }
  }
}

/** Eight pictures, some without renditions, a waiting one, and a lead chosen from disk. */
export function manyFiguresArticle(): Article {
  const ids = Array.from({ length: 8 }, (_, i) => `${String(i).repeat(64)}.jpg`)
  return {
    ...minimalArticle(),
    id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
    meta: {
      ...emptyMeta,
      headline: 'صور من الميدان',
      section: 'منوعات',
      leadImage: { mediaId: ids[0]!, caption: 'المشهد العام', credit: 'رويترز', alt: 'ساحة مزدحمة' }
    },
    body: {
      type: 'doc',
      content: [
        paragraph(text('مقدمة قصيرة.')),
        ...ids.slice(1).map((mediaId, i): BodyNode => ({
          type: 'figure',
          attrs: { mediaId, alt: `صورة ${i + 1}`, caption: i % 2 ? `تعليق ${i + 1}` : '', credit: i % 3 ? 'أ ف ب' : '', width: 800, height: 600, ...(i === 2 ? { dir: 'ltr' } : {}) }
        })),
        { type: 'figure', attrs: { mediaId: null, alt: '', caption: 'صورة قادمة', credit: '', width: null, height: null } }
      ]
    }
  }
}

export function manyFiguresPictures(): ExportPictures {
  const article = manyFiguresArticle()
  const ids = [article.meta.leadImage!.mediaId, ...(article.body.content ?? []).map((node) => node.attrs?.mediaId).filter((id): id is string => typeof id === 'string')]
  // Every other picture without renditions: rendered as the stored file.
  return { pictures: new Map(ids.filter((_, i) => i % 2 === 0).map((id) => [id, handBuiltPicture(id, 2000, 1500)])), leadCrops: null }
}

/** An English article in the Arabic newsroom: every block left-to-right. */
export function englishArticle(): Article {
  return {
    ...minimalArticle(),
    id: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
    meta: { ...emptyMeta, headline: 'Summit in Beijing', slug: 'summit-in-beijing', slugScript: 'latin', section: 'أخبار العالم', bylines: ['Liu Chen'] },
    body: {
      type: 'doc',
      content: [
        { ...paragraph(text('The two leaders met on Wednesday.')), attrs: { dir: 'ltr' } },
        { type: 'heading', attrs: { level: 2, dir: 'ltr' }, content: [text('Energy')] },
        { type: 'bulletList', attrs: { dir: 'ltr' }, content: [{ type: 'listItem', content: [paragraph(text('Gas'))] }] },
        { type: 'quote', attrs: { attribution: 'Xi Jinping', dir: 'ltr' }, content: [paragraph(text('Our friendship has no limits.'))] }
      ]
    }
  }
}

/**
 * A body stored directly as JSON, bypassing the editor and its paste rules:
 * everything a hand-edited database or a hostile import could hold.
 */
export function hostileStoredArticle(): Article {
  const link = (href: string) => text('رابط', [{ type: 'link', attrs: { href, target: '_blank', onclick: 'alert(1)' } }])
  return {
    ...minimalArticle(),
    id: '8d7c6b5a-4e3f-4a2b-9c1d-0e9f8a7b6c5d',
    meta: { ...emptyMeta, headline: 'مدخلات عدائية', leadImage: { mediaId: '../../etc/passwd', caption: 'x', credit: 'y', alt: 'z' } },
    body: {
      type: 'doc',
      content: [
        paragraph(link('javascript:alert(1)'), text(' '), link('JaVaScRiPt:alert(1)'), text(' '), link(' javascript:alert(1)')),
        paragraph(link('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='), text(' '), link('vbscript:msgbox(1)'), text(' '), link('file:///etc/passwd')),
        paragraph(link('midad:article/not-a-uuid'), text(' '), link('midad:article/00000000-0000-4000-8000-000000000000')),
        { type: 'paragraph', attrs: { onclick: 'alert(1)', style: 'color:red', dir: '" onmouseover="alert(1)', class: 'evil' }, content: [text('<script>alert(1)</script>')] },
        { type: 'heading', attrs: { level: 2, onmouseover: 'alert(1)', id: 'x' }, content: [text('<img src=x onerror=alert(1)>')] },
        { type: 'figure', attrs: { mediaId: '../../../etc/passwd', alt: 'a', caption: '<b onclick="x">عريض</b>', credit: '<script>1</script>', width: 10, height: 10, onerror: 'alert(1)' } },
        { type: 'figure', attrs: { mediaId: 'javascript:alert(1)', alt: 'b', caption: 'تعليق', credit: '', width: null, height: null } },
        { type: 'figure', attrs: { mediaId: 'https://evil.example/x.jpg', alt: 'c', caption: 'بعيدة', credit: '', width: null, height: null } },
        { type: 'figure', attrs: { mediaId: 'ok.jpg', alt: '" onerror="alert(1)', caption: '', credit: '', width: '100" onload="alert(1)', height: -5 } },
        paragraph(text('لغة', [{ type: 'lang', attrs: { lang: 'en" onmouseover="alert(1)' } }]), text('ملفوفة', [{ type: 'bold', attrs: { onclick: 'x' } }])),
        { type: 'relatedArticles', attrs: { articles: [{ id: 'javascript:alert(1)', headline: 'سيئ' }, { id: relatedArticleId, headline: '<script>alert(1)</script>' }, { id: '00000000-0000-4000-8000-000000000000', headline: 'محذوف' }] } }
      ]
    }
  }
}

const cell = (type: 'tableHeader' | 'tableCell', value: string, attrs?: Record<string, unknown>): BodyNode => ({ type, ...(attrs ? { attrs } : {}), content: [paragraph(text(value))] })
const row = (...cells: BodyNode[]): BodyNode => ({ type: 'tableRow', content: cells })

/**
 * Tables: a results table far wider than a phone (a caption, a header row and
 * a header column, a cell spanning columns), and an English one without a
 * caption, set left to right.
 */
export function tableArticle(): Article {
  const months = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر']
  const cities = ['الرياض', 'القاهرة', 'عمّان', 'الدار البيضاء']
  return {
    ...minimalArticle(),
    id: '4b5c6d7e-8f90-4a1b-8c2d-3e4f5a6b7c8d',
    meta: { ...emptyMeta, headline: 'أسعار الوقود في العواصم العربية', slug: 'أسعار-الوقود', section: 'اقتصاد' },
    body: {
      type: 'doc',
      content: [
        paragraph(text('ارتفعت أسعار البنزين في معظم العواصم خلال العام.')),
        {
          type: 'table',
          attrs: { caption: 'سعر لتر البنزين بالدولار، شهرًا بشهر' },
          content: [
            row(cell('tableHeader', 'المدينة'), ...months.map((month) => cell('tableHeader', month))),
            ...cities.map((city, index) => row(cell('tableHeader', city), ...months.map((_, m) => cell('tableCell', `${(0.5 + index * 0.2 + m * 0.01).toFixed(2)}`)))),
            row(cell('tableHeader', 'ملاحظة'), cell('tableCell', 'الأسعار قبل الضرائب المحلية وبعد الدعم الحكومي المعلن في بداية العام', { colspan: 12 }))
          ]
        },
        paragraph(text('وتبقى الأسعار الأدنى في الخليج.')),
        {
          type: 'table',
          attrs: { dir: 'ltr' },
          content: [
            row(cell('tableHeader', 'Grade'), cell('tableHeader', 'Price')),
            row(cell('tableCell', 'Octane 91'), cell('tableCell', '0.62'))
          ]
        }
      ]
    }
  }
}
