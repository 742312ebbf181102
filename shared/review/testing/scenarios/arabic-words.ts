import { remove, replace, type, together, type ArticleEdit } from '../article-edits'

/**
 * Edits of the words inside one block, Arabic first: each is made in every
 * kind of block (words-in-every-block.ts). `words` is the block's text before,
 * `accepted` its text once the suggestion is accepted, both written out.
 */
export interface WordEdit {
  name: string
  words: string
  edit: ArticleEdit
  accepted: string
}

const edit = (name: string, words: string, change: ArticleEdit, accepted: string): WordEdit => ({ name, words, edit: change, accepted })

const statement = 'قال الوزير إن الحكومة ستعلن الموازنة غدا'
const typo = 'أعلنت الحكومة الموزنة الجديدة'
// Harakat written as code points, so the test says which mark goes: U+064E fatha,
// U+064F damma, U+0651 shadda, U+064B fathatan (tanween).
const FATHA = '\u064E'
const DAMMA = '\u064F'
const SHADDA = '\u0651'
const TANWEEN = '\u064B'
const voweled = `قال${FATHA} الوزير${DAMMA} إن${SHADDA}${FATHA} الحكومة${FATHA} ست${DAMMA}علن الموازنة${FATHA} غد${TANWEEN}ا`
const prefixed = 'بدأ الدرس وبالكتاب المدرسي الجديد'

