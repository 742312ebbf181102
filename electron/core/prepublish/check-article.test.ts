import { describe, expect, it } from 'vitest'
import { checkArticle } from './check-article'
import { checkInput, english, figure, heading, ltr, paragraph, quote, text } from './testing/check-fixtures'
import { LONG_PARAGRAPH_WORDS } from './rules/long-paragraph'
import { ruleIds } from '../../../shared/prepublish/finding'
import { findingPlace } from '../../../shared/prepublish/finding-place'
import { translate } from '../../../shared/i18n/translate'

const rulesOf = (input: Parameters<typeof checkArticle>[0]) => checkArticle(input).map((f) => f.rule)
const only = (input: Parameters<typeof checkArticle>[0], rule: string) => checkArticle(input).filter((f) => f.rule === rule)

const otherId = '6b0e3a52-1f7d-4c8e-9a2b-5d4c3b2a1908'

describe('the pre-publish check', () => {
  it('finds nothing in a clean Arabic article', () => {
    expect(checkArticle(checkInput())).toEqual([])
  })

  it('lists errors before warnings, each in the order they appear on screen', () => {
    const findings = checkArticle(
      checkInput({
        meta: { headline: '', leadImage: null },
        body: [paragraph('قال الوزير,  ثم غادر.'), heading(''), figure({ alt: '' })]
      })
    )
    expect(findings.map((f) => [f.severity, f.rule])).toEqual([
      ['error', 'headline_missing'],
      ['error', 'heading_empty'],
      ['error', 'figure_alt_missing'],
      ['warning', 'lead_image_missing'],
      ['warning', 'latin_punctuation'],
      ['warning', 'doubled_spaces']
    ])
  })
})

describe('what the check says', () => {
  it('every rule’s finding reads in Arabic and English with its own details filled in', () => {
    const gone = '00000000-0000-4000-8000-000000000000'
    const findings = checkArticle(
      checkInput({
        meta: { headline: '', leadImage: null, section: '', bylines: [] },
        headlineTarget: 10,
        body: [
          paragraph('قال الوزير,  إن ”المحادثات مستمرة في 3 عواصم و٤ مدن.'),
          paragraph('كلمة '.repeat(LONG_PARAGRAPH_WORDS + 1)),
          heading(''),
          figure({ mediaId: null, alt: '', caption: 'حشود', credit: '' }),
          paragraph(text('تقرير سابق', [{ type: 'link', attrs: { href: `midad:article/${gone}` } }]))
        ]
      })
    )
      .concat(checkArticle(checkInput({ meta: { headline: 'عنوان أطول بكثير من الطول المستهدف' }, headlineTarget: 10 })))
      .concat(checkArticle({ ...checkInput({}), approvalLapsed: true }))
      .concat(
        checkArticle({
          ...checkInput({ body: [paragraph(text('أن', [{ type: 'insertion', attrs: { id: 's1' } }]), text(' الوزير', [{ type: 'comment', attrs: { thread: 't1' } }]))] }),
          openThreads: ['t1']
        })
      )
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(ruleIds))
    for (const finding of findings) {
      const place = findingPlace(finding.location)
      for (const locale of ['ar', 'en'] as const) {
        const line = `${translate(locale, `check.${finding.rule}`, finding.params)} ${translate(locale, place.key, place.params)}`
        expect(line, `${locale} ${finding.rule}`).not.toMatch(/[{}]/)
      }
    }
    const long = findings.find((f) => f.rule === 'paragraph_long')!
    expect(translate('ar', 'check.paragraph_long', long.params)).toBe(`فقرة طويلة: ${LONG_PARAGRAPH_WORDS + 1} كلمةً، والمقترح ألا تزيد على ${LONG_PARAGRAPH_WORDS}.`)
    expect(translate('en', 'check.where.body', findingPlace({ kind: 'body', path: [1, 0], excerpt: '' }).params)).toBe('Body, block 2.1')
    // A field of a block is named as such: the caption, not the block's text, has the slip.
    const caption = findingPlace({ kind: 'body', path: [3], excerpt: '', part: 'caption', range: { from: 0, to: 1 } })
    expect(translate('ar', caption.key, caption.params)).toBe('النص، تعليق الصورة في الكتلة 4')
    expect(translate('en', findingPlace({ kind: 'meta', field: 'dek' }).key)).toBe('Dek')
  })
})

