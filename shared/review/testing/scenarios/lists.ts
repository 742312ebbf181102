import { doc, item, ol, p, ul } from '../article-builders'
import { changeBlock, insertBlockAfter, insertBlockBefore, join, removeBetween, removeBlock, split, together, type } from '../article-edits'
import { scenario } from '../suggestion-scenario'

const three = () => ul(item('البند الأول'), item('البند الثاني'), item('البند الثالث'))

/** Bullet and numbered lists: items added, taken out, cut and joined. */
export const listScenarios = [
  scenario('Enter at the end of an item starts a new empty item', doc(three()), split('البند الأول|', 2), doc(ul(item('البند الأول'), item(), item('البند الثاني'), item('البند الثالث')))),
  scenario('Enter in the middle of an item cuts it in two items', doc(three()), split('البند |الثاني', 2), doc(ul(item('البند الأول'), item('البند '), item('الثاني'), item('البند الثالث')))),
  scenario(
    'Enter in an item, then typing in the new item',
    doc(ul(item('البند الأول والثاني'))),
    together(split('البند الأول |والثاني', 2), type('|والثاني', 'ثم ')),
    doc(ul(item('البند الأول '), item('ثم والثاني')))
  ),
  scenario('a new item inserted between two', doc(three()), insertBlockAfter('listItem', 'البند الأول', item('بند جديد')), doc(ul(item('البند الأول'), item('بند جديد'), item('البند الثاني'), item('البند الثالث')))),
  scenario('a new item inserted at the top', doc(three()), insertBlockBefore('listItem', 'البند الأول', item('بند جديد')), doc(ul(item('بند جديد'), item('البند الأول'), item('البند الثاني'), item('البند الثالث')))),
  scenario(
    'a new item added at the end of a list that ends the article',
    doc(p('مقدمة'), three()),
    insertBlockAfter('listItem', 'البند الثالث', item('بند جديد')),
    doc(p('مقدمة'), ul(item('البند الأول'), item('البند الثاني'), item('البند الثالث'), item('بند جديد')))
  ),
  scenario('the middle item deleted', doc(three()), removeBlock('listItem', 'البند الثاني'), doc(ul(item('البند الأول'), item('البند الثالث')))),
  scenario('the first item deleted', doc(three(), p('خاتمة')), removeBlock('listItem', 'البند الأول'), doc(ul(item('البند الثاني'), item('البند الثالث')), p('خاتمة'))),
  scenario('the last item deleted, at the end of the article', doc(p('مقدمة'), three()), removeBlock('listItem', 'البند الثالث'), doc(p('مقدمة'), ul(item('البند الأول'), item('البند الثاني')))),
  scenario('a whole list deleted', doc(p('مقدمة'), three(), p('خاتمة')), removeBlock('bulletList', 0), doc(p('مقدمة'), p('خاتمة'))),
  scenario('a whole list deleted at the end of the article', doc(p('مقدمة'), three()), removeBlock('bulletList', 0), doc(p('مقدمة'))),
  scenario('deleting across the boundary of two items joins them', doc(three()), join('|البند الثاني'), doc(ul(item('البند الأولالبند الثاني'), item('البند الثالث')))),
  scenario('deleting from the middle of one item into the next', doc(three()), removeBetween('البند |الأول', 'البند |الثاني'), doc(ul(item('البند الثاني'), item('البند الثالث')))),
  scenario(
    'Enter in a numbered list starts a new number',
    doc(ol(item('أولا'), item('ثانيا'))),
    split('ثانيا|', 2),
    doc(ol(item('أولا'), item('ثانيا'), item()))
  ),
  scenario('a numbered item deleted', doc(ol(item('أولا'), item('ثانيا'), item('ثالثا'))), removeBlock('listItem', 'ثانيا'), doc(ol(item('أولا'), item('ثالثا')))),
  scenario('a new numbered item inserted', doc(ol(item('أولا'), item('ثالثا'))), insertBlockAfter('listItem', 'أولا', item('ثانيا')), doc(ol(item('أولا'), item('ثانيا'), item('ثالثا')))),
  scenario('a bullet list becomes a numbered list', doc(p('مقدمة'), three()), changeBlock('bulletList', 0, 'orderedList'), doc(p('مقدمة'), ol(item('البند الأول'), item('البند الثاني'), item('البند الثالث')))),
  scenario('a numbered list becomes a bullet list', doc(ol(item('أولا'), item('ثانيا')), p('خاتمة')), changeBlock('orderedList', 0, 'bulletList'), doc(ul(item('أولا'), item('ثانيا')), p('خاتمة'))),
  scenario(
    'a paragraph after the list is joined into its last item',
    doc(three(), p('تابع')),
    join('|تابع'),
    doc(ul(item('البند الأول'), item('البند الثاني'), item('البند الثالثتابع')))
  )
]
