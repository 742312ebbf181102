// Small builders for the check's tests: an article as core stores it.
import type { BodyNode } from '../../../../shared/article/body'
import { emptyMeta, type ArticleMeta } from '../../../../shared/article/meta'
import { defaultSettings, type DigitStyle } from '../../../../shared/settings/newsroom-settings'
import type { CheckInput } from '../check-input'

type Marks = BodyNode['marks']

export const text = (value: string, marks?: Marks): BodyNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) })
export const english = (value: string): BodyNode => text(value, [{ type: 'lang', attrs: { lang: 'en' } }])
export const paragraph = (...content: (BodyNode | string)[]): BodyNode => ({
  type: 'paragraph',
  content: content.map((part) => (typeof part === 'string' ? text(part) : part))
})
export const ltr = (block: BodyNode): BodyNode => ({ ...block, attrs: { ...block.attrs, dir: 'ltr' } })
export const heading = (value: string, level = 2): BodyNode => ({ type: 'heading', attrs: { level }, ...(value ? { content: [text(value)] } : {}) })
export const quote = (...paragraphs: BodyNode[]): BodyNode => ({ type: 'quote', attrs: { attribution: '' }, content: paragraphs })
export const figure = (attrs: Partial<{ mediaId: string | null; alt: string; caption: string; credit: string }>): BodyNode => ({
  type: 'figure',
  attrs: { mediaId: 'a'.repeat(64) + '.jpg', alt: 'وصف', caption: '', credit: '', width: 800, height: 600, ...attrs }
})

export const leadImage = { mediaId: 'b'.repeat(64) + '.jpg', caption: 'الوفود في القاعة', credit: 'رويترز', alt: 'قاعة القمة' }

/** An article that passes every rule unless a test changes it. */
export function checkInput(
  overrides: { meta?: Partial<ArticleMeta>; body?: BodyNode[]; headlineTarget?: number; digitStyle?: DigitStyle; library?: string[] } = {}
): CheckInput {
  const library = new Set(overrides.library ?? [])
  return {
    meta: { ...emptyMeta, section: 'أخبار العالم', headline: 'قمة المناخ تنتهي باتفاق', bylines: ['سارة خليل'], leadImage, ...overrides.meta },
    body: { type: 'doc', content: overrides.body ?? [paragraph('افتتحت القمة أعمالها صباح اليوم.')] },
    settings: { headlineTarget: overrides.headlineTarget ?? defaultSettings.headlineTarget, digitStyle: overrides.digitStyle ?? defaultSettings.digitStyle },
    articleExists: (id) => library.has(id)
  }
}