describe('errors', () => {
  it('missing headline: flags an empty or blank headline, not a written one', () => {
    expect(only(checkInput({ meta: { headline: '   ' } }), 'headline_missing')).toEqual([
      { rule: 'headline_missing', severity: 'error', params: {}, location: { kind: 'meta', field: 'headline' } }
    ])
    expect(rulesOf(checkInput({ meta: { headline: 'Apple تطلق هاتفًا جديدًا' } }))).not.toContain('headline_missing')
  })

  it('figure without image: flags a figure still waiting for its picture, with the figure as location', () => {
    const waiting = only(checkInput({ body: [paragraph('نص'), figure({ mediaId: null, caption: 'المتظاهرون في الساحة', credit: 'أ ف ب' })] }), 'figure_image_missing')
    expect(waiting).toEqual([
      { rule: 'figure_image_missing', severity: 'error', params: {}, location: { kind: 'body', path: [1], excerpt: 'المتظاهرون في الساحة', part: 'image' } }
    ])
    expect(rulesOf(checkInput({ body: [figure({})] }))).not.toContain('figure_image_missing')
  })

  it('figure without alt text: flags a blank alt in the body and on the lead image, not a written one', () => {
    expect(only(checkInput({ body: [figure({ alt: ' ' })] }), 'figure_alt_missing').map((f) => f.location)).toEqual([
      { kind: 'body', path: [0], excerpt: '', part: 'alt' }
    ])
    const lead = checkInput({ meta: { leadImage: { mediaId: 'c.jpg', caption: '', credit: '', alt: '' } } })
    expect(only(lead, 'figure_alt_missing').map((f) => f.location)).toEqual([{ kind: 'meta', field: 'leadImage.alt' }])
    expect(rulesOf(checkInput({ body: [figure({ alt: 'Reuters building in London' })] }))).not.toContain('figure_alt_missing')
  })

  it('caption without credit: flags body figures and the lead image; a credit, or no caption at all, passes', () => {
    const found = only(
      checkInput({ meta: { leadImage: { mediaId: 'c.jpg', caption: 'الرئيس يصل', credit: '', alt: 'الرئيس' } }, body: [figure({ caption: 'حشود', credit: '' })] }),
      'caption_credit_missing'
    )
    expect(found.map((f) => f.location)).toEqual([
      { kind: 'meta', field: 'leadImage.credit' },
      { kind: 'body', path: [0], excerpt: 'حشود', part: 'credit' }
    ])
    expect(rulesOf(checkInput({ body: [figure({ caption: 'حشود', credit: 'Getty Images' }), figure({ caption: '', credit: '' })] }))).not.toContain(
      'caption_credit_missing'
    )
  })

  it('empty heading: flags a subheading with no text or only spaces, not one with text', () => {
    const found = only(checkInput({ body: [paragraph('نص'), heading(''), heading('   ', 3)] }), 'heading_empty')
    expect(found.map((f) => f.location)).toEqual([
      { kind: 'body', path: [1], excerpt: '' },
      { kind: 'body', path: [2], excerpt: '' }
    ])
    expect(rulesOf(checkInput({ body: [heading('COP30: ما الذي تغيّر؟')] }))).not.toContain('heading_empty')
  })

  it('link to a missing article: flags internal links and read-also entries whose article is gone, not those in the library', () => {
    const gone = '00000000-0000-4000-8000-000000000000'
    const link = (id: string) => [{ type: 'link', attrs: { href: `midad:article/${id}` } }]
    const body = [
      paragraph('كما ', text('ذكرنا سابقًا', link(gone)), ' و', text('في تقرير آخر', link(otherId)), '.'),
      { type: 'relatedArticles', attrs: { articles: [{ id: gone, headline: 'خبر محذوف' }, { id: otherId, headline: 'خبر قائم' }] } }
    ]
    const found = only(checkInput({ body, library: [otherId] }), 'article_link_missing')
    expect(found).toEqual([
      { rule: 'article_link_missing', severity: 'error', params: { text: 'ذكرنا سابقًا' }, location: { kind: 'body', path: [0], excerpt: 'ذكرنا سابقًا', range: { from: 4, to: 16 } } },
      { rule: 'article_link_missing', severity: 'error', params: { text: 'خبر محذوف' }, location: { kind: 'body', path: [1], excerpt: 'خبر محذوف' } }
    ])
    const web = paragraph('راجع ', text('موقع الوكالة', [{ type: 'link', attrs: { href: 'https://example.com/news' } }]))
    expect(rulesOf(checkInput({ body: [web, paragraph(text('تقرير', link(otherId)))], library: [otherId] }))).not.toContain('article_link_missing')
  })

  it('counts a link split by bold text as one link', () => {
    const gone = '00000000-0000-4000-8000-000000000000'
    const href = { type: 'link', attrs: { href: `midad:article/${gone}` } }
    const body = [paragraph(text('تقرير ', [href]), text('خاص', [href, { type: 'bold' }]))]
    expect(only(checkInput({ body }), 'article_link_missing').map((f) => [f.params, f.location])).toEqual([
      [{ text: 'تقرير خاص' }, { kind: 'body', path: [0], excerpt: 'تقرير خاص', range: { from: 0, to: 9 } }]
    ])
  })
})

