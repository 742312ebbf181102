import type { ArticleBody, BodyNode } from '../shared/article/body'
import { emptyMeta, type ArticleMeta } from '../shared/article/meta'
import { bodyPlainText } from '../shared/text/plain-text'
import { countWords } from '../shared/text/word-count'

// Newsroom vocabulary, some words with harakat, so the body has the byte mix of
// real copy (two bytes per letter in UTF-8, marks included).
const words = [
  'قالَ', 'الوزيرُ', 'إنّ', 'الحكومة', 'ستعلن', 'خطةً', 'جديدة', 'لدعم', 'الاقتصاد', 'المحلي',
  'خلال', 'الأسابيع', 'المقبلة', 'وأضاف', 'في', 'مؤتمر', 'صحفي', 'عُقد', 'بالعاصمة', 'أن',
  'المفاوضات', 'مع', 'صندوق', 'النقد', 'الدولي', 'وصلت', 'إلى', 'مرحلة', 'متقدمة', 'وأشار',
  'مصدر', 'مطّلع', 'على', 'الملف', 'الأسعار', 'ارتفعت', 'بنسبة', 'كبيرة', 'منذ', 'بداية',
  'العام', 'الماضي', 'بينما', 'يترقّب', 'المواطنون', 'قرارات', 'البنك', 'المركزيّ', 'بشأن', 'الفائدة',
  'وتُظهر', 'البيانات', 'الرسمية', 'تراجعاً', 'ملحوظاً', 'التضخم', 'الشهر', 'الأخير', 'لكنّ', 'الخبراء'
]

// A small deterministic generator: the same article on every run and machine.
function* sequence(seed: number): Generator<number> {
  let state = seed
  for (;;) {
    state = (state * 1103515245 + 12345) % 2147483648
    yield state
  }
}

function sentence(next: () => number, length: number): string {
  const out: string[] = []
  for (let i = 0; i < length; i++) {
    let w = words[next() % words.length]!
    if (i === Math.floor(length / 3)) w = `«${w}`
    if (i === Math.floor(length / 3) + 2) w = `${w}»`
    if (i === Math.floor(length / 2)) w = `${w}،`
    out.push(w)
  }
  return `${out.join(' ')}.`
}

const text = (t: string): BodyNode => ({ type: 'text', text: t })

export const benchMeta: ArticleMeta = {
  ...emptyMeta,
  section: 'اقتصاد',
  kicker: 'تحقيق',
  headline: 'كيف يواجه الاقتصاد المحلي موجة الغلاء؟ قراءة في أرقام عام كامل',
  dek: 'بين وعود الحكومة وقرارات البنك المركزي، يترقّب المواطنون نتائج ملموسة',
  bylines: ['سلمى حدّاد'],
  dateline: 'بيروت'
}

/**
 * A long-form Arabic article of exactly `wordTarget` words: paragraphs of
 * 40–80 words, an h2 every eight paragraphs, and one quote with attribution.
 */
export function buildArabicArticle(wordTarget = 10_000): ArticleBody {
  const random = sequence(20_240_611)
  const next = () => random.next().value as number
  const content: BodyNode[] = []
  let total = 0
  let paragraphs = 0
  while (total < wordTarget) {
    if (paragraphs > 0 && paragraphs % 8 === 0 && wordTarget - total > 3) {
      content.push({ type: 'heading', attrs: { level: 2 }, content: [text(sentence(next, 3).slice(0, -1))] })
      total += 3
    }
    if (paragraphs === 12 && wordTarget - total > 25) {
      content.push({ type: 'quote', attrs: { attribution: 'وزير المالية' }, content: [{ type: 'paragraph', content: [text(sentence(next, 25))] }] })
      total += 25
    }
    const length = Math.min(40 + (next() % 41), wordTarget - total)
    content.push({ type: 'paragraph', content: [text(sentence(next, length))] })
    total += length
    paragraphs++
  }
  const body: ArticleBody = { type: 'doc', content }
  const counted = countWords(bodyPlainText(body))
  if (counted !== wordTarget) throw new Error(`built ${counted} words, wanted ${wordTarget}`)
  return body
}

/** The body with one paragraph rewritten, as a journalist's edit between two saves. */
export function editOneParagraph(body: ArticleBody, edit: number): ArticleBody {
  const content = [...(body.content ?? [])]
  const paragraphIndexes = content.flatMap((node, i) => (node.type === 'paragraph' ? [i] : []))
  const at = paragraphIndexes[edit % paragraphIndexes.length]!
  const original = content[at]!.content?.[0]?.text ?? ''
  content[at] = { type: 'paragraph', content: [text(`${original.slice(0, -1)} تحديث ${edit}.`)] }
  return { ...body, content }
}
