// Test support: random two-desk editing sessions for the hub's fuzz tests,
// the desks' edits made as the editor and core make them (typing in a
// paragraph, a paragraph rewritten, the headline, a comment thread, a
// suggested insertion named for its author).
import * as Y from 'yjs'
import { bodyFragment } from '../../../shared/document/article-document'
import { startThread } from '../../../shared/review/review-threads'
import { nameSuggestionAuthors } from '../../../shared/review/suggestion-records'
import { editParagraphs } from './article-replica'

/** A small seeded generator (mulberry32): the same seed, the same session. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const words = ['الحكومة', 'الموازنة', 'قال', 'الوزير', 'إن', 'الاتفاق', 'قريب', 'البرلمان', 'صوّت', 'على', 'القرار', 'اليوم']
const PERSON = ['6a1f2d9e-0b7c-4c55-9e0a-1b2c3d4e5f60', '7b2e3f0a-1c8d-4d66-8f1b-2c3d4e5f6071']

export type Operation = 'type' | 'rewrite' | 'headline' | 'comment' | 'suggest' | 'toggle'

/** One random edit at `desk` (0 or 1) in `doc`; 'toggle' is left to the caller (a disconnect or a reconnect). */
export function randomOperation(random: () => number, doc: Y.Doc, desk: number, step: number): Operation {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const roll = random()
  const fragment = bodyFragment(doc)
  const paragraph = fragment.length > 0 ? (fragment.get(Math.floor(random() * fragment.length)) as Y.XmlElement) : null
  const text = paragraph && paragraph.length > 0 && paragraph.get(0) instanceof Y.XmlText ? (paragraph.get(0) as Y.XmlText) : null
  const at = new Date(Date.UTC(2026, 0, 1, 0, 0, step)).toISOString()
  if (roll < 0.15) return 'toggle'
  if (roll < 0.5 && text) {
    text.insert(Math.floor(random() * (text.length + 1)), `${pick(words)} `)
    return 'type'
  }
  if (roll < 0.6) {
    const count = 1 + Math.floor(random() * 3)
    editParagraphs(doc, ...Array.from({ length: count }, () => `${pick(words)} ${pick(words)} ${pick(words)}.`))
    return 'rewrite'
  }
  if (roll < 0.72) {
    const headline = doc.getText('meta.headline')
    if (headline.length > 60 || random() < 0.3) headline.delete(0, Math.min(headline.length, 1 + Math.floor(random() * 5)))
    else headline.insert(headline.length, ` ${pick(words)}`)
    return 'headline'
  }
  if (roll < 0.86) {
    const id = `t-${desk}-${step}`
    startThread(doc, { id, quote: pick(words) }, { id: `r-${desk}-${step}`, by: PERSON[desk]!, at, text: pick(words), mentions: [] })
    return 'comment'
  }
  if (text) {
    const id = `s-${desk}-${step}`
    doc.transact(() => {
      text.insert(Math.floor(random() * (text.length + 1)), `${pick(words)} `, { insertion: { id } })
      nameSuggestionAuthors(doc, [id], PERSON[desk]!, at)
    })
    return 'suggest'
  }
  return 'type'
}
