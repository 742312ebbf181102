import type { ArticleBody } from '../../../../shared/article/body'
import type { ArticleMeta } from '../../../../shared/article/meta'
import type { ArticleStatus } from '../../../../shared/article/status'

// Test and bench support: an archive of any size, varied enough that words
// repeat as in a real one (common ones everywhere, rare ones in a few
// articles), the same every run.

const sections = ['سياسة', 'اقتصاد', 'رياضة', 'ثقافة', 'محليات', 'صحة', 'تعليم', 'تكنولوجيا']
const statuses: ArticleStatus[] = ['draft', 'in_review', 'approved', 'published']
const people = ['أحمد مصطفى', 'سارة القاسم', 'ليلى حداد', 'يوسف الحسيني', 'مريم عبد الله', 'خالد منصور', 'نور الهدى']
const subjects = ['الحكومة', 'الوزارة', 'البلدية', 'البرلمان', 'الشركة', 'النقابة', 'الجامعة', 'المحكمة', 'الفريق', 'الهيئة']
const verbs = ['أعلنت', 'ناقشت', 'رفضت', 'أقرت', 'درست', 'أجلت', 'وافقت على', 'انتقدت', 'راجعت', 'اقترحت']
const objects = [
  'خطة جديدة للنقل العام', 'موازنة العام المقبل', 'مشروع قانون الإيجارات', 'برنامجًا لدعم المزارعين', 'اتفاقية للتجارة الحرة',
  'توسيع شبكة الكهرباء', 'إصلاح نظام التقاعد', 'بناء مستشفى جامعي', 'تطوير المناهج الدراسية', 'حملة لترشيد المياه',
  'رفع أسعار الوقود', 'إنشاء منطقة صناعية', 'تحديث المطار الدولي', 'دعم الشركات الناشئة', 'ترميم المدينة القديمة'
]
const tails = [
  'وسط انتقادات من المعارضة', 'بعد أشهر من المفاوضات', 'في جلسة استمرت ساعات', 'رغم تحفظات الخبراء', 'استجابة لمطالب السكان',
  'قبل نهاية الربع الأول', 'بتمويل من مصارف محلية', 'في ظل تراجع الإيرادات', 'بمشاركة منظمات المجتمع المدني', 'على ثلاث مراحل'
]
// Rare words, each in a small share of the archive: what a precise search looks for.
const rare = ['الفوسفات', 'الزيتون', 'الطاقة الشمسية', 'الملاحة', 'الأرشيف الوطني', 'القطار السريع', 'الحصبة', 'التصحر', 'المخطوطات', 'الموانئ']

/** A deterministic pseudo-random sequence (mulberry32), so every run builds the same archive. */
function sequence(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!

export interface GeneratedArticle {
  meta: Partial<ArticleMeta>
  body: ArticleBody
  status: ArticleStatus
  /** The rare word the article carries, if any (one article in ten). */
  rare: string | null
}

/** Article `n` of the archive, about `sentences` sentences long (ten words or so each). */
export function generatedArticle(n: number, sentences = 4): GeneratedArticle {
  const next = sequence(n * 7919 + 17)
  const sentence = () => `${pick(next, subjects)} ${pick(next, verbs)} ${pick(next, objects)} ${pick(next, tails)}.`
  const rareWord = n % 10 === 3 ? rare[Math.floor(n / 10) % rare.length]! : null
  const paragraphs: string[] = []
  for (let i = 0; i < sentences; i += 2) paragraphs.push([sentence(), sentence()].join(' '))
  if (rareWord) paragraphs.push(`وتناول التقرير ملف ${rareWord} بالتفصيل.`)
  return {
    meta: {
      section: sections[n % sections.length]!,
      headline: `${pick(next, subjects)} ${pick(next, verbs)} ${pick(next, objects)} (${n})`,
      bylines: [people[n % people.length]!],
      tags: [pick(next, sections)]
    },
    body: { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) },
    status: statuses[n % statuses.length]!,
    rare: rareWord
  }
}
