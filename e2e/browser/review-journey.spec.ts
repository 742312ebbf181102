import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import * as Y from 'yjs'
import { readBody, writeBody } from '../../shared/document/article-document'
import { articleSchema } from '../../shared/schema/article-schema'
import { pendingSuggestions } from '../../shared/review/pending-suggestions'
import { decideSuggestions } from '../../shared/review/suggestion-decisions'
import { recordDecisions } from '../../shared/review/suggestion-records'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { chooseEnglish, startWriting, typeInBody, waitUntilSaved } from './newsroom-page'
import { selectWords } from './review-keys'
import { readStore } from './stored-article'

/** Settings → your profile: someone else takes the desk. */
async function switchProfile(page: Page, name: string, role: string) {
  await page.getByTestId('open-settings').click()
  const profile = page.getByTestId('profile-settings')
  await profile.getByTestId('profile-name').fill(name)
  await profile.getByTestId(`profile-role-${role}`).check()
  await profile.getByTestId('profile-save').click()
  await expect(profile.getByTestId('profile-saved')).toBeVisible()
  await page.getByTestId('close-settings').click()
}

test('an editor comments and suggests, the journalist replies, accepts one suggestion and rejects another, and the export holds no review marks', async ({ page, openApp }) => {
  await openApp()
  const screen = await startWriting(page, 'الحكومة تقر الموازنة')
  await typeInBody(page, 'قال الوزير إن الاتفاق قريب من الإنجاز.')
  await page.keyboard.press('Enter')
  await typeInBody(page, 'وأكد أن الجلسة ستعقد غدا.')
  await waitUntilSaved(page)
  // Sent to the desk: a revision to compare with later.
  await page.getByTestId('history-open').click()
  await page.getByTestId('history').getByTestId('revision-label').fill('أُرسل إلى المحرر')
  await page.getByTestId('history').getByTestId('save-revision').click()
  await expect(page.getByTestId('history').getByTestId('revision')).toHaveCount(1)
  await page.getByTestId('history').getByTestId('close-history').click()

  // The editor takes the desk: a comment on a sentence, then a suggested rewording.
  await switchProfile(page, 'رامي الحسن', 'editor')
  const panel = page.getByTestId('review-panel')
  await selectWords(page, 'قريب من الإنجاز')
  await page.getByTestId('tb-comment').click()
  await panel.getByTestId('comment-new').fill('هل لدينا مصدر ثانٍ لهذا؟')
  await panel.getByTestId('comment-new-submit').click()
  const thread = panel.getByTestId('thread')
  await expect(thread).toHaveCount(1)
  await expect(thread.getByTestId('reply-text')).toHaveText(['هل لدينا مصدر ثانٍ لهذا؟'])
  await expect(screen.editor.locator('.comment-anchor')).toHaveText('قريب من الإنجاز')

  await page.getByTestId('tb-suggesting').click()
  await expect(page.getByTestId('tb-suggesting')).toHaveAttribute('aria-pressed', 'true')
  // Rewording: «قريب من الإنجاز» becomes «بات وشيكا» as a suggestion, the old words kept and struck.
  await selectWords(page, 'قريب من الإنجاز')
  await typeInBody(page, 'بات وشيكا')
  // A second suggestion: «غدا» deleted.
  await selectWords(page, ' غدا')
  await page.keyboard.press('Backspace')
  await expect(screen.editor.locator('ins')).toHaveText(['بات وشيكا'])
  await expect(screen.editor.locator('del')).toHaveText(['قريب من الإنجاز', ' غدا'])
  await expect(panel.getByTestId('suggestion')).toHaveCount(2)
  await waitUntilSaved(page)
  // The screen with comments and suggestions on it passes axe-core.
  await expectNoViolations(page, 'review in Arabic')

  // The journalist is back: replies to the comment, accepts the rewording, rejects the deletion.
  await switchProfile(page, 'سارة القاسم', 'journalist')
  await thread.getByTestId('thread-reply-open').click()
  await thread.getByTestId('reply-text-box').fill('نعم، وزارة المالية أكدت ذلك.')
  await thread.getByTestId('reply-text-box-submit').click()
  await expect(thread.getByTestId('reply-text')).toHaveText(['هل لدينا مصدر ثانٍ لهذا؟', 'نعم، وزارة المالية أكدت ذلك.'])

  const suggestions = panel.getByTestId('suggestion')
  await expect(suggestions.first()).toContainText('رامي الحسن')
  await suggestions.filter({ hasText: 'بات وشيكا' }).getByTestId('suggestion-accept').click()
  await suggestions.filter({ hasText: 'غدا' }).getByTestId('suggestion-reject').click()
  await expect(suggestions).toHaveCount(0)
  await expect(screen.editor.locator('p')).toHaveText(['قال الوزير إن الاتفاق بات وشيكا.', 'وأكد أن الجلسة ستعقد غدا.'])
  // The comment outlives the words it was about: it is shown detached, with those words.
  await expect(thread).toContainText('حُذف نصه')
  await expect(thread).toContainText('قريب من الإنجاز')
  await waitUntilSaved(page)

  // The history names who suggested and who decided, and compare shows the accepted words.
  await page.getByTestId('history-open').click()
  const history = page.getByTestId('history')
  const decisions = history.getByTestId('decision')
  await expect(decisions).toHaveCount(2)
  await expect(decisions.nth(0)).toContainText('سارة القاسم')
  await expect(decisions.nth(0)).toContainText('رفض')
  await expect(decisions.nth(0)).toContainText('رامي الحسن')
  await expect(decisions.nth(1)).toContainText('قبل')
  await expect(decisions.nth(1)).toContainText('بات وشيكا')
  // Compared with what was sent to the desk, the accepted rewording is marked word by word, with who saved that revision.
  await history.getByTestId('revision').first().getByTestId('compare-revision').click()
  await expect(history.getByTestId('changed-block').locator('ins')).toHaveText(['أُضيف: بات وشيكا'])
  await expect(history.getByTestId('changed-block').locator('del')).toHaveText(['حُذف: قريب من الإنجاز'])
  await expect(history.getByTestId('revision').first().getByTestId('revision-author')).toContainText('سارة القاسم')
  await expectNoViolations(page, 'history with decisions')
  await history.getByTestId('close-history').click()

  // The same in English: the panel, its counts and the history.
  await chooseEnglish(page)
  await expect(panel.getByTestId('review-counts')).toHaveText('1 open comment · no suggestions')
  await panel.getByTestId('threads-shown').selectOption('all')
  await expect(thread).toContainText('Text deleted')
  await expectNoViolations(page, 'review in English')
})

