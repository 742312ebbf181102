import { expect, type Locator, type Page } from '@playwright/test'

/** The article screen, by the hooks the renderer and this suite agreed on. */
export function articleScreen(page: Page) {
  const editorFrame = page.getByTestId('body-editor')
  return {
    section: page.getByTestId('field-section'),
    kicker: page.getByTestId('field-kicker'),
    headline: page.getByTestId('field-headline'),
    dek: page.getByTestId('field-dek'),
    byline: page.getByTestId('field-byline'),
    dateline: page.getByTestId('field-dateline'),
    editorFrame,
    editor: editorFrame.locator('.ProseMirror'),
    saveIndicator: page.getByTestId('save-status'),
    error: page.getByTestId('error-message'),
    backToLibrary: page.getByTestId('back-to-library')
  }
}

/** The indicator is the journalist's only proof; nothing else is waited on. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 })
}

/** A toolbar button, then back to typing where the caret was. */
export async function useToolbar(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).click()
  await articleScreen(page).editor.focus()
}

export async function startNewArticle(page: Page): Promise<void> {
  await page.getByTestId('new-article').click()
  await expect(articleScreen(page).headline).toBeVisible()
}

/**
 * The opening most tests share: a new article, its headline typed when one is
 * given, and the caret put in the body, ready for the keys.
 */
export async function startWriting(page: Page, headline?: string): Promise<ReturnType<typeof articleScreen>> {
  await startNewArticle(page)
  const screen = articleScreen(page)
  if (headline !== undefined) await screen.headline.fill(headline)
  await screen.editor.click()
  return screen
}

/** Switches the interface to English from the settings, and back to the screen it was on. */
export async function chooseEnglish(page: Page): Promise<void> {
  await page.getByTestId('open-settings').click()
  await page.getByTestId('settings-locale-en').click()
  await page.getByTestId('close-settings').click()
}

export function libraryRow(page: Page, headline: string): Locator {
  return page.getByTestId('article-item').filter({ hasText: headline })
}

/**
 * After a reload the app may come back on the article or on the library;
 * either way the journalist gets back to the article by its headline.
 */
export async function openArticle(page: Page, headline: string): Promise<void> {
  const screen = articleScreen(page)
  const list = page.getByTestId('article-list')
  await expect(screen.headline.or(list).first()).toBeVisible()
  if (await list.isVisible()) await libraryRow(page, headline).click()
  await expect(screen.headline).toHaveValue(headline)
}

/** Types into the body as a person does: click in, keys one after another. */
export async function typeInBody(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text)
}
