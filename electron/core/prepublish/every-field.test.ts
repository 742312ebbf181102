import { describe, expect, it } from 'vitest'
import type { BodyNode } from '../../../shared/article/body'
import { checkArticle } from './check-article'
import { checkInput, figure, leadImage, paragraph } from './testing/check-fixtures'

// The typography rules read every piece of copy a reader sees, not only the body.

const typography = new Set(['latin_punctuation', 'doubled_spaces', 'unbalanced_quotes', 'mixed_digits'])
const typographyOf = (input: ReturnType<typeof checkInput>) =>
  checkArticle(input)
    .filter((f) => typography.has(f.rule))
    .map((f) => [f.rule, f.location])

describe('typography in the header fields, the lead image and the slug', () => {
  it('finds each slip in its field, at its characters', () => {
    const found = typographyOf(
      checkInput({
        meta: {
          kicker: 'عاجل,  القمة',
          headline: 'قمة المناخ ,تنتهي باتفاق',
          dek: 'قال الوزير: ”لن نتراجع',
          dateline: 'القاهرة  -  رويترز',
          slug: 'قمة-المناخ,-اتفاق',
          leadImage: { ...leadImage, caption: 'الوفود في القاعة, صباحًا', credit: 'رويترز,  أ ف ب' }
        }
      })
    )
    expect(found).toEqual([
      ['latin_punctuation', { kind: 'meta', field: 'kicker', range: { from: 4, to: 5 } }],
      ['doubled_spaces', { kind: 'meta', field: 'kicker', range: { from: 6, to: 7 } }],
      ['latin_punctuation', { kind: 'meta', field: 'headline', range: { from: 11, to: 12 } }],
      ['unbalanced_quotes', { kind: 'meta', field: 'dek', range: { from: 12, to: 13 } }],
      ['doubled_spaces', { kind: 'meta', field: 'dateline', range: { from: 8, to: 9 } }],
      ['latin_punctuation', { kind: 'meta', field: 'leadImage.caption', range: { from: 16, to: 17 } }],
      ['latin_punctuation', { kind: 'meta', field: 'leadImage.credit', range: { from: 6, to: 7 } }],
      ['doubled_spaces', { kind: 'meta', field: 'leadImage.credit', range: { from: 8, to: 9 } }],
      ['latin_punctuation', { kind: 'meta', field: 'slug', range: { from: 10, to: 11 } }]
    ])
  })

  it('leaves a slug in Latin letters and clean fields alone', () => {
    expect(typographyOf(checkInput({ meta: { slug: 'climate-summit,-deal', slugScript: 'latin', kicker: 'عاجل', dek: 'قال: ”لن نتراجع“' } }))).toEqual([])
  })
})

describe('typography in the fields of body blocks', () => {
  it('finds slips in a figure’s caption and credit and a quote’s attribution, naming the field', () => {
    const quote: BodyNode = { type: 'quote', attrs: { attribution: 'وزير الخارجية,  في المؤتمر' }, content: [paragraph('لن نتراجع.')] }
    const found = typographyOf(checkInput({ body: [paragraph('نص'), figure({ caption: 'حشود  في الساحة', credit: 'أ ف ب' }), quote] }))
    expect(found).toEqual([
      ['doubled_spaces', { kind: 'body', path: [1], excerpt: 'حشود في الساحة', part: 'caption', range: { from: 5, to: 6 } }],
      ['latin_punctuation', { kind: 'body', path: [2], excerpt: 'وزير الخارجية, في المؤتمر', part: 'attribution', range: { from: 13, to: 14 } }],
      ['doubled_spaces', { kind: 'body', path: [2], excerpt: 'وزير الخارجية, في المؤتمر', part: 'attribution', range: { from: 15, to: 16 } }]
    ])
  })
})

describe('mixed digits', () => {
  it('flags a field writing numbers both ways, at the first number against the newsroom’s setting', () => {
    const body = [paragraph('قتل 12 شخصًا وأصيب ٣٥ آخرون و٤ مفقودين')]
    const western = checkArticle(checkInput({ body, digitStyle: 'western' })).filter((f) => f.rule === 'mixed_digits')
    expect(western).toEqual([
      {
        rule: 'mixed_digits',
        severity: 'warning',
        params: { digits: '٣٥', style: 'western', count: 2 },
        location: { kind: 'body', path: [0], excerpt: 'قتل 12 شخصًا وأصيب ٣٥ آخرون و٤ مفقودين', range: { from: 19, to: 21 } }
      }
    ])
    const arabicIndic = checkArticle(checkInput({ body, meta: { dateline: 'القاهرة ٣ مايو 2026' }, digitStyle: 'arabic-indic' })).filter((f) => f.rule === 'mixed_digits')
    expect(arabicIndic.map((f) => [f.params.digits, f.location])).toEqual([
      ['2026', { kind: 'meta', field: 'dateline', range: { from: 15, to: 19 } }],
      ['12', { kind: 'body', path: [0], excerpt: 'قتل 12 شخصًا وأصيب ٣٥ آخرون و٤ مفقودين', range: { from: 4, to: 6 } }]
    ])
  })

  it('leaves a field written one way, and English runs, alone', () => {
    const body = [
      paragraph('قتل ٣٥ شخصًا'),
      paragraph('وقال في ٣ تغريدات ', { type: 'text', text: 'COP30 2025', marks: [{ type: 'lang', attrs: { lang: 'en' } }] })
    ]
    expect(checkArticle(checkInput({ body, meta: { dek: 'في 2026' }, digitStyle: 'western' })).map((f) => f.rule)).not.toContain('mixed_digits')
  })
})

describe('byline and section', () => {
  it('an article with no byline (or only blank ones) and no section is warned, at those fields', () => {
    const found = checkArticle(checkInput({ meta: { bylines: ['', '  '], section: ' ' } }))
    expect(found).toEqual([
      { rule: 'section_missing', severity: 'warning', params: {}, location: { kind: 'meta', field: 'section' } },
      { rule: 'byline_missing', severity: 'warning', params: {}, location: { kind: 'meta', field: 'bylines' } }
    ])
    expect(checkArticle(checkInput({ meta: { bylines: ['', 'وكالة الأنباء'], section: 'رياضة' } }))).toEqual([])
  })
})