async function expectNoViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).exclude('[data-testid="preview-frame"]').analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), where).toEqual([])
}

test('with the newsroom’s setting, an editor opening an article in review starts in suggesting mode; a journalist does not', async ({ page, host, openApp }) => {
  await host.call('saveSettings', { settings: { ...(await host.call<Record<string, unknown>>('getSettings', {})), editorsSuggest: true } })
  const created = await host.call<{ id: string }>('createArticle', { meta: { headline: 'مقال قيد المراجعة' } })
  await host.call('setArticleStatus', { id: created.id, status: 'in_review' })
  await openApp()

  await page.getByTestId('article-item').filter({ hasText: 'مقال قيد المراجعة' }).click()
  await expect(page.getByTestId('tb-suggesting')).toHaveAttribute('aria-pressed', 'false')
  await page.getByTestId('back-to-library').click()

  await switchProfile(page, 'رامي الحسن', 'editor')
  await page.getByTestId('article-item').filter({ hasText: 'مقال قيد المراجعة' }).click()
  await expect(page.getByTestId('tb-suggesting')).toHaveAttribute('aria-pressed', 'true')
})

test('while a suggestion waits, publishing is refused and a draft leaves it out and says so; the library row counts what is open; no export holds a review mark', async ({ page, openApp, workspace }) => {
  await openApp()
  const screen = await startWriting(page, 'افتتاح الجسر الجديد')
  await typeInBody(page, 'افتتح المحافظ الجسر الجديد صباح اليوم بحضور الأهالي.')
  await waitUntilSaved(page)
  await selectWords(page, 'بحضور الأهالي')
  await page.getByTestId('tb-comment').click()
  await page.getByTestId('comment-new').fill('هل لدينا صورة؟')
  await page.getByTestId('comment-new-submit').click()
  await page.getByTestId('tb-suggesting').click()
  await selectWords(page, 'صباح اليوم')
  await typeInBody(page, 'مساء أمس')
  await expect(screen.editor.locator('ins')).toHaveText('مساء أمس')
  await waitUntilSaved(page)

  await page.getByTestId('back-to-library').click()
  const row = page.getByTestId('article-item').filter({ hasText: 'افتتاح الجسر الجديد' })
  await expect(row.getByTestId('article-item-threads')).toHaveText('تعليق مفتوح')
  await expect(row.getByTestId('article-item-suggestions')).toHaveText('اقتراح ينتظر قرارًا')
  await row.click()

  // Publishing waits for the decision; a draft goes out without the suggestion, and says so.
  await page.getByTestId('export-html').click()
  await expect(screen.error).toContainText('لم يُصدَّر المقال للنشر')
  await page.getByTestId('export-draft').click()
  await expect(page.getByTestId('export-note')).toBeVisible()
  const [stored] = readStore(workspace.dbPath).articles
  const folder = join(workspace.dir, 'exports', stored!.id)
  for (const file of ['index.html', 'fragment.html', 'ninjs.json']) {
    const exported = readFileSync(join(folder, file), 'utf8')
    expect(exported, file).toContain('صباح اليوم')
    for (const mark of ['مساء أمس', 'comment-anchor', 'data-thread', 'data-suggestion', '<ins', '<del', 'suggested-']) expect(exported, `${file}: ${mark}`).not.toContain(mark)
  }
})

