import { describe, expect, it } from 'vitest'
import { arabicSlugOfVersion3, sectionsOfVersion3 } from './0003-newsroom-metadata'

// The values the app's own slug rule and default sections gave when step 3
// was written, kept as literals: the step must go on giving exactly these
// whatever the app's rule becomes.
describe('schema step 3, frozen', () => {
  it.each([
    ['مقال من الإصدار الأول', 'مقال-من-الإصدار-الأول'],
    ['المنتخبُ يفوزُ بالكأس!', 'المنتخب-يفوز-بالكأس'],
    ['الاقتصـــاد ينمو ٣٫٥٪ في ٢٠٢٥', 'الاقتصاد-ينمو-3-5-في-2025'],
    ['Café au lait: «قهوة» بالحليب', 'cafe-au-lait-قهوة-بالحليب'],
    ['  ؟!  ', ''],
    ['إطلاق "Midad 2.0" — محرر عربي', 'إطلاق-midad-2-0-محرر-عربي'],
    ['أَلْعَرَبِيَّةُ لُغَةٌ جَمِيلَةٌ', 'ألعربية-لغة-جميلة'],
    ['سلام '.repeat(40), 'سلام-سلام-سلام-سلام-سلام-سلام-سلام-سلام'],
    ['ب'.repeat(150), 'ب'.repeat(33)],
    ['رقم ۱۲۳ فارسي', 'رقم-123-فارسي']
  ])('gives the headline %j the slug %j', (headline, slug) => {
    expect(arabicSlugOfVersion3(headline)).toBe(slug)
  })

  it('starts a newsroom from the usual sections of its time, in their order', () => {
    expect(sectionsOfVersion3).toEqual(['أخبار', 'أخبار العالم', 'سياسة', 'اقتصاد', 'رياضة', 'ثقافة', 'علوم وتكنولوجيا', 'رأي', 'منوعات'])
  })
})
