import { cell, doc, en, figure, h2, item, li, p, pullQuote, quote, row, table, ul } from '../article-builders'
import { replace, setAttr, together } from '../article-edits'
import { scenario } from '../suggestion-scenario'

/** A block's direction set or taken off: an English block in the Arabic article reads left to right. */
export const directionScenarios = [
  scenario('a paragraph set left to right', doc(p('مقدمة'), p('The minister said')), setAttr('paragraph', 'The minister', 'dir', 'ltr'), doc(p('مقدمة'), en('The minister said'))),
  scenario('an English paragraph set back to the article’s direction', doc(en('قال الوزير')), setAttr('paragraph', 'قال الوزير', 'dir', null), doc(p('قال الوزير'))),
  scenario('a heading set left to right', doc(h2('Reactions'), p('نص')), setAttr('heading', 'Reactions', 'dir', 'ltr'), doc(h2({ dir: 'ltr' }, 'Reactions'), p('نص'))),
  scenario('a list set left to right', doc(ul(item('One'), item('Two'))), setAttr('bulletList', 0, 'dir', 'ltr'), doc(ul({ dir: 'ltr' }, item('One'), item('Two')))),
  scenario('one list item set left to right', doc(ul(item('البند'), item('Item'))), setAttr('listItem', 'Item', 'dir', 'ltr'), doc(ul(item('البند'), li({ dir: 'ltr' }, p('Item'))))),
  scenario('a quote set left to right', doc(quote({ attribution: 'Reuters' }, p('We will not retreat'))), setAttr('quote', 'We will', 'dir', 'ltr'), doc(quote({ attribution: 'Reuters', dir: 'ltr' }, p('We will not retreat')))),
  scenario('a pull quote set left to right', doc(p('مقدمة'), pullQuote(p('Never'))), setAttr('pullQuote', 'Never', 'dir', 'ltr'), doc(p('مقدمة'), pullQuote({ dir: 'ltr' }, p('Never')))),
  scenario('a table set left to right', doc(table(row(cell('City'), cell('Votes')))), setAttr('table', 0, 'dir', 'ltr'), doc(table({ dir: 'ltr' }, row(cell('City'), cell('Votes'))))),
  scenario('a figure set left to right', doc(p('مقدمة'), figure({ caption: 'The minister' })), setAttr('figure', 0, 'dir', 'ltr'), doc(p('مقدمة'), figure({ caption: 'The minister', dir: 'ltr' }))),
  scenario(
    'a paragraph set left to right and a word in it corrected, in one edit',
    doc(p('The minster said')),
    together(setAttr('paragraph', 'The minster', 'dir', 'ltr'), replace('The [minster]', 'minister')),
    doc(en('The minister said'))
  )
]
