import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { doc, en, h2, h3, headerCell, cell, item, ol, p, pullQuote, quote, row, table, ul, li } from '../article-builders'
import { scenario, type SuggestionScenario } from '../suggestion-scenario'
import { arabicWordEdits, englishWordEdits, type WordEdit } from './arabic-words'

/**
 * Where the words may stand: the same edit of a block's words goes through a
 * different path in a heading, a list item two levels down or a table cell,
 * so each edit is made in each. The other blocks around it hold words of
 * their own, which must come through untouched.
 */
interface Place {
  name: string
  body: (words: string) => ProseMirrorNode
}

const arabicPlaces: Place[] = [
  { name: 'a paragraph', body: (words) => doc(p('مقدمة الخبر'), p(words), p('خاتمة')) },
  { name: 'an h2 heading', body: (words) => doc(h2(words), p('مقدمة الخبر')) },
  { name: 'an h3 heading', body: (words) => doc(p('مقدمة الخبر'), h3(words)) },
  { name: 'a bullet list item', body: (words) => doc(p('مقدمة الخبر'), ul(item('البند الأول'), item(words))) },
  { name: 'an ordered list item', body: (words) => doc(ol(item(words), item('البند الثاني')), p('خاتمة')) },
  { name: 'a quote', body: (words) => doc(quote({ attribution: 'المتحدث الرسمي' }, p(words)), p('خاتمة')) },
  { name: 'a pull quote', body: (words) => doc(p('مقدمة الخبر'), pullQuote({ attribution: 'رئيس اللجنة' }, p(words))) },
  { name: 'a table cell', body: (words) => doc(table(row(headerCell('البند'), headerCell('التفاصيل')), row(cell('الأول'), cell(words)))) }
]

const englishPlaces: Place[] = [
  { name: 'an English paragraph', body: (words) => doc(p('مقدمة الخبر'), en(words)) },
  { name: 'an English h2 heading', body: (words) => doc(h2({ dir: 'ltr' }, words), p('مقدمة الخبر')) },
  { name: 'an English list item', body: (words) => doc(ul({ dir: 'ltr' }, li({ dir: 'ltr' }, en(words)), item('البند الثاني'))) },
  { name: 'an English quote', body: (words) => doc(quote({ attribution: 'Reuters', dir: 'ltr' }, en(words)), p('خاتمة')) }
]

const inEveryPlace = (edits: WordEdit[], places: Place[]): SuggestionScenario[] =>
  edits.flatMap((wordEdit) =>
    places.map((place) => scenario(`${wordEdit.name}, in ${place.name}`, place.body(wordEdit.words), wordEdit.edit, place.body(wordEdit.accepted)))
  )

export const wordScenarios: SuggestionScenario[] = [...inEveryPlace(arabicWordEdits, arabicPlaces), ...inEveryPlace(englishWordEdits, englishPlaces)]
