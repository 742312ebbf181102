import { doc, figure, p, pullQuote, quote } from '../article-builders'
import { insertBlockAfter, removeBlock, replace, setAttr, split, together } from '../article-edits'
import { scenario } from '../suggestion-scenario'

const said = (attribution: string) => quote({ attribution }, p('لن نتراجع عن القرار'))

/** Quotes and their attribution, pull quotes, and figures, whose caption, credit and alt text are attributes of one atom. */
export const quoteScenarios = [
  scenario('a quote’s attribution changed', doc(p('مقدمة'), said('وزير المالية')), setAttr('quote', 'لن نتراجع', 'attribution', 'وزير الاقتصاد'), doc(p('مقدمة'), said('وزير الاقتصاد'))),
  scenario('an attribution added to a quote that had none', doc(said(''), p('خاتمة')), setAttr('quote', 'لن نتراجع', 'attribution', 'رئيس الوزراء'), doc(said('رئيس الوزراء'), p('خاتمة'))),
  scenario('a quote’s attribution cleared', doc(said('مصدر مجهول')), setAttr('quote', 'لن نتراجع', 'attribution', ''), doc(said(''))),
  scenario(
    'a pull quote’s attribution changed',
    doc(p('مقدمة'), pullQuote({ attribution: 'النائب' }, p('الموازنة تأخرت'))),
    setAttr('pullQuote', 'الموازنة', 'attribution', 'النائب الأول'),
    doc(p('مقدمة'), pullQuote({ attribution: 'النائب الأول' }, p('الموازنة تأخرت')))
  ),
  scenario(
    'an attribution changed and a word of the quote corrected, in one edit',
    doc(quote({ attribution: 'الوزير' }, p('لن نتراجع عن القرارات'))),
    together(setAttr('quote', 'لن نتراجع', 'attribution', 'وزير المالية'), replace('عن [القرارات]', 'القرار')),
    doc(quote({ attribution: 'وزير المالية' }, p('لن نتراجع عن القرار')))
  ),
  scenario(
    'Enter inside a quote starts a second paragraph of it',
    doc(quote({ attribution: 'الوزير' }, p('لن نتراجع. القرار نهائي'))),
    split('لن نتراجع. |القرار'),
    doc(quote({ attribution: 'الوزير' }, p('لن نتراجع. '), p('القرار نهائي')))
  ),
  scenario(
    'the second paragraph of a quote deleted',
    doc(quote({ attribution: 'الوزير' }, p('لن نتراجع.'), p('القرار نهائي')), p('خاتمة')),
    removeBlock('paragraph', 'القرار نهائي'),
    doc(quote({ attribution: 'الوزير' }, p('لن نتراجع.')), p('خاتمة'))
  ),
  scenario('a whole quote deleted', doc(p('مقدمة'), said('الوزير'), p('خاتمة')), removeBlock('quote', 'لن نتراجع'), doc(p('مقدمة'), p('خاتمة'))),
  scenario('a quote inserted after a paragraph', doc(p('مقدمة'), p('خاتمة')), insertBlockAfter('paragraph', 'مقدمة', said('الوزير')), doc(p('مقدمة'), said('الوزير'), p('خاتمة')))
]

const photo = (caption: string, more: Record<string, unknown> = {}) => figure({ caption, credit: 'رويترز', alt: 'الوزير في المؤتمر', ...more })

export const figureScenarios = [
  scenario('a figure’s caption changed', doc(p('مقدمة'), photo('الوزير يتحدث'), p('خاتمة')), setAttr('figure', 0, 'caption', 'وزير المالية يتحدث للصحفيين'), doc(p('مقدمة'), photo('وزير المالية يتحدث للصحفيين'), p('خاتمة'))),
  scenario('a caption written for a figure that had none', doc(p('مقدمة'), photo('')), setAttr('figure', 0, 'caption', 'الوزير يتحدث'), doc(p('مقدمة'), photo('الوزير يتحدث'))),
  scenario('a figure’s caption cleared', doc(photo('تعليق قديم'), p('خاتمة')), setAttr('figure', 0, 'caption', ''), doc(photo(''), p('خاتمة'))),
  scenario('a figure’s harakat corrected in its caption', doc(p('مقدمة'), photo('الوزيرُ يتحدث')), setAttr('figure', 0, 'caption', 'الوزيرَ يتحدث'), doc(p('مقدمة'), photo('الوزيرَ يتحدث'))),
  scenario('a figure’s agency credit changed', doc(p('مقدمة'), photo('الوزير')), setAttr('figure', 0, 'credit', 'أ ف ب'), doc(p('مقدمة'), photo('الوزير', { credit: 'أ ف ب' }))),
  scenario('a figure’s alt text changed', doc(p('مقدمة'), photo('الوزير')), setAttr('figure', 0, 'alt', 'وزير المالية على المنصة'), doc(p('مقدمة'), photo('الوزير', { alt: 'وزير المالية على المنصة' }))),
  scenario(
    'the caption of the second of two figures changed',
    doc(photo('الأولى'), p('بينهما'), photo('الثانية')),
    setAttr('figure', 1, 'caption', 'الثانية بعد التعديل'),
    doc(photo('الأولى'), p('بينهما'), photo('الثانية بعد التعديل'))
  ),
  scenario(
    'a caption changed and the paragraph before it corrected, in one edit',
    doc(p('قال الوزيير'), photo('الوزير')),
    together(replace('قال [الوزيير]', 'الوزير'), setAttr('figure', 0, 'caption', 'الوزير في المؤتمر')),
    doc(p('قال الوزير'), photo('الوزير في المؤتمر'))
  ),
  scenario('a figure between paragraphs deleted', doc(p('مقدمة'), photo('الوزير'), p('خاتمة')), removeBlock('figure', 0), doc(p('مقدمة'), p('خاتمة'))),
  scenario('a figure at the end of the article deleted', doc(p('مقدمة'), photo('الوزير')), removeBlock('figure', 0), doc(p('مقدمة'))),
  scenario('a figure inserted between paragraphs', doc(p('مقدمة'), p('خاتمة')), insertBlockAfter('paragraph', 'مقدمة', photo('الوزير')), doc(p('مقدمة'), photo('الوزير'), p('خاتمة')))
]