export const arabicWordEdits: WordEdit[] = [
  edit('deleting the end of a word', statement, remove('الموازن[ة] غدا'), 'قال الوزير إن الحكومة ستعلن الموازن غدا'),
  edit('deleting the article ال from a word', statement, remove('إن [ال]حكومة'), 'قال الوزير إن حكومة ستعلن الموازنة غدا'),
  edit('deleting a word with its space', statement, remove('قال [الوزير ]إن'), 'قال إن الحكومة ستعلن الموازنة غدا'),
  edit('deleting the first word', statement, remove('[قال ]الوزير'), 'الوزير إن الحكومة ستعلن الموازنة غدا'),
  edit('deleting the last word', statement, remove('الموازنة[ غدا]'), 'قال الوزير إن الحكومة ستعلن الموازنة'),
  edit('deleting every word of the block', statement, remove(`[${statement}]`), ''),
  edit('replacing a word', statement, replace('الحكومة [ستعلن] الموازنة', 'أعلنت'), 'قال الوزير إن الحكومة أعلنت الموازنة غدا'),
  edit('replacing two words', statement, replace('إن [الحكومة ستعلن] الموازنة', 'الوزارة أعلنت'), 'قال الوزير إن الوزارة أعلنت الموازنة غدا'),
  edit('replacing one letter inside a word', statement, replace('س[ت]علن', 'ي'), 'قال الوزير إن الحكومة سيعلن الموازنة غدا'),
  edit('inserting a dropped letter in the middle of a word', typo, type('المو|زنة', 'ا'), 'أعلنت الحكومة الموازنة الجديدة'),
  edit('inserting a word between two words', statement, type('ستعلن |الموازنة', 'رسميا '), 'قال الوزير إن الحكومة ستعلن رسميا الموازنة غدا'),
  edit('typing at the start of the block', statement, type('|قال', 'و'), 'وقال الوزير إن الحكومة ستعلن الموازنة غدا'),
  edit('typing at the end of the block', statement, type('غدا|', ' صباحا'), 'قال الوزير إن الحكومة ستعلن الموازنة غدا صباحا'),
  edit('two separate corrections in one edit', statement, together(remove('قال [الوزير ]إن'), replace('[غدا]', 'اليوم')), 'قال إن الحكومة ستعلن الموازنة اليوم'),
  edit('removing a fatha alone', voweled, remove(`قال[${FATHA}]`), `قال الوزير${DAMMA} إن${SHADDA}${FATHA} الحكومة${FATHA} ست${DAMMA}علن الموازنة${FATHA} غد${TANWEEN}ا`),
  edit('removing a shadda alone, keeping its fatha', voweled, remove(`إن[${SHADDA}]`), `قال${FATHA} الوزير${DAMMA} إن${FATHA} الحكومة${FATHA} ست${DAMMA}علن الموازنة${FATHA} غد${TANWEEN}ا`),
  edit('removing a shadda and its fatha', voweled, remove(`إن[${SHADDA}${FATHA}]`), `قال${FATHA} الوزير${DAMMA} إن الحكومة${FATHA} ست${DAMMA}علن الموازنة${FATHA} غد${TANWEEN}ا`),
  edit('removing a damma inside a word', voweled, remove(`ست[${DAMMA}]علن`), `قال${FATHA} الوزير${DAMMA} إن${SHADDA}${FATHA} الحكومة${FATHA} ستعلن الموازنة${FATHA} غد${TANWEEN}ا`),
  edit('removing tanween', voweled, remove(`غد[${TANWEEN}]ا`), `قال${FATHA} الوزير${DAMMA} إن${SHADDA}${FATHA} الحكومة${FATHA} ست${DAMMA}علن الموازنة${FATHA} غدا`),
  edit('replacing a fatha with a damma', voweled, replace(`الحكومة[${FATHA}]`, DAMMA), `قال${FATHA} الوزير${DAMMA} إن${SHADDA}${FATHA} الحكومة${DAMMA} ست${DAMMA}علن الموازنة${FATHA} غد${TANWEEN}ا`),
  edit('adding a shadda to a letter', statement, type('إن| الحكومة', SHADDA), `قال الوزير إن${SHADDA} الحكومة ستعلن الموازنة غدا`),
  edit('removing the و of a prefixed word', prefixed, remove('[و]بالكتاب'), 'بدأ الدرس بالكتاب المدرسي الجديد'),
  edit('removing both prefixes وب', prefixed, remove('[وب]الكتاب'), 'بدأ الدرس الكتاب المدرسي الجديد'),
  edit('replacing the prefix بال with لل', prefixed, replace('و[بال]كتاب', 'لل'), 'بدأ الدرس وللكتاب المدرسي الجديد'),
  edit('adding a prefix to a word', prefixed, type('|بدأ', 'و'), 'وبدأ الدرس وبالكتاب المدرسي الجديد'),
  edit('correcting a figure in Arabic digits', 'بلغ العجز ٢٠٢٤ مليون دينار', replace('٢٠٢[٤]', '٥'), 'بلغ العجز ٢٠٢٥ مليون دينار'),
  edit('replacing a Latin name inside Arabic words', 'قالت وكالة Reuters إن الاجتماع انتهى', replace('وكالة [Reuters] إن', 'AFP'), 'قالت وكالة AFP إن الاجتماع انتهى')
]

const english = 'The minster said the budget would be announced tomorrow'

/** The same kinds of edit in English words, made in blocks set left to right. */
export const englishWordEdits: WordEdit[] = [
  edit('deleting the end of an English word', english, remove('announce[d]'), 'The minster said the budget would be announce tomorrow'),
  edit('deleting an English word with its space', english, remove('said [the ]budget'), 'The minster said budget would be announced tomorrow'),
  edit('replacing an English word', english, replace('[budget]', 'plan'), 'The minster said the plan would be announced tomorrow'),
  edit('inserting a dropped letter in an English word', english, type('min|ster', 'i'), 'The minister said the budget would be announced tomorrow'),
  edit('typing at the start of an English block', english, type('|The', 'Yesterday, '), 'Yesterday, The minster said the budget would be announced tomorrow'),
  edit('typing at the end of an English block', english, type('tomorrow|', ' morning'), 'The minster said the budget would be announced tomorrow morning'),
  edit('replacing English words with an Arabic name', english, replace('[The minster]', 'الوزير'), 'الوزير said the budget would be announced tomorrow')
]