describe('warnings', () => {
  it('headline over target: counts graphemes, so harakat do not push a headline over', () => {
    const found = only(checkInput({ meta: { headline: 'قمة المناخ تنتهي باتفاق تاريخي' }, headlineTarget: 20 }), 'headline_over_target')
    expect(found).toEqual([
      { rule: 'headline_over_target', severity: 'warning', params: { count: 30, target: 20 }, location: { kind: 'meta', field: 'headline' } }
    ])
    // 13 graphemes (letters with their harakat, and the space) in 23 UTF-16 units.
    const vocalized = 'مَدْرَسَةُ الصَّحَافَةِ'
    expect(vocalized.length).toBeGreaterThan(13)
    expect(rulesOf(checkInput({ meta: { headline: vocalized }, headlineTarget: 13 }))).not.toContain('headline_over_target')
  })

  it('Latin punctuation between Arabic words: flags , ; ? in Arabic copy', () => {
    const body = [paragraph('قال الوزير, إن المحادثات مستمرة; فهل تنجح?'), quote(paragraph('لن نتراجع ,أبدًا'))]
    const found = only(checkInput({ body }), 'latin_punctuation')
    expect(found).toEqual([
      { rule: 'latin_punctuation', severity: 'warning', params: { mark: ',', count: 3 }, location: { kind: 'body', path: [0], excerpt: 'قال الوزير, إن المحادثات مستمرة; فهل تنجح?', range: { from: 10, to: 11 } } },
      { rule: 'latin_punctuation', severity: 'warning', params: { mark: ',', count: 1 }, location: { kind: 'body', path: [1, 0], excerpt: 'لن نتراجع ,أبدًا', range: { from: 10, to: 11 } } }
    ])
  })

  it('Latin punctuation: leaves English runs, numbers, Arabic marks and left-to-right blocks alone', () => {
    const body = [
      paragraph('قالت الشركة في بيان: Apple, Google and Meta agreed. وارتفع السهم 1,5 في المئة، أي ٣,٥ نقطة؟'),
      paragraph('وكتب على المنصة ', english('Is it over? Yes; it is'), ' ثم صمت.'),
      ltr(paragraph('The minister said, in Arabic, إن المحادثات مستمرة, and left.')),
      ltr(quote(paragraph('لن نتراجع, أبدًا')))
    ]
    expect(only(checkInput({ body }), 'latin_punctuation')).toEqual([])
  })

  it('doubled spaces: flags two or more spaces (also no-break) in Arabic or English, counting the places', () => {
    const body = [paragraph('افتتحت  القمة أعمالها\u00A0 اليوم  صباحًا.'), ltr(paragraph('The  summit opened.'))]
    const found = only(checkInput({ body }), 'doubled_spaces')
    expect(found.map((f) => [f.location, f.params])).toEqual([
      [{ kind: 'body', path: [0], excerpt: 'افتتحت القمة أعمالها اليوم صباحًا.', range: { from: 7, to: 8 } }, { count: 3 }],
      [{ kind: 'body', path: [1], excerpt: 'The summit opened.', range: { from: 4, to: 5 } }, { count: 1 }]
    ])
    expect(rulesOf(checkInput({ body: [paragraph('افتتحت القمة ', text('أعمالها', [{ type: 'bold' }]), ' اليوم.')] }))).not.toContain('doubled_spaces')
  })

  it('unbalanced quotation marks: flags a quote opened and never closed within its paragraph', () => {
    const body = [
      paragraph('قال: ”لن نتراجع عن مطالبنا.'),
      paragraph('وأضاف: «سنواصل الضغط'),
      ltr(paragraph('He said "we will not back down.'))
    ]
    expect(only(checkInput({ body }), 'unbalanced_quotes').map((f) => [f.location.kind === 'body' && f.location.path, f.params.mark])).toEqual([
      [[0], '”'],
      [[1], '«'],
      [[2], '"']
    ])
  })

  it('unbalanced quotation marks: right-to-left ” … “, « », English “ ” and straight pairs pass', () => {
    const body = [
      paragraph('قال: ”لن نتراجع“ ثم أضاف «سنواصل الضغط».'),
      paragraph('ونقلت ', english('“We will not back down,” he said'), ' الوكالة.'),
      ltr(paragraph('He said "we will not back down" twice.'))
    ]
    expect(rulesOf(checkInput({ body }))).not.toContain('unbalanced_quotes')
  })

  it(`long paragraph: flags a paragraph over ${LONG_PARAGRAPH_WORDS} words, not one at the limit or a long heading`, () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? 'المفاوضات' : 'Reuters')).join(' ')
    const found = only(checkInput({ body: [paragraph(words(LONG_PARAGRAPH_WORDS + 1))] }), 'paragraph_long')
    expect(found.map((f) => f.params)).toEqual([{ words: LONG_PARAGRAPH_WORDS + 1, limit: LONG_PARAGRAPH_WORDS }])
    expect(rulesOf(checkInput({ body: [paragraph(words(LONG_PARAGRAPH_WORDS)), heading(words(200))] }))).not.toContain('paragraph_long')
  })

  it('no lead image: a warning pointing at the lead image field, gone once one is chosen', () => {
    expect(only(checkInput({ meta: { leadImage: null } }), 'lead_image_missing')).toEqual([
      { rule: 'lead_image_missing', severity: 'warning', params: {}, location: { kind: 'meta', field: 'leadImage' } }
    ])
    expect(rulesOf(checkInput())).not.toContain('lead_image_missing')
  })
})