test('an editor names the journalist in a comment; her inbox in the library lists it and opens the article', async ({ page, openApp }) => {
  await openApp()
  await startWriting(page, 'ميزانية البلدية')
  await typeInBody(page, 'أقر المجلس البلدي ميزانية العام المقبل.')
  await waitUntilSaved(page)
  await page.getByTestId('back-to-library').click()

  await switchProfile(page, 'رامي الحسن', 'editor')
  await page.getByTestId('article-item').filter({ hasText: 'ميزانية البلدية' }).click()
  await selectWords(page, 'ميزانية العام المقبل')
  await page.getByTestId('tb-comment').click()
  const box = page.getByTestId('comment-new')
  await box.pressSequentially('كم قيمتها؟ @سا')
  // The people the desk knows, by the start of a word of their name.
  await expect(page.getByTestId('mention-option')).toHaveText(['سارة القاسم'])
  await box.press('Enter')
  await expect(box).toHaveValue('كم قيمتها؟ @سارة القاسم ')
  await page.getByTestId('comment-new-submit').click()
  await waitUntilSaved(page)
  await page.getByTestId('back-to-library').click()
  // The editor is not mentioned: no inbox for him.
  await expect(page.getByTestId('mentions-inbox')).toHaveCount(0)

  await switchProfile(page, 'سارة القاسم', 'journalist')
  const inbox = page.getByTestId('mentions-inbox')
  await expect(inbox.getByTestId('mentions-toggle')).toHaveText('تعليق واحد يذكرك')
  await inbox.getByTestId('mentions-toggle').click()
  await expect(inbox.getByTestId('mention')).toContainText(['رامي الحسن'])
  await expect(inbox.getByTestId('mention')).toContainText(['كم قيمتها؟ @سارة القاسم'])
  await inbox.getByTestId('mention').click()
  await expect(page.getByTestId('field-headline')).toHaveValue('ميزانية البلدية')
  await expect(page.getByTestId('review-panel').getByTestId('thread')).toHaveCount(1)
})

test('two desks decide one suggestion both ways apart: once merged, the history flags the conflict with both names', async ({ page, host, openApp }) => {
  await openApp()
  const screen = await startWriting(page, 'القمة الاقتصادية')
  await typeInBody(page, 'انطلقت القمة الاقتصادية اليوم في العاصمة')
  await page.getByTestId('tb-suggesting').click()
  await selectWords(page, ' في العاصمة')
  await page.keyboard.press('Backspace')
  await expect(screen.editor.locator('del')).toHaveText([' في العاصمة'])
  await waitUntilSaved(page)
  await switchProfile(page, 'رامي الحسن', 'editor')
  const people = await host.call<{ id: string; name: string }[]>('listPeople', {})
  const idOf = (name: string) => people.find((person) => person.name === name)!.id

  // Two copies of the document, each deciding on its own desk, then both sent in.
  const [summary] = (await host.call<{ articles: { id: string }[] }>('listArticles', {})).articles
  const id = summary!.id
  const state = Buffer.from((await host.call<{ state: string }>('openArticleDocument', { id })).state, 'base64')
  const deskCopy = () => {
    const doc = new Y.Doc()
    Y.applyUpdateV2(doc, state)
    return doc
  }
  const decideOn = (doc: Y.Doc, decision: 'accept' | 'reject', by: string) => {
    const before = Y.encodeStateVector(doc)
    const body = articleSchema().nodeFromJSON(readBody(doc))
    const [suggestion] = pendingSuggestions(body)
    writeBody(doc, decideSuggestions(body, decision, { ids: [suggestion!.id] }))
    recordDecisions(doc, [{ suggestion: suggestion!.id, decision, by, at: new Date().toISOString(), inserted: '', deleted: suggestion!.deleted, suggestedBy: idOf('سارة القاسم') }])
    return Buffer.from(Y.encodeStateAsUpdateV2(doc, before)).toString('base64')
  }
  const accepted = decideOn(deskCopy(), 'accept', idOf('سارة القاسم'))
  const rejected = decideOn(deskCopy(), 'reject', idOf('رامي الحسن'))
  await host.call('sendArticleUpdate', { id, update: accepted })
  await host.call('sendArticleUpdate', { id, update: rejected })

  await page.getByTestId('history-open').click()
  const conflict = page.getByTestId('history').getByTestId('decision-conflict')
  await expect(conflict).toHaveCount(1)
  await expect(conflict).toContainText('سارة القاسم')
  await expect(conflict).toContainText('رامي الحسن')
  await expect(conflict).toContainText('في العاصمة')
})
