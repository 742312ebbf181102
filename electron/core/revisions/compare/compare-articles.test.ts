import { describe, expect, it } from 'vitest'
import type { ArticleBody, BodyNode } from '../../../../shared/article/body'
import { emptyMeta, type ArticleMeta } from '../../../../shared/article/meta'
import { compareArticles } from './compare-articles'
import { compareBodies } from './compare-bodies'

const paragraph = (text: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const body = (...content: BodyNode[]): ArticleBody => ({ type: 'doc', content })
const meta = (patch: Partial<ArticleMeta> = {}): ArticleMeta => ({ ...emptyMeta, ...patch })
const changed = (spans: { op: string; text: string; minor: boolean }[]) => spans.filter((span) => span.op !== 'equal')

describe('comparing two versions of an article', () => {
  it('marks exactly the Arabic words that changed, each whole', () => {
    const [block] = compareBodies(body(paragraph('قال الرئيس لوكالة رويترز إن الاتفاق قريب.')), body(paragraph('قالت الرئيسة لوكالة رويترز إن الاتفاق قريب.')))
    expect(block!.change).toBe('changed')
    expect(changed(block!.spans)).toEqual([
      { op: 'delete', text: 'قال الرئيس', minor: false },
      { op: 'insert', text: 'قالت الرئيسة', minor: false }
    ])
    expect(block!.spans.filter((span) => span.op === 'equal').map((span) => span.text).join('')).toBe(' لوكالة رويترز إن الاتفاق قريب.')
  })

  it('keeps a prefixed word whole (وبالكتاب), never letter by letter', () => {
    const [block] = compareBodies(body(paragraph('جاء بالكتاب')), body(paragraph('جاء وبالكتاب')))
    expect(changed(block!.spans)).toEqual([
      { op: 'delete', text: 'بالكتاب', minor: false },
      { op: 'insert', text: 'وبالكتاب', minor: false }
    ])
  })

  it('a change of harakat only, or of quotes, digits and commas only, is minor and adds no words', () => {
    const before = body(paragraph('كتب الطالب الدرس'), paragraph('قال: "نعم"، في 2024'))
    const after = body(paragraph('كَتَبَ الطالبُ الدرس'), paragraph('قال: «نعم»، في ٢٠٢٤'))
    const comparison = compareArticles({ meta: meta(), body: before }, { meta: meta(), body: after })
    for (const block of comparison.blocks) {
      expect(block.change).toBe('changed')
      expect(changed(block.spans).every((span) => span.minor)).toBe(true)
    }
    expect([comparison.wordsAdded, comparison.wordsRemoved]).toEqual([0, 0])
  })

  it('a moved paragraph reads as moved, not as one removed and one added', () => {
    const blocks = compareBodies(body(paragraph('أولى.'), paragraph('ثانية.'), paragraph('ثالثة.')), body(paragraph('ثالثة.'), paragraph('أولى.'), paragraph('ثانية.')))
    expect(blocks.map((block) => block.change)).toEqual(['moved', 'equal', 'equal'])
  })

  it('a paragraph split in two reads as the same words in two paragraphs: nothing removed, nothing added', () => {
    const whole = 'قال الوزير إن الاتفاق قريب من الإنجاز. وأضاف أن التوقيع سيكون في الأسبوع المقبل بحضور الطرفين.'
    const comparison = compareArticles(
      { meta: meta(), body: body(paragraph('تمهيد.'), paragraph(whole)) },
      { meta: meta(), body: body(paragraph('تمهيد.'), paragraph('قال الوزير إن الاتفاق قريب من الإنجاز.'), paragraph('وأضاف أن التوقيع سيكون في الأسبوع المقبل بحضور الطرفين.')) }
    )
    expect(comparison.blocks.map((block) => block.change)).toEqual(['equal', 'changed', 'changed'])
    expect(comparison.blocks.map((block) => block.spans.map((span) => span.text).join(''))).toEqual([
      'تمهيد.',
      'قال الوزير إن الاتفاق قريب من الإنجاز.',
      'وأضاف أن التوقيع سيكون في الأسبوع المقبل بحضور الطرفين.'
    ])
    expect(comparison.blocks.flatMap((block) => changed(block.spans))).toEqual([])
    expect([comparison.wordsAdded, comparison.wordsRemoved]).toEqual([0, 0])
  })

  it('a split paragraph whose second half was also edited marks only the edited word, in the half it is in', () => {
    const blocks = compareBodies(
      body(paragraph('قال الوزير إن الاتفاق قريب من الإنجاز. وأضاف أن التوقيع سيكون في الأسبوع المقبل.')),
      body(paragraph('قال الوزير إن الاتفاق قريب من الإنجاز.'), paragraph('وأضاف أن التوقيع سيكون في الشهر المقبل.'))
    )
    expect(blocks.map((block) => changed(block.spans).map((span) => `${span.op}:${span.text}`))).toEqual([[], ['delete:الأسبوع', 'insert:الشهر']])
  })

  it('two paragraphs joined into one read as one paragraph of the same words', () => {
    const blocks = compareBodies(
      body(paragraph('قال الوزير إن الاتفاق قريب من الإنجاز.'), paragraph('وأضاف أن التوقيع سيكون في الأسبوع المقبل بحضور الطرفين.')),
      body(paragraph('قال الوزير إن الاتفاق قريب من الإنجاز، وأضاف أن التوقيع سيكون في الأسبوع المقبل بحضور الطرفين.'))
    )
    expect(blocks.map((block) => block.change)).toEqual(['changed'])
    expect(changed(blocks[0]!.spans).map((span) => `${span.op}:${span.text.trim()}`)).toEqual(['delete:.', 'insert:،'])
  })

  it('an added and a removed paragraph are listed as such, in place', () => {
    const blocks = compareBodies(body(paragraph('يبقى.'), paragraph('يُحذف كله.')), body(paragraph('يبقى.'), paragraph('فقرة جديدة تماما عن موضوع آخر.')))
    expect(blocks.map((block) => [block.change, block.spans[0]?.text])).toEqual([
      ['equal', 'يبقى.'],
      ['removed', 'يُحذف كله.'],
      ['added', 'فقرة جديدة تماما عن موضوع آخر.']
    ])
  })

  it('in a list only the item that changed is marked', () => {
    const list = (...items: string[]): BodyNode => ({ type: 'bulletList', content: items.map((text) => ({ type: 'listItem', content: [paragraph(text)] })) })
    const blocks = compareBodies(body(list('واحد', 'اثنان', 'ثلاثة')), body(list('واحد', 'اثنان معدلة', 'ثلاثة')))
    expect(blocks.map((block) => `${block.kind}:${block.change}`)).toEqual(['listItem:equal', 'listItem:changed', 'listItem:equal'])
  })

  it('a caption or an attribution that changed is compared too', () => {
    const figure = (caption: string): BodyNode => ({ type: 'figure', attrs: { mediaId: null, caption, credit: 'رويترز', alt: '' } })
    const [block] = compareBodies(body(figure('الوفود في القاعة')), body(figure('الوفود في القاعة الكبرى')))
    expect(block).toMatchObject({ kind: 'figure', change: 'changed' })
    expect(changed(block!.spans).map((span) => [span.op, span.text.trim()])).toEqual([['insert', 'الكبرى']])
  })

  it('lists the metadata that changed, the status included, and counts the words added and removed', () => {
    const comparison = compareArticles(
      { meta: meta({ headline: 'الحكومة تقر الموازنة', bylines: ['سارة'] }), body: body(paragraph('نص قصير.')), status: 'draft' },
      { meta: meta({ headline: 'الحكومة تقر الموازنة الجديدة', bylines: ['سارة', 'رامي'] }), body: body(paragraph('نص قصير جدا وواضح.')), status: 'in_review' }
    )
    expect(comparison.meta).toEqual([
      { field: 'headline', from: 'الحكومة تقر الموازنة', to: 'الحكومة تقر الموازنة الجديدة' },
      { field: 'bylines', from: 'سارة', to: 'سارة، رامي' },
      { field: 'status', from: 'draft', to: 'in_review' }
    ])
    expect([comparison.wordsAdded, comparison.wordsRemoved]).toEqual([2, 0])
  })

  it('two identical versions compare as all equal', () => {
    const same = { meta: meta({ headline: 'كما هو' }), body: body(paragraph('لم يتغير شيء.')) }
    const comparison = compareArticles(same, same)
    expect(comparison).toMatchObject({ meta: [], wordsAdded: 0, wordsRemoved: 0 })
    expect(comparison.blocks.every((block) => block.change === 'equal')).toBe(true)
  })
})
