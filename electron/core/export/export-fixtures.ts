// Articles the export tests render: a full newsroom article, a bare one, and
// one whose every field tries to break out of the page.
import type { Article } from '../../../shared/article/article'
import type { BodyNode } from '../../../shared/article/body'
import { emptyMeta } from '../../../shared/article/meta'

const text = (value: string, marks?: BodyNode['marks']): BodyNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) })
const paragraph = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', content })

export const leadImageId = 'a3f1c0de9b8a7f6e5d4c3b2a19080706a3f1c0de9b8a7f6e5d4c3b2a19080706.jpg'
export const relatedArticleId = '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c'

export const secondImageId = '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0.png'

export function richArticle(): Article {
  return {
    id: '3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b',
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
