import { bold, cell, doc, en, h2, headerCell, italic, item, p, quote, row, table, ul } from '../article-builders'
import { addMark, removeMark, together } from '../article-edits'
import { scenario } from '../suggestion-scenario'

/** Bold and italic added or taken off: the words stay, how they look changes. */
export const formattingScenarios = [
  scenario('a word made bold', doc(p('قرار مهم جدا')), addMark('bold', 'قرار [مهم] جدا'), doc(p('قرار ', bold('مهم'), ' جدا'))),
  scenario('part of a joined Arabic word made bold', doc(p('الموازنة العامة')), addMark('bold', 'ال[موازنة] العامة'), doc(p('ال', bold('موازنة'), ' العامة'))),
  scenario('every word of a paragraph made bold', doc(p('عاجل'), p('التفاصيل')), addMark('bold', '[عاجل]'), doc(p(bold('عاجل')), p('التفاصيل'))),
  scenario('bold taken off a word', doc(p('قرار ', bold('مهم'), ' جدا')), removeMark('bold', 'قرار [مهم] جدا'), doc(p('قرار مهم جدا'))),
  scenario('bold taken off part of bold words', doc(p(bold('قرار مهم جدا'))), removeMark('bold', 'قرار [مهم] جدا'), doc(p(bold('قرار '), 'مهم', bold(' جدا')))),
  scenario('a word made italic', doc(p('صحيفة الأهرام نشرت')), addMark('italic', 'صحيفة [الأهرام] نشرت'), doc(p('صحيفة ', italic('الأهرام'), ' نشرت'))),
  scenario('italic taken off a word', doc(p('صحيفة ', italic('الأهرام'), ' نشرت')), removeMark('italic', 'صحيفة [الأهرام] نشرت'), doc(p('صحيفة الأهرام نشرت'))),
  scenario('an italic word made bold as well', doc(p('صحيفة ', italic('الأهرام'), ' نشرت')), addMark('bold', 'صحيفة [الأهرام] نشرت'), doc(p('صحيفة ', bold(italic('الأهرام')), ' نشرت'))),
  scenario('a word made bold and italic in one edit', doc(p('قرار مهم جدا')), together(addMark('bold', 'قرار [مهم] جدا'), addMark('italic', 'قرار [مهم] جدا')), doc(p('قرار ', bold(italic('مهم')), ' جدا'))),
  scenario('English words made bold', doc(en('The minister said')), addMark('bold', 'The [minister said]'), doc(en('The ', bold('minister said')))),
  scenario('a word in a heading made bold', doc(h2('ردود الفعل')), addMark('bold', 'ردود [الفعل]'), doc(h2('ردود ', bold('الفعل')))),
  scenario('a word in a list item made italic', doc(ul(item('البند الأول'), item('البند الثاني'))), addMark('italic', 'البند [الثاني]'), doc(ul(item('البند الأول'), item('البند ', italic('الثاني'))))),
  scenario('a word in a quote made bold', doc(quote({ attribution: 'الوزير' }, p('لن نتراجع أبدا'))), addMark('bold', 'لن نتراجع [أبدا]'), doc(quote({ attribution: 'الوزير' }, p('لن نتراجع ', bold('أبدا'))))),
  scenario(
    'a number in a cell made bold',
    doc(table(row(headerCell('المدينة'), headerCell('الأصوات')), row(cell('الرياض'), cell('١٢٣٤')))),
    addMark('bold', '[١٢٣٤]'),
    doc(table(row(headerCell('المدينة'), headerCell('الأصوات')), row(cell('الرياض'), cell(bold('١٢٣٤')))))
  ),
  scenario(
    'bold across the end of one paragraph and the start of the next',
    doc(p('الفقرة الأولى'), p('الفقرة الثانية')),
    (tr) => {
      addMark('bold', 'الفقرة [الأولى]')(tr)
      addMark('bold', '[الفقرة] الثانية')(tr)
    },
    doc(p('الفقرة ', bold('الأولى')), p(bold('الفقرة'), ' الثانية'))
  )
]
