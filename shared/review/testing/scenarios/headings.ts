import { doc, en, h2, h3, p } from '../article-builders'
import { join, remove, removeBlock, replace, setBlockType, setBlockTypeBetween, split, splitInto, together } from '../article-edits'
import { scenario } from '../suggestion-scenario'

/** Headings: a block's type or level changed is a modification, not the words deleted and typed again. */
export const headingScenarios = [
  scenario(
    'a paragraph becomes an h2',
    doc(p('مقدمة الخبر'), p('ردود الفعل'), p('قال النائب')),
    setBlockType('ردود الفعل|', 'heading', { level: 2 }),
    doc(p('مقدمة الخبر'), h2('ردود الفعل'), p('قال النائب'))
  ),
  scenario(
    'a paragraph becomes an h3',
    doc(p('مقدمة الخبر'), p('ردود الفعل')),
    setBlockType('|ردود الفعل', 'heading', { level: 3 }),
    doc(p('مقدمة الخبر'), h3('ردود الفعل'))
  ),
  scenario('an h2 becomes an h3', doc(h2('ردود الفعل'), p('قال النائب')), setBlockType('ردود |الفعل', 'heading', { level: 3 }), doc(h3('ردود الفعل'), p('قال النائب'))),
  scenario('an h3 becomes an h2', doc(p('مقدمة الخبر'), h3('ردود الفعل')), setBlockType('ردود الفعل|', 'heading', { level: 2 }), doc(p('مقدمة الخبر'), h2('ردود الفعل'))),
  scenario('an h2 becomes a paragraph', doc(h2('ردود الفعل'), p('قال النائب')), setBlockType('ردود الفعل|', 'paragraph'), doc(p('ردود الفعل'), p('قال النائب'))),
  scenario('an h3 becomes a paragraph', doc(p('مقدمة الخبر'), h3('ردود الفعل')), setBlockType('|ردود', 'paragraph'), doc(p('مقدمة الخبر'), p('ردود الفعل'))),
  scenario(
    'an English paragraph becomes an h2 and stays left to right',
    doc(p('مقدمة الخبر'), en('Reactions')),
    setBlockType('Reactions|', 'heading', { level: 2, dir: 'ltr' }),
    doc(p('مقدمة الخبر'), h2({ dir: 'ltr' }, 'Reactions'))
  ),
  scenario(
    'an English h3 becomes a paragraph and stays left to right',
    doc(h3({ dir: 'ltr' }, 'Reactions'), p('قال النائب')),
    setBlockType('Reactions|', 'paragraph', { dir: 'ltr' }),
    doc(en('Reactions'), p('قال النائب'))
  ),
  scenario(
    'an English h2 becomes an h3 and stays left to right',
    doc(h2({ dir: 'ltr' }, 'Reactions')),
    setBlockType('Reactions|', 'heading', { level: 3, dir: 'ltr' }),
    doc(h3({ dir: 'ltr' }, 'Reactions'))
  ),
  scenario(
    'a paragraph becomes an h2 and a word in it is corrected, in one edit',
    doc(p('ردود الفعال'), p('قال النائب')),
    together(setBlockType('ردود الفعال|', 'heading', { level: 2 }), replace('ردود [الفعال]', 'الفعل')),
    doc(h2('ردود الفعل'), p('قال النائب'))
  ),
  scenario(
    'two paragraphs selected together become h3 headings',
    doc(p('أولا'), p('ثانيا'), p('النص')),
    setBlockTypeBetween('|أولا', 'ثانيا|', 'heading', { level: 3 }),
    doc(h3('أولا'), h3('ثانيا'), p('النص'))
  ),
  scenario('Enter at the end of a heading starts a paragraph', doc(h2('ردود الفعل'), p('قال النائب')), splitInto('ردود الفعل|', 'paragraph'), doc(h2('ردود الفعل'), p(), p('قال النائب'))),
  scenario('Enter in the middle of a heading makes two headings', doc(h2('ردود الفعل الدولية')), split('ردود الفعل |الدولية'), doc(h2('ردود الفعل '), h2('الدولية'))),
  scenario('Backspace at the start of a paragraph joins it to the heading above', doc(h2('ردود الفعل'), p('قال النائب')), join('|قال النائب'), doc(h2('ردود الفعلقال النائب'))),
  scenario('a whole heading is deleted', doc(p('مقدمة الخبر'), h2('ردود الفعل'), p('قال النائب')), removeBlock('heading', 'ردود الفعل'), doc(p('مقدمة الخبر'), p('قال النائب'))),
  scenario('a heading at the end of the article is deleted', doc(p('مقدمة الخبر'), h3('ردود الفعل')), removeBlock('heading', 'ردود الفعل'), doc(p('مقدمة الخبر'))),
  scenario('a word deleted from an h3 that then becomes an h2', doc(h3('ردود الفعل الدولية')), together(remove('الفعل[ الدولية]'), setBlockType('|ردود', 'heading', { level: 2 })), doc(h2('ردود الفعل')))
]
