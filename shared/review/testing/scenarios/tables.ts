import { cell, doc, headerCell, p, row, table, td } from '../article-builders'
import { insertBlockAfter, remove, removeBlock, replace, setAttr, split, together } from '../article-edits'
import { scenario } from '../suggestion-scenario'

const results = (caption: string, ...rows: ReturnType<typeof row>[]) =>
  table({ caption }, row(headerCell('المدينة'), headerCell('الأصوات')), ...rows)

/** Tables: the words of their cells, their rows and their caption. */
export const tableScenarios = [
  scenario(
    'two cells corrected in one edit',
    doc(results('النتائج', row(cell('الرياض'), cell('١٢٣٤')), row(cell('جدة'), cell('٩٨٧')))),
    together(replace('١٢٣[٤]', '٥'), replace('[٩٨٧]', '٩٩٠')),
    doc(results('النتائج', row(cell('الرياض'), cell('١٢٣٥')), row(cell('جدة'), cell('٩٩٠'))))
  ),
  scenario(
    'a header cell renamed',
    doc(results('النتائج', row(cell('الرياض'), cell('١٢٣٤')))),
    replace('[الأصوات]', 'عدد الأصوات'),
    doc(table({ caption: 'النتائج' }, row(headerCell('المدينة'), headerCell('عدد الأصوات')), row(cell('الرياض'), cell('١٢٣٤'))))
  ),
  scenario(
    'a cell emptied',
    doc(results('النتائج', row(cell('الرياض'), cell('١٢٣٤')))),
    remove('[١٢٣٤]'),
    doc(results('النتائج', row(cell('الرياض'), cell())))
  ),
  scenario(
    'a table’s caption changed',
    doc(p('مقدمة'), results('النتائج', row(cell('الرياض'), cell('١٢٣٤')))),
    setAttr('table', 0, 'caption', 'نتائج الانتخابات البلدية'),
    doc(p('مقدمة'), results('نتائج الانتخابات البلدية', row(cell('الرياض'), cell('١٢٣٤'))))
  ),
  scenario(
    'Enter in a cell starts a second paragraph in it',
    doc(results('النتائج', row(cell('الرياض الكبرى'), cell('١٢٣٤')))),
    split('الرياض |الكبرى'),
    doc(results('النتائج', row(td(p('الرياض '), p('الكبرى')), cell('١٢٣٤'))))
  ),
  scenario(
    'a row deleted',
    doc(results('النتائج', row(cell('الرياض'), cell('١٢٣٤')), row(cell('جدة'), cell('٩٨٧')))),
    removeBlock('tableRow', 'جدة'),
    doc(results('النتائج', row(cell('الرياض'), cell('١٢٣٤'))))
  ),
  scenario(
    'a row added at the end',
    doc(results('النتائج', row(cell('الرياض'), cell('١٢٣٤')))),
    insertBlockAfter('tableRow', 'الرياض', row(cell('جدة'), cell('٩٨٧'))),
    doc(results('النتائج', row(cell('الرياض'), cell('١٢٣٤')), row(cell('جدة'), cell('٩٨٧'))))
  ),
  scenario(
    'a whole table deleted',
    doc(p('مقدمة'), results('النتائج', row(cell('الرياض'), cell('١٢٣٤'))), p('خاتمة')),
    removeBlock('table', 0),
    doc(p('مقدمة'), p('خاتمة'))
  )
]
