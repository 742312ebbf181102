import { doc, hr, p } from '../article-builders'
import { insertBlockAfter, insertBlockBefore, join, remove, removeBetween, removeBlock, split, together, type } from '../article-edits'
import { scenario } from '../suggestion-scenario'

/** Paragraphs cut, joined, added and taken out: the words stay, the blocks around them change. */
export const paragraphScenarios = [
  scenario('Enter in the middle of a paragraph', doc(p('قال الوزير إن الحكومة ستعلن')), split('قال الوزير |إن'), doc(p('قال الوزير '), p('إن الحكومة ستعلن'))),
  scenario('Enter at the end of a paragraph leaves an empty one after it', doc(p('الأولى'), p('الثانية')), split('الأولى|'), doc(p('الأولى'), p(), p('الثانية'))),
  scenario('Enter at the start of a paragraph leaves an empty one before it', doc(p('الأولى'), p('الثانية')), split('|الثانية'), doc(p('الأولى'), p(), p('الثانية'))),
  scenario('Enter at the end of the last paragraph', doc(p('الأولى'), p('الأخيرة')), split('الأخيرة|'), doc(p('الأولى'), p('الأخيرة'), p())),
  scenario(
    'Enter, then typing at the start of the new paragraph',
    doc(p('قال الوزير إن الحكومة ستعلن')),
    together(split('قال الوزير |إن'), type('|إن الحكومة', 'وأضاف ')),
    doc(p('قال الوزير '), p('وأضاف إن الحكومة ستعلن'))
  ),
  scenario('Enter twice in one paragraph', doc(p('أولا ثانيا ثالثا')), together(split('أولا |ثانيا'), split('ثانيا |ثالثا')), doc(p('أولا '), p('ثانيا '), p('ثالثا'))),
  scenario('Backspace at the start of a paragraph joins it to the one before', doc(p('الأولى'), p('الثانية'), p('الثالثة')), join('|الثانية'), doc(p('الأولىالثانية'), p('الثالثة'))),
  scenario('joining two sentences that keep their space', doc(p('قال الوزير '), p('إن الحكومة ستعلن')), join('|إن الحكومة'), doc(p('قال الوزير إن الحكومة ستعلن'))),
  scenario('joining the last paragraph to the one before', doc(p('الأولى'), p('الأخيرة')), join('|الأخيرة'), doc(p('الأولىالأخيرة'))),
  scenario(
    'deleting from the middle of one paragraph into the next',
    doc(p('قال الوزير إن الحكومة'), p('ستعلن الموازنة غدا')),
    removeBetween('قال الوزير| إن', 'الموازنة| غدا'),
    doc(p('قال الوزير غدا'))
  ),
  scenario(
    'deleting across three paragraphs',
    doc(p('الأولى هنا'), p('الثانية كلها'), p('الثالثة هناك')),
    removeBetween('الأولى| هنا', 'الثالثة| هناك'),
    doc(p('الأولى هناك'))
  ),
  scenario(
    'deleting from the start of a paragraph into the middle of the next',
    doc(p('مقدمة'), p('جملة زائدة'), p('تكملة النص')),
    removeBetween('|جملة زائدة', 'تكملة |النص'),
    doc(p('مقدمة'), p('النص'))
  ),
  scenario(
    'deleting from the middle of a paragraph to the end of the next',
    doc(p('قال الوزير إن'), p('الحكومة ستعلن'), p('خاتمة')),
    removeBetween('قال الوزير| إن', 'ستعلن|'),
    doc(p('قال الوزير'), p('خاتمة'))
  ),
  scenario(
    'deleting from the middle of a paragraph to the end of the article',
    doc(p('قال الوزير إن'), p('الحكومة ستعلن')),
    removeBetween('قال الوزير| إن', 'ستعلن|'),
    doc(p('قال الوزير'))
  ),
  scenario(
    'a deletion between two spaces leaves one space',
    doc(p('قال الوزير الأول إن الحكومة')),
    remove('الوزير [الأول] إن'),
    doc(p('قال الوزير إن الحكومة'))
  ),
  scenario('the first paragraph deleted', doc(p('الأولى'), p('الثانية')), removeBlock('paragraph', 'الأولى'), doc(p('الثانية'))),
  scenario('a paragraph in the middle deleted', doc(p('الأولى'), p('الثانية'), p('الثالثة')), removeBlock('paragraph', 'الثانية'), doc(p('الأولى'), p('الثالثة'))),
  scenario('the last paragraph deleted', doc(p('الأولى'), p('الأخيرة')), removeBlock('paragraph', 'الأخيرة'), doc(p('الأولى'))),
  scenario(
    'two paragraphs deleted together',
    doc(p('الأولى'), p('الثانية'), p('الثالثة'), p('الرابعة')),
    removeBetween('|الثانية', '|الرابعة'),
    doc(p('الأولى'), p('الرابعة'))
  ),
  scenario('a paragraph’s words and its end deleted', doc(p('الأولى'), p('الثانية'), p('الثالثة')), removeBetween('|الثانية', '|الثالثة'), doc(p('الأولى'), p('الثالثة'))),
  scenario('the end of a paragraph and all of the next deleted', doc(p('الأولى'), p('الثانية'), p('الثالثة')), removeBetween('الأولى|', 'الثانية|'), doc(p('الأولى'), p('الثالثة'))),
  scenario('a paragraph’s words deleted, the empty paragraph kept', doc(p('الأولى'), p('الثانية'), p('الثالثة')), remove('[الثانية]'), doc(p('الأولى'), p(), p('الثالثة'))),
  scenario('every word of the article deleted', doc(p('الأولى'), p('الثانية')), removeBetween('|الأولى', 'الثانية|'), doc(p())),
  scenario('a new paragraph inserted between two', doc(p('الأولى'), p('الثالثة')), insertBlockAfter('paragraph', 'الأولى', p('الثانية')), doc(p('الأولى'), p('الثانية'), p('الثالثة'))),
  scenario('a new paragraph added at the end of the article', doc(p('الأولى'), p('الثانية')), insertBlockAfter('paragraph', 'الثانية', p('الأخيرة')), doc(p('الأولى'), p('الثانية'), p('الأخيرة'))),
  scenario('a new paragraph added at the top of the article', doc(p('الأولى')), insertBlockBefore('paragraph', 'الأولى', p('عاجل')), doc(p('عاجل'), p('الأولى'))),
  scenario('a separator inserted between paragraphs', doc(p('الأولى'), p('الثانية')), insertBlockAfter('paragraph', 'الأولى', hr()), doc(p('الأولى'), hr(), p('الثانية'))),
  scenario('a separator deleted', doc(p('الأولى'), hr(), p('الثانية')), removeBlock('horizontalRule', 0), doc(p('الأولى'), p('الثانية')))
]
