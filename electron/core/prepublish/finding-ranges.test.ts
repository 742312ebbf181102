import { describe, expect, it } from 'vitest'
import type { BodyNode } from '../../../shared/article/body'
import type { Finding } from '../../../shared/prepublish/finding'
import { blockText } from './body-blocks'
import { checkArticle } from './check-article'
import { checkInput, figure, heading, paragraph, text } from './testing/check-fixtures'
import { LONG_PARAGRAPH_WORDS } from './rules/long-paragraph'

// A finding names the exact characters it is about, so the editor can select
// them and nothing else: a key pressed after clicking the finding must never
// take more than those characters with it.

const only = (body: BodyNode[], rule: string) => checkArticle(checkInput({ body })).filter((f) => f.rule === rule)

/** The characters a body finding selects, read back from the block's text the way the editor counts them. */
function selected(body: BodyNode[], finding: Finding): string {
  const { location } = finding
  if (location.kind !== 'body' || !location.range) throw new Error(`no range: ${JSON.stringify(location)}`)
  const block = location.path.reduce<BodyNode>((node, index) => node.content![index]!, { type: 'doc', content: body })
  return blockText(block).text.slice(location.range.from, location.range.to)
}

describe('a typography finding names its exact characters', () => {
  it('a Latin comma: the comma alone', () => {
    const body = [paragraph('افتتحت القمة ,وسط حضور كبير.')]
    const [comma] = only(body, 'latin_punctuation')
    expect(comma!.location).toMatchObject({ range: { from: 13, to: 14 } })
    expect(selected(body, comma!)).toBe(',')
  })

  it('doubled spaces: the spaces after the first one, so deleting them leaves one space between the words', () => {
    const body = [paragraph('افتتحت القمة   أعمالها  اليوم.')]
    const [spaces] = only(body, 'doubled_spaces')
    expect(spaces!.location).toMatchObject({ range: { from: 13, to: 15 } })
    expect(selected(body, spaces!)).toBe('  ')
    const { from, to } = (spaces!.location as { range: { from: number; to: number } }).range
    const text = blockText(body[0]!).text
    expect(text.slice(0, from) + text.slice(to)).toBe('افتتحت القمة أعمالها  اليوم.')
  })

  it('an unbalanced quotation mark: the mark alone', () => {
    const body = [paragraph('قال الوزير: «لن نتراجع عن مطالبنا.')]
    const [quote] = only(body, 'unbalanced_quotes')
    expect(selected(body, quote!)).toBe('«')
    expect(quote!.location).toMatchObject({ range: { from: 12, to: 13 } })
  })

  it('counts across bold runs and a line break as the editor does (a line break is one place)', () => {
    const body = [paragraph(text('قال '), text('الوزير', [{ type: 'bold' }]), { type: 'hardBreak' }, text('إن المحادثات, مستمرة'))]
    const [comma] = only(body, 'latin_punctuation')
    expect(comma!.location).toMatchObject({ path: [0], range: { from: 23, to: 24 } })
    expect(selected(body, comma!)).toBe(',')
  })

  it('points inside a paragraph of a quote by the paragraph’s own offsets', () => {
    const body: BodyNode[] = [{ type: 'quote', attrs: { attribution: '' }, content: [paragraph('نص'), paragraph('لن نتراجع  أبدًا')] }]
    const [spaces] = only(body, 'doubled_spaces')
    expect(spaces!.location).toMatchObject({ path: [0, 1], range: { from: 10, to: 11 } })
    expect(selected(body, spaces!)).toBe(' ')
  })
})

describe('a finding about a whole block names no characters', () => {
  it('a long paragraph, an empty subheading and a figure without alt carry no range: the editor puts the caret in the block', () => {
    const findings = checkArticle(
      checkInput({ body: [paragraph('كلمة '.repeat(LONG_PARAGRAPH_WORDS + 1).trim()), heading(''), figure({ alt: '' })] })
    )
    expect(findings.map((f) => f.rule).sort()).toEqual(['figure_alt_missing', 'heading_empty', 'paragraph_long'])
    for (const finding of findings) expect(finding.location, finding.rule).not.toHaveProperty('range')
  })
})
